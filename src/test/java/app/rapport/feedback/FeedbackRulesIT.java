package app.rapport.feedback;

import static app.rapport.feedback.FeedbackFixture.ADMIN;
import static app.rapport.feedback.FeedbackFixture.COORDINATOR;
import static app.rapport.feedback.FeedbackFixture.OTHER_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.base.TimeTravel;
import app.rapport.feedback.FeedbackFixture.Pair;
import app.rapport.feedback.FeedbackFixture.Peer;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.AccountDirectory;
import app.rapport.security.AccountService;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Peer feedback's rules on MariaDB: who may ask, whom, how many and how often; due dates; cancel
 * and remind; answering, answering again and declining; the settings. Every refusal leaves nothing saved.
 */
@RapportSpringTest
class FeedbackRulesIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired AccountDirectory directory;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired FeedbackService feedback;
    @Autowired MutableClock clock;

    private FeedbackFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FeedbackFixture(programs, enrolments, directory, users, relationships, accounts);
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private void as(String email) {
        TestPeople.signIn(users, email);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Set<Long> ids(List<Peer> peers) {
        return peers.stream().map(Peer::id).collect(Collectors.toSet());
    }

    private static AskDraft draft(Pair p, List<Peer> peers, LocalDate dueOn) {
        return new AskDraft(p.id(), ids(peers), "What could we do better?", dueOn);
    }

    private static FeedbackAnswer answer(Integer rating, String advice) {
        return new FeedbackAnswer(rating, rating, rating, advice, false);
    }

    private long requestIdOf(Peer peer) {
        return fixture.as(peer.email(), () -> feedback.inbox().get(0).requestId());
    }

    private int roundCount(Pair p) {
        return fixture.as(p.mentee(), () -> feedback.rounds(p.id()).size());
    }

    @Test
    void the_mentee_asks_two_peers_and_each_finds_one_open_request_due_in_fourteen_days() {
        var p = fixture.pair(601L);
        var peers = fixture.peers(601L, 2);
        as(p.mentee());
        var round = feedback.ask(new AskDraft(p.id(), ids(peers), "  How do we come across in meetings?  ", null));
        assertThat(round.dueOn()).isEqualTo(today().plusDays(14));
        assertThat(round.message()).isEqualTo("How do we come across in meetings?");
        assertThat(round.peersAsked()).containsExactlyInAnyOrder(peers.get(0).name(), peers.get(1).name());
        assertThat(round.answers()).isZero();
        assertThat(round.threshold()).isEqualTo(3);
        assertThat(round.results()).isNull();
        assertThat(round.requestedBy()).isEqualTo(p.menteeName());
        assertThat(round.mine()).isTrue();
        assertThat(round.canRemind()).isTrue();
        assertThat(feedback.rounds(p.id())).extracting(RoundSummary::roundId).containsExactly(round.roundId());
        for (var peer : peers) {
            as(peer.email());
            assertThat(feedback.openCount()).isEqualTo(1);
            var inbox = feedback.inbox();
            assertThat(inbox).hasSize(1);
            var item = inbox.get(0);
            assertThat(item.mentorName()).isEqualTo(p.mentorName());
            assertThat(item.menteeName()).isEqualTo(p.menteeName());
            assertThat(item.requestedBy()).isEqualTo(p.menteeName());
            assertThat(item.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(item.remindedRecently()).isFalse();
            var request = feedback.request(item.requestId());
            assertThat(request.message()).isEqualTo("How do we come across in meetings?");
            assertThat(request.editable()).isTrue();
            assertThat(request.answer()).isNull();
        }
        as(p.mentor());
        var seen = feedback.rounds(p.id()).get(0);
        assertThat(seen.mine()).isFalse();
        assertThat(seen.canRemind()).isFalse();
    }

    @Test
    void the_mentor_a_coordinator_of_the_program_and_an_admin_may_ask_and_nobody_else() {
        var p = fixture.pair(602L);
        var peers = fixture.peers(602L, 4);
        var asked = new LinkedHashMap<String, Peer>();
        asked.put(p.mentor(), peers.get(0));
        asked.put(COORDINATOR, peers.get(1));
        asked.put(ADMIN, peers.get(2));
        asked.forEach((who, peer) -> {
            as(who);
            assertThat(feedback.candidates(p.id(), peer.email(), 10)).extracting(PeerOption::accountId)
                    .containsExactly(peer.id());
            assertThat(feedback.ask(draft(p, List.of(peer), null)).mine()).as(who).isTrue();
        });
        for (var stranger : List.of(p.outsider(), OTHER_COORDINATOR, peers.get(0).email(), peers.get(3).email())) {
            as(stranger);
            assertThatThrownBy(() -> feedback.ask(draft(p, List.of(peers.get(3)), null))).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.candidates(p.id(), null, 10)).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestPeople.signOut();
        assertThatThrownBy(() -> feedback.ask(draft(p, List.of(peers.get(3)), null)))
                .isInstanceOf(AuthenticationException.class);
        assertThat(roundCount(p)).isEqualTo(3);
    }

    @Test
    void nobody_is_asked_about_a_proposed_relationship_or_one_in_a_closed_program() {
        var proposal = fixture.proposal(603L);
        var peers = fixture.peers(603L, 1);
        as(COORDINATOR);
        assertThatThrownBy(() -> feedback.ask(new AskDraft(proposal, ids(peers), null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("only while it is active");
        var p = fixture.pair(604L);
        fixture.closeProgram(p.programId());
        for (var who : List.of(p.mentee(), COORDINATOR)) {
            as(who);
            assertThatThrownBy(() -> feedback.ask(draft(p, peers, null))).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("program is closed");
            assertThatThrownBy(() -> feedback.candidates(p.id(), null, 5)).isInstanceOf(RuleViolation.class);
        }
        assertThat(roundCount(p)).isZero();
    }

    @Test
    void bad_asks_are_refused_with_a_message_for_the_field_and_nothing_is_saved() {
        var p = fixture.pair(605L);
        var peers = fixture.peers(605L, 2);
        var disabled = peers.get(1);
        fixture.disable(disabled);
        var ok = peers.get(0).id();
        var bad = new LinkedHashMap<String, AskDraft>();
        bad.put("peerAccountIds:nobody", new AskDraft(p.id(), Set.of(), null, null));
        bad.put("peerAccountIds:null", new AskDraft(p.id(), null, null, null));
        bad.put("peerAccountIds:the mentee", new AskDraft(p.id(), Set.of(ok, p.menteeId()), null, null));
        bad.put("peerAccountIds:the mentor", new AskDraft(p.id(), Set.of(p.mentorId()), null, null));
        bad.put("peerAccountIds:unknown", new AskDraft(p.id(), Set.of(ok, 987_654_321L), null, null));
        bad.put("peerAccountIds:disabled", new AskDraft(p.id(), Set.of(ok, disabled.id()), null, null));
        bad.put("dueOn:past", new AskDraft(p.id(), Set.of(ok), null, today().minusDays(1)));
        bad.put("dueOn:too far", new AskDraft(p.id(), Set.of(ok), null, today().plusDays(91)));
        bad.put("message:too long", new AskDraft(p.id(), Set.of(ok), "x".repeat(1001), null));
        as(p.mentee());
        bad.forEach((key, draft) -> assertThatThrownBy(() -> feedback.ask(draft)).as(key)
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).as(key).isEqualTo(key.substring(0, key.indexOf(':')))));
        assertThatThrownBy(() -> feedback.ask(bad.get("peerAccountIds:the mentor")))
                .hasMessage("You cannot ask " + p.menteeName() + " or " + p.mentorName()
                        + " about their own relationship");
        assertThatThrownBy(() -> feedback.ask(bad.get("peerAccountIds:disabled")))
                .hasMessageContaining(disabled.name());
        assertThat(feedback.candidates(p.id(), disabled.email(), 10)).isEmpty();
        assertThat(feedback.candidates(p.id(), null, 50)).extracting(PeerOption::accountId)
                .doesNotContain(p.mentorId(), p.menteeId(), disabled.id());
        assertThat(feedback.rounds(p.id())).isEmpty();
        as(peers.get(0).email());
        assertThat(feedback.inbox()).isEmpty();
    }

    @Test
    void a_due_date_may_be_today_or_up_to_ninety_days_ahead_and_a_message_up_to_a_thousand_characters() {
        var p = fixture.pair(606L);
        var peers = fixture.peers(606L, 2);
        as(p.mentee());
        assertThat(feedback.ask(new AskDraft(p.id(), Set.of(peers.get(0).id()), "x".repeat(1000), today())).dueOn())
                .isEqualTo(today());
        assertThat(feedback.ask(draft(p, List.of(peers.get(1)), today().plusDays(90))).dueOn())
                .isEqualTo(today().plusDays(90));
    }

    @Test
    void a_relationship_has_at_most_ten_open_requests_and_declined_ones_free_their_place() {
        var p = fixture.pair(607L);
        var peers = fixture.peers(607L, 12);
        as(p.mentee());
        assertThatThrownBy(() -> feedback.ask(draft(p, peers.subList(0, 11), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("peerAccountIds"))
                .hasMessageContaining("at most 10");
        assertThat(feedback.rounds(p.id())).isEmpty();
        feedback.ask(draft(p, peers.subList(0, 8), null));
        assertThatThrownBy(() -> feedback.ask(draft(p, peers.subList(8, 11), null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("ask at most 2 more");
        assertThat(feedback.rounds(p.id())).hasSize(1);
        feedback.ask(draft(p, peers.subList(8, 10), null));
        assertThatThrownBy(() -> feedback.ask(draft(p, peers.subList(10, 11), null)))
                .isInstanceOf(RuleViolation.class);
        var decliner = peers.get(0);
        fixture.as(decliner.email(), () -> {
            var id = feedback.inbox().get(0).requestId();
            return feedback.decline(id, feedback.request(id).version());
        });
        assertThat(feedback.ask(draft(p, peers.subList(10, 11), null)).peersAsked())
                .containsExactly(peers.get(10).name());
        assertThat(feedback.rounds(p.id())).hasSize(3);
    }

    @Test
    void the_same_peer_is_not_asked_about_the_same_relationship_again_within_thirty_days_whatever_became_of_it() {
        var p = fixture.pair(608L);
        var peers = fixture.peers(608L, 2);
        var longAgo = peers.get(0);
        var recently = peers.get(1);
        var now = clock.instant();
        as(p.mentee());
        TimeTravel.at(now.minus(Duration.ofDays(31)), () -> feedback.ask(draft(p, List.of(longAgo), null)));
        var recent = TimeTravel.at(now.minus(Duration.ofDays(29)), () -> feedback.ask(draft(p, List.of(recently), null)));
        TimeTravel.at(now.minus(Duration.ofDays(29)), () -> {
            feedback.cancel(recent.roundId(), recently.id());
            return null;
        });
        var askedOn = today().minusDays(29);
        as(p.mentor());
        assertThatThrownBy(() -> feedback.ask(draft(p, List.of(longAgo, recently), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("peerAccountIds"))
                .hasMessage("You asked " + recently.name() + " about this relationship on " + DAY.format(askedOn)
                        + "; you can ask them again from " + DAY.format(askedOn.plusDays(30)));
        assertThat(feedback.rounds(p.id())).hasSize(2);
        assertThat(feedback.ask(draft(p, List.of(longAgo), null)).peersAsked()).containsExactly(longAgo.name());
        var other = fixture.pair(609L);
        as(other.mentee());
        assertThat(feedback.ask(draft(other, List.of(recently), null)).peersAsked()).containsExactly(recently.name());
    }

    @Test
    void only_the_requester_cancels_and_a_cancelled_request_leaves_the_peers_inbox_and_takes_no_answer() {
        var p = fixture.pair(610L);
        var peers = fixture.peers(610L, 2);
        as(p.mentee());
        var round = feedback.ask(draft(p, peers, null));
        var gone = peers.get(0);
        var requestId = requestIdOf(gone);
        for (var other : List.of(p.mentor(), COORDINATOR, gone.email(), p.outsider())) {
            as(other);
            assertThatThrownBy(() -> feedback.cancel(round.roundId(), gone.id())).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        as(p.mentee());
        assertThatThrownBy(() -> feedback.cancel(round.roundId(), p.mentorId())).isInstanceOf(RuleViolation.class)
                .hasMessage("This person was not asked in this round");
        feedback.cancel(round.roundId(), gone.id());
        assertThatThrownBy(() -> feedback.cancel(round.roundId(), gone.id())).isInstanceOf(RuleViolation.class)
                .hasMessage("This request is already cancelled");
        assertThat(feedback.rounds(p.id()).get(0).peersAsked()).containsExactly(peers.get(1).name());
        as(gone.email());
        assertThat(feedback.inbox()).isEmpty();
        assertThat(feedback.openCount()).isZero();
        var request = feedback.request(requestId);
        assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(request.editable()).isFalse();
        assertThatThrownBy(() -> feedback.answer(requestId, request.version(), answer(4, "Meet more often")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> feedback.decline(requestId, request.version())).isInstanceOf(RuleViolation.class);
        assertThat(feedback.request(requestId).answer()).isNull();
        assertThat(fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0).answers())).isZero();
    }

    @Test
    void the_requester_reminds_open_requests_at_most_once_in_three_days() {
        var p = fixture.pair(611L);
        var peers = fixture.peers(611L, 3);
        as(p.mentee());
        var round = feedback.ask(draft(p, peers, null));
        var answered = peers.get(2);
        fixture.as(answered.email(), () -> {
            var id = feedback.inbox().get(0).requestId();
            return feedback.answer(id, feedback.request(id).version(), answer(4, "Keep going"));
        });
        for (var other : List.of(p.mentor(), COORDINATOR, peers.get(0).email())) {
            as(other);
            assertThatThrownBy(() -> feedback.remind(round.roundId())).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        as(p.mentee());
        var reminded = feedback.remind(round.roundId());
        assertThat(reminded.canRemind()).isFalse();
        var remindedOn = today();
        assertThatThrownBy(() -> feedback.remind(round.roundId())).isInstanceOf(RuleViolation.class)
                .hasMessage("You reminded them on " + DAY.format(remindedOn) + "; you can remind again from "
                        + DAY.format(remindedOn.plusDays(3)));
        for (var peer : peers.subList(0, 2)) {
            assertThat(fixture.as(peer.email(), () -> feedback.inbox().get(0).remindedRecently())).isTrue();
        }
        assertThat(fixture.as(answered.email(), () -> feedback.inbox().get(0).remindedRecently())).isFalse();
        clock.advance(Duration.ofDays(3));
        assertThat(feedback.rounds(p.id()).get(0).canRemind()).isTrue();
        assertThat(feedback.remind(round.roundId()).canRemind()).isFalse();
    }

    @Test
    void bad_answers_are_refused_with_a_message_for_the_field_and_nothing_is_saved() {
        var p = fixture.pair(612L);
        var peers = fixture.peers(612L, 1);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null)));
        var peer = peers.get(0);
        var requestId = requestIdOf(peer);
        as(peer.email());
        long version = feedback.request(requestId).version();
        var bad = new LinkedHashMap<String, FeedbackAnswer>();
        bad.put("rapport:0", new FeedbackAnswer(0, 3, 3, "Advice", false));
        bad.put("giveAndTake:6", new FeedbackAnswer(3, 6, 3, "Advice", false));
        bad.put("communication:-1", new FeedbackAnswer(3, 3, -1, "Advice", false));
        bad.put("advice:missing", new FeedbackAnswer(3, 3, 3, null, false));
        bad.put("advice:blank", new FeedbackAnswer(3, 3, 3, " \n\t ", false));
        bad.put("advice:too long", new FeedbackAnswer(3, 3, 3, "x".repeat(2001), false));
        bad.put("advice:no answer at all", null);
        bad.forEach((key, a) -> assertThatThrownBy(() -> feedback.answer(requestId, version, a)).as(key)
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).as(key).isEqualTo(key.substring(0, key.indexOf(':')))));
        var unchanged = feedback.request(requestId);
        assertThat(unchanged.answer()).isNull();
        assertThat(unchanged.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0).answers())).isZero();
        var saved = feedback.answer(requestId, version,
                new FeedbackAnswer(null, null, null, "  " + "y".repeat(2000) + "  ", false));
        assertThat(saved.answer()).isEqualTo(new FeedbackAnswer(null, null, null, "y".repeat(2000), false));
        assertThat(saved.status()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    void only_the_addressed_peer_answers_and_nobody_else_can_even_open_the_request() {
        var p = fixture.pair(613L);
        var peers = fixture.peers(613L, 2);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null)));
        var requestId = requestIdOf(peers.get(0));
        long version = fixture.as(peers.get(0).email(), () -> feedback.request(requestId).version());
        for (var other : List.of(p.mentee(), p.mentor(), COORDINATOR, ADMIN, peers.get(1).email(), p.outsider())) {
            as(other);
            assertThatThrownBy(() -> feedback.request(requestId)).as(other).isInstanceOf(AccessDeniedException.class)
                    .hasMessage("No such feedback request");
            assertThatThrownBy(() -> feedback.answer(requestId, version, answer(5, "Fake"))).as(other)
                    .isInstanceOf(AccessDeniedException.class).hasMessage("No such feedback request");
            assertThatThrownBy(() -> feedback.decline(requestId, version)).as(other)
                    .isInstanceOf(AccessDeniedException.class).hasMessage("No such feedback request");
        }
        assertThatThrownBy(() -> feedback.request(987_654_321L)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("No such feedback request");
        TestPeople.signOut();
        assertThatThrownBy(() -> feedback.request(requestId)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> feedback.inbox()).isInstanceOf(AuthenticationException.class);
        as(peers.get(0).email());
        assertThat(feedback.request(requestId).answer()).isNull();
        assertThat(feedback.request(requestId).version()).isEqualTo(version);
    }

    @Test
    void a_second_answer_replaces_the_first_only_at_the_current_version() {
        var p = fixture.pair(614L);
        var peers = fixture.peers(614L, 1);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null)));
        var requestId = requestIdOf(peers.get(0));
        as(peers.get(0).email());
        long opened = feedback.request(requestId).version();
        var first = feedback.answer(requestId, opened, new FeedbackAnswer(4, 3, null, "Share the agenda", true));
        assertThat(first.version()).isNotEqualTo(opened);
        assertThatThrownBy(() -> feedback.answer(requestId, opened, answer(1, "Second tab"))).isInstanceOf(StaleEdit.class);
        assertThat(feedback.request(requestId).answer()).isEqualTo(first.answer());
        var second = feedback.answer(requestId, first.version(), answer(2, "Meet in person"));
        assertThat(second.answer()).isEqualTo(answer(2, "Meet in person"));
        assertThat(second.version()).isNotEqualTo(first.version());
        assertThatThrownBy(() -> feedback.answer(requestId, first.version(), answer(5, "Again")))
                .isInstanceOf(StaleEdit.class);
        assertThat(feedback.inbox()).extracting(InboxItem::status).containsExactly(RequestStatus.ANSWERED);
        assertThat(feedback.openCount()).isZero();
        assertThat(fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0).answers())).isEqualTo(1);
    }

    @Test
    void after_the_due_date_a_request_is_closed_to_answers_and_declines() {
        var p = fixture.pair(615L);
        var peers = fixture.peers(615L, 2);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, today().plusDays(1))));
        var answered = requestIdOf(peers.get(0));
        var open = requestIdOf(peers.get(1));
        var firstAnswer = fixture.as(peers.get(0).email(),
                () -> feedback.answer(answered, feedback.request(answered).version(), answer(3, "Slow down")));
        var dueOn = today().plusDays(1);
        clock.advance(Duration.ofDays(2));
        var closed = "This request closed on " + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(dueOn);
        as(peers.get(0).email());
        assertThat(feedback.inbox()).isEmpty();
        assertThat(feedback.request(answered).editable()).isFalse();
        assertThatThrownBy(() -> feedback.answer(answered, firstAnswer.version(), answer(5, "Changed my mind")))
                .isInstanceOf(RuleViolation.class).hasMessage(closed);
        assertThat(feedback.request(answered).answer()).isEqualTo(firstAnswer.answer());
        as(peers.get(1).email());
        assertThat(feedback.openCount()).isZero();
        var late = feedback.request(open);
        assertThat(late.editable()).isFalse();
        assertThatThrownBy(() -> feedback.answer(open, late.version(), answer(5, "Late"))).hasMessage(closed);
        assertThatThrownBy(() -> feedback.decline(open, late.version())).hasMessage(closed);
        assertThat(feedback.request(open).status()).isEqualTo(RequestStatus.OPEN);
        as(p.mentee());
        assertThat(feedback.rounds(p.id()).get(0).canRemind()).isFalse();
    }

    @Test
    void a_peer_declines_only_an_open_request_and_then_cannot_answer_it() {
        var p = fixture.pair(616L);
        var peers = fixture.peers(616L, 2);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null)));
        var declining = requestIdOf(peers.get(0));
        var answering = requestIdOf(peers.get(1));
        as(peers.get(0).email());
        long version = feedback.request(declining).version();
        assertThatThrownBy(() -> feedback.decline(declining, version + 1)).isInstanceOf(StaleEdit.class);
        assertThat(feedback.request(declining).status()).isEqualTo(RequestStatus.OPEN);
        var declined = feedback.decline(declining, version);
        assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(declined.editable()).isFalse();
        assertThat(feedback.inbox()).isEmpty();
        assertThatThrownBy(() -> feedback.decline(declining, declined.version())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> feedback.answer(declining, declined.version(), answer(4, "After all")))
                .isInstanceOf(RuleViolation.class).hasMessage("You declined this request");
        assertThat(feedback.request(declining).answer()).isNull();
        as(peers.get(1).email());
        var answer = feedback.answer(answering, feedback.request(answering).version(), answer(4, "Good pair"));
        assertThatThrownBy(() -> feedback.decline(answering, answer.version())).isInstanceOf(RuleViolation.class);
        assertThat(feedback.request(answering).status()).isEqualTo(RequestStatus.ANSWERED);
        var round = fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0));
        assertThat(round.answers()).isEqualTo(1);
        assertThat(round.peersAsked()).hasSize(2);
    }

    @Test
    void the_inbox_lists_what_the_peer_may_still_answer_soonest_due_first() {
        var peers = fixture.peers(617L, 1);
        var peer = peers.get(0);
        var later = fixture.pair(617L);
        var sooner = fixture.pair(618L);
        var answered = fixture.pair(619L);
        fixture.as(later.mentee(), () -> feedback.ask(draft(later, peers, today().plusDays(20))));
        fixture.as(sooner.mentor(), () -> feedback.ask(draft(sooner, peers, today().plusDays(5))));
        fixture.as(answered.mentee(), () -> feedback.ask(draft(answered, peers, today().plusDays(10))));
        as(peer.email());
        var inbox = feedback.inbox();
        assertThat(inbox).extracting(InboxItem::dueOn).containsExactly(today().plusDays(5), today().plusDays(10),
                today().plusDays(20));
        assertThat(inbox.get(0).requestedBy()).isEqualTo(sooner.mentorName());
        var middle = inbox.get(1).requestId();
        feedback.answer(middle, feedback.request(middle).version(), answer(4, "Fine"));
        assertThat(feedback.openCount()).isEqualTo(2);
        assertThat(feedback.inbox()).extracting(InboxItem::status).containsExactly(RequestStatus.OPEN,
                RequestStatus.ANSWERED, RequestStatus.OPEN);
    }

    @Test
    void settings_start_hidden_change_only_at_the_current_version_and_freeze_with_the_program() {
        var p = fixture.pair(620L);
        as(COORDINATOR);
        var defaults = feedback.settings(p.programId());
        assertThat(defaults.coordinatorsSeeIdentity()).isFalse();
        assertThat(feedback.settings(p.programId())).isEqualTo(defaults);
        var changed = feedback.updateSettings(new FeedbackSettings(p.programId(), true, defaults.version()));
        assertThat(changed.coordinatorsSeeIdentity()).isTrue();
        assertThatThrownBy(() -> feedback.updateSettings(new FeedbackSettings(p.programId(), false, defaults.version())))
                .isInstanceOf(StaleEdit.class);
        for (var other : List.of(p.mentee(), p.mentor(), OTHER_COORDINATOR, p.outsider())) {
            as(other);
            assertThatThrownBy(() -> feedback.settings(p.programId())).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.updateSettings(new FeedbackSettings(p.programId(), false,
                    changed.version()))).as(other).isInstanceOf(AccessDeniedException.class);
        }
        as(ADMIN);
        var byAdmin = feedback.updateSettings(new FeedbackSettings(p.programId(), false, changed.version()));
        fixture.closeProgram(p.programId());
        as(COORDINATOR);
        assertThatThrownBy(() -> feedback.updateSettings(new FeedbackSettings(p.programId(), true, byAdmin.version())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        assertThat(feedback.settings(p.programId())).isEqualTo(byAdmin);
        assertThat(byAdmin.coordinatorsSeeIdentity()).isFalse();
    }

    @Test
    void peer_candidates_match_name_or_email_and_never_include_the_pair() {
        var p = fixture.pair(621L);
        var peers = fixture.peers(621L, 2);
        as(p.mentee());
        var byName = feedback.candidates(p.id(), peers.get(0).name().toUpperCase(Locale.ROOT), 50);
        assertThat(byName).extracting(PeerOption::accountId).contains(peers.get(0).id());
        assertThat(feedback.candidates(p.id(), peers.get(1).email(), 50))
                .containsExactly(new PeerOption(peers.get(1).id(), peers.get(1).name(), peers.get(1).email()));
        var everyone = new HashSet<Long>();
        feedback.candidates(p.id(), "", 50).forEach(o -> everyone.add(o.accountId()));
        assertThat(everyone).hasSizeLessThanOrEqualTo(50).doesNotContain(p.mentorId(), p.menteeId());
        assertThat(feedback.candidates(p.id(), p.mentor(), 50)).isEmpty();
        assertThat(feedback.candidates(p.id(), "rapport.test", 2)).hasSize(2);
    }
}
