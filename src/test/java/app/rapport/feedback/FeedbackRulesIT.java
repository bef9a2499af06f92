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
import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Peer feedback's rules on MariaDB: who may ask, whom (the program's people, anyone else by their
 * whole email), how many (at least the program's anonymity threshold, at most ten open) and how
 * often; adding people to a round; due dates; cancel and remind; answering, answering again and
 * declining, where a decline looks to the pair like a request not answered yet; a closed program's
 * feedback is read-only; the settings. Every refusal leaves nothing saved.
 */
@RapportSpringTest
class FeedbackRulesIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String TOO_FEW = "Ask at least 3 people: the answers show only once 3 have answered, so "
            + "that nobody's answer can be singled out";
    private static final String READ_ONLY = "This program is closed; its peer feedback is read-only.";
    /** Adding people to a round of a closed program is refused like every other change. */
    private static final String ADD_REFUSED_WHEN_CLOSED = READ_ONLY;

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired FeedbackRoundService feedback;
    @Autowired PeerRequestService peerSide;
    @Autowired FeedbackOversightService overseeing;
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
        return fixture.as(peer.email(), () -> peerSide.inbox().get(0).requestId());
    }

    private int roundCount(Pair p) {
        return fixture.as(p.mentee(), () -> feedback.rounds(p.id()).size());
    }

    private static List<String> names(List<Peer> peers) {
        return peers.stream().map(Peer::name).toList();
    }

    private static Set<Long> plus(Set<Long> ids, long id) {
        var more = new HashSet<>(ids);
        more.add(id);
        return more;
    }

    /** Each peer here has one request in the inbox when this is called. */
    private PeerRequest answerAs(Peer peer, FeedbackAnswer answer) {
        return fixture.as(peer.email(), () -> {
            var id = peerSide.inbox().get(0).requestId();
            return peerSide.answer(id, peerSide.request(id).version(), answer);
        });
    }

    private PeerRequest declineAs(Peer peer) {
        return fixture.as(peer.email(), () -> {
            var id = peerSide.inbox().get(0).requestId();
            return peerSide.decline(id, peerSide.request(id).version());
        });
    }

    private RoundSummary roundAs(String email, Pair p) {
        return fixture.as(email, () -> feedback.rounds(p.id()).get(0));
    }

    private Set<Long> candidateIds(Pair p, String text) {
        return feedback.candidates(p.id(), text, 50).stream().map(PeerOption::accountId).collect(Collectors.toSet());
    }

    private static String localPart(String email) {
        return email.substring(0, email.indexOf('@'));
    }

    private static String lastName(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** What the pair sees of a round, but for the ids and names that tell any two rounds apart. */
    private static RoundSummary shape(RoundSummary s) {
        return new RoundSummary(0, 0, "asker", s.requestedAt(), s.message(), s.dueOn(),
                s.peersAsked().stream().map(n -> "peer").toList(), s.threshold(), s.answers(), s.results(),
                s.canRemind(), s.mine(), s.withdrawable().stream().map(a -> new AskedPeer(0, "peer")).toList(),
                s.canAddPeers());
    }

    private static String refusal(Runnable change) {
        try {
            change.run();
        } catch (RuleViolation e) {
            return e.getMessage();
        }
        throw new AssertionError("Not refused");
    }

    @Test
    void the_mentee_asks_three_peers_and_each_finds_one_open_request_due_in_fourteen_days() {
        var p = fixture.pair(601L);
        var peers = fixture.peers(601L, 3);
        as(p.mentee());
        var round = feedback.ask(new AskDraft(p.id(), ids(peers), "  How do we come across in meetings?  ", null));
        assertThat(round.dueOn()).isEqualTo(today().plusDays(14));
        assertThat(round.message()).isEqualTo("How do we come across in meetings?");
        assertThat(round.peersAsked()).containsExactlyInAnyOrderElementsOf(names(peers));
        assertThat(round.answers()).isZero();
        assertThat(round.threshold()).isEqualTo(3);
        assertThat(round.results()).isNull();
        assertThat(round.requestedBy()).isEqualTo(p.menteeName());
        assertThat(round.mine()).isTrue();
        assertThat(round.canRemind()).isTrue();
        assertThat(round.canAddPeers()).isTrue();
        assertThat(feedback.rounds(p.id())).extracting(RoundSummary::roundId).containsExactly(round.roundId());
        for (var peer : peers) {
            as(peer.email());
            assertThat(peerSide.openCount()).isEqualTo(1);
            var inbox = peerSide.inbox();
            assertThat(inbox).hasSize(1);
            var item = inbox.get(0);
            assertThat(item.mentorName()).isEqualTo(p.mentorName());
            assertThat(item.menteeName()).isEqualTo(p.menteeName());
            assertThat(item.requestedBy()).isEqualTo(p.menteeName());
            assertThat(item.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(item.remindedRecently()).isFalse();
            var request = peerSide.request(item.requestId());
            assertThat(request.message()).isEqualTo("How do we come across in meetings?");
            assertThat(request.editable()).isTrue();
            assertThat(request.answer()).isNull();
        }
        as(p.mentor());
        var seen = feedback.rounds(p.id()).get(0);
        assertThat(seen.mine()).isFalse();
        assertThat(seen.canRemind()).isFalse();
        assertThat(seen.canAddPeers()).isFalse();
    }

    @Test
    void the_mentor_a_coordinator_of_the_program_and_an_admin_may_ask_and_nobody_else() {
        var p = fixture.pair(602L);
        var peers = fixture.peers(602L, 12);
        var asked = new LinkedHashMap<String, List<Peer>>();
        asked.put(p.mentor(), peers.subList(0, 3));
        asked.put(COORDINATOR, peers.subList(3, 6));
        asked.put(ADMIN, peers.subList(6, 9));
        asked.forEach((who, group) -> {
            as(who);
            for (var peer : group) {
                assertThat(feedback.candidates(p.id(), peer.email(), 10)).extracting(PeerOption::accountId)
                        .containsExactly(peer.id());
            }
            assertThat(feedback.ask(draft(p, group, null)).mine()).as(who).isTrue();
        });
        var unasked = peers.subList(9, 12);
        for (var stranger : List.of(p.outsider(), OTHER_COORDINATOR, peers.get(0).email(), unasked.get(0).email())) {
            as(stranger);
            assertThatThrownBy(() -> feedback.ask(draft(p, unasked, null))).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.candidates(p.id(), null, 10)).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestPeople.signOut();
        assertThatThrownBy(() -> feedback.ask(draft(p, unasked, null)))
                .isInstanceOf(AuthenticationException.class);
        assertThat(roundCount(p)).isEqualTo(3);
    }

    @Test
    void nobody_is_asked_about_a_proposed_relationship_or_one_in_a_closed_program() {
        var proposal = fixture.proposal(603L);
        var peers = fixture.peers(603L, 3);
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
        var peers = fixture.peers(605L, 4);
        var disabled = peers.get(3);
        fixture.disable(disabled);
        // Three who may be asked: each bad draft below is refused for its own fault only.
        var ok = ids(peers.subList(0, 3));
        var bad = new LinkedHashMap<String, AskDraft>();
        bad.put("peerAccountIds:nobody", new AskDraft(p.id(), Set.of(), null, null));
        bad.put("peerAccountIds:null", new AskDraft(p.id(), null, null, null));
        bad.put("peerAccountIds:fewer than the threshold", new AskDraft(p.id(), Set.of(peers.get(0).id()), null,
                null));
        bad.put("peerAccountIds:the mentee", new AskDraft(p.id(), plus(ok, p.menteeId()), null, null));
        bad.put("peerAccountIds:the mentor", new AskDraft(p.id(), plus(ok, p.mentorId()), null, null));
        bad.put("peerAccountIds:unknown", new AskDraft(p.id(), plus(ok, 987_654_321L), null, null));
        bad.put("peerAccountIds:disabled", new AskDraft(p.id(), plus(ok, disabled.id()), null, null));
        bad.put("dueOn:past", new AskDraft(p.id(), ok, null, today().minusDays(1)));
        bad.put("dueOn:too far", new AskDraft(p.id(), ok, null, today().plusDays(91)));
        bad.put("message:too long", new AskDraft(p.id(), ok, "x".repeat(1001), null));
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
        assertThatThrownBy(() -> feedback.ask(bad.get("peerAccountIds:fewer than the threshold")))
                .hasMessage(TOO_FEW);
        assertThat(feedback.rounds(p.id())).isEmpty();
        for (var peer : peers.subList(0, 3)) {
            assertThat(fixture.as(peer.email(), () -> peerSide.inbox())).as(peer.name()).isEmpty();
        }
        assertThat(feedback.ask(new AskDraft(p.id(), ok, null, null)).peersAsked()).as("the three alone")
                .containsExactlyInAnyOrderElementsOf(names(peers.subList(0, 3)));
    }

    @Test
    void a_due_date_may_be_today_or_up_to_ninety_days_ahead_and_a_message_up_to_a_thousand_characters() {
        var p = fixture.pair(606L);
        var peers = fixture.peers(606L, 6);
        as(p.mentee());
        var dueToday = feedback.ask(new AskDraft(p.id(), ids(peers.subList(0, 3)), "x".repeat(1000), today()));
        assertThat(dueToday.dueOn()).isEqualTo(today());
        assertThat(dueToday.message()).hasSize(1000);
        assertThat(feedback.ask(draft(p, peers.subList(3, 6), today().plusDays(90))).dueOn())
                .isEqualTo(today().plusDays(90));
    }

    @Test
    void a_relationship_has_at_most_ten_open_requests_and_a_declined_one_keeps_its_place() {
        var p = fixture.pair(607L);
        var peers = fixture.peers(607L, 13);
        as(p.mentee());
        assertThatThrownBy(() -> feedback.ask(draft(p, peers.subList(0, 11), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("peerAccountIds"))
                .hasMessage("Ask at most 10 people at once");
        assertThat(feedback.rounds(p.id())).isEmpty();
        feedback.ask(draft(p, peers.subList(0, 7), null));
        assertThatThrownBy(() -> feedback.ask(draft(p, peers.subList(7, 11), null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("A relationship has at most 10 open requests and 7 are open now: ask at most 3 more");
        assertThat(feedback.rounds(p.id())).hasSize(1);
        feedback.ask(draft(p, peers.subList(7, 10), null));
        var full = "A relationship has at most 10 open requests and 10 are open now: ask at most 0 more";
        var next = peers.subList(10, 13);
        assertThatThrownBy(() -> feedback.ask(draft(p, next, null))).isInstanceOf(RuleViolation.class)
                .hasMessage(full);
        // A freed place would tell the asker that someone declined: the decline changes nothing here.
        declineAs(peers.get(0));
        assertThatThrownBy(() -> feedback.ask(draft(p, next, null))).isInstanceOf(RuleViolation.class)
                .hasMessage(full);
        assertThat(feedback.rounds(p.id())).hasSize(2);
        // Answered requests are open no more (and how many answered the pair sees anyway).
        for (var peer : peers.subList(1, 4)) {
            answerAs(peer, answer(4, "Keep going"));
        }
        assertThat(feedback.ask(draft(p, next, null)).peersAsked()).containsExactlyInAnyOrderElementsOf(names(next));
        assertThat(feedback.rounds(p.id())).hasSize(3);
    }

    @Test
    void the_same_peer_is_not_asked_about_the_same_relationship_again_within_thirty_days_whatever_became_of_it() {
        var p = fixture.pair(608L);
        var peers = fixture.peers(608L, 10);
        var longAgo = peers.get(0);
        var recently = peers.get(1);
        var now = clock.instant();
        as(p.mentee());
        TimeTravel.at(now.minus(Duration.ofDays(31)),
                () -> feedback.ask(draft(p, List.of(longAgo, peers.get(2), peers.get(3)), null)));
        var recent = TimeTravel.at(now.minus(Duration.ofDays(29)),
                () -> feedback.ask(draft(p, List.of(recently, peers.get(4), peers.get(5)), null)));
        TimeTravel.at(now.minus(Duration.ofDays(29)), () -> {
            feedback.cancel(recent.roundId(), recently.id());
            return null;
        });
        var askedOn = today().minusDays(29);
        as(p.mentor());
        assertThatThrownBy(() -> feedback.ask(draft(p, List.of(longAgo, recently, peers.get(6), peers.get(7)), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("peerAccountIds"))
                .hasMessage("You asked " + recently.name() + " about this relationship on " + DAY.format(askedOn)
                        + "; you can ask them again from " + DAY.format(askedOn.plusDays(30)));
        assertThat(feedback.rounds(p.id())).hasSize(2);
        assertThat(feedback.ask(draft(p, List.of(longAgo, peers.get(6), peers.get(7)), null)).peersAsked())
                .containsExactlyInAnyOrder(longAgo.name(), peers.get(6).name(), peers.get(7).name());
        var other = fixture.pair(609L);
        as(other.mentee());
        assertThat(feedback.ask(draft(other, List.of(recently, peers.get(8), peers.get(9)), null)).peersAsked())
                .contains(recently.name());
    }

    @Test
    void only_the_requester_cancels_and_a_cancelled_request_leaves_the_peers_inbox_and_takes_no_answer() {
        var p = fixture.pair(610L);
        var peers = fixture.peers(610L, 3);
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
        assertThat(feedback.rounds(p.id()).get(0).peersAsked())
                .containsExactlyInAnyOrder(peers.get(1).name(), peers.get(2).name());
        as(gone.email());
        assertThat(peerSide.inbox()).isEmpty();
        assertThat(peerSide.openCount()).isZero();
        var request = peerSide.request(requestId);
        assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(request.editable()).isFalse();
        assertThatThrownBy(() -> peerSide.answer(requestId, request.version(), answer(4, "Meet more often")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> peerSide.decline(requestId, request.version())).isInstanceOf(RuleViolation.class);
        assertThat(peerSide.request(requestId).answer()).isNull();
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
            var id = peerSide.inbox().get(0).requestId();
            return peerSide.answer(id, peerSide.request(id).version(), answer(4, "Keep going"));
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
            assertThat(fixture.as(peer.email(), () -> peerSide.inbox().get(0).remindedRecently())).isTrue();
        }
        assertThat(fixture.as(answered.email(), () -> peerSide.inbox().get(0).remindedRecently())).isFalse();
        clock.advance(Duration.ofDays(3));
        assertThat(feedback.rounds(p.id()).get(0).canRemind()).isTrue();
        assertThat(feedback.remind(round.roundId()).canRemind()).isFalse();
    }

    @Test
    void bad_answers_are_refused_with_a_message_for_the_field_and_nothing_is_saved() {
        var p = fixture.pair(612L);
        var peers = fixture.peers(612L, 3);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null)));
        var peer = peers.get(0);
        var requestId = requestIdOf(peer);
        as(peer.email());
        long version = peerSide.request(requestId).version();
        var bad = new LinkedHashMap<String, FeedbackAnswer>();
        bad.put("rapport:0", new FeedbackAnswer(0, 3, 3, "Advice", false));
        bad.put("giveAndTake:6", new FeedbackAnswer(3, 6, 3, "Advice", false));
        bad.put("communication:-1", new FeedbackAnswer(3, 3, -1, "Advice", false));
        bad.put("advice:missing", new FeedbackAnswer(3, 3, 3, null, false));
        bad.put("advice:blank", new FeedbackAnswer(3, 3, 3, " \n\t ", false));
        bad.put("advice:too long", new FeedbackAnswer(3, 3, 3, "x".repeat(2001), false));
        bad.put("advice:no answer at all", null);
        bad.forEach((key, a) -> assertThatThrownBy(() -> peerSide.answer(requestId, version, a)).as(key)
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).as(key).isEqualTo(key.substring(0, key.indexOf(':')))));
        var unchanged = peerSide.request(requestId);
        assertThat(unchanged.answer()).isNull();
        assertThat(unchanged.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0).answers())).isZero();
        var saved = peerSide.answer(requestId, version,
                new FeedbackAnswer(null, null, null, "  " + "y".repeat(2000) + "  ", false));
        assertThat(saved.answer()).isEqualTo(new FeedbackAnswer(null, null, null, "y".repeat(2000), false));
        assertThat(saved.status()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    void only_the_addressed_peer_answers_and_nobody_else_can_even_open_the_request() {
        var p = fixture.pair(613L);
        var peers = fixture.peers(613L, 3);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null)));
        var requestId = requestIdOf(peers.get(0));
        long version = fixture.as(peers.get(0).email(), () -> peerSide.request(requestId).version());
        for (var other : List.of(p.mentee(), p.mentor(), COORDINATOR, ADMIN, peers.get(1).email(), p.outsider())) {
            as(other);
            assertThatThrownBy(() -> peerSide.request(requestId)).as(other).isInstanceOf(AccessDeniedException.class)
                    .hasMessage("No such feedback request");
            assertThatThrownBy(() -> peerSide.answer(requestId, version, answer(5, "Fake"))).as(other)
                    .isInstanceOf(AccessDeniedException.class).hasMessage("No such feedback request");
            assertThatThrownBy(() -> peerSide.decline(requestId, version)).as(other)
                    .isInstanceOf(AccessDeniedException.class).hasMessage("No such feedback request");
        }
        assertThatThrownBy(() -> peerSide.request(987_654_321L)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("No such feedback request");
        TestPeople.signOut();
        assertThatThrownBy(() -> peerSide.request(requestId)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> peerSide.inbox()).isInstanceOf(AuthenticationException.class);
        as(peers.get(0).email());
        assertThat(peerSide.request(requestId).answer()).isNull();
        assertThat(peerSide.request(requestId).version()).isEqualTo(version);
    }

    @Test
    void a_second_answer_replaces_the_first_only_at_the_current_version() {
        var p = fixture.pair(614L);
        var peers = fixture.peers(614L, 3);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null)));
        var requestId = requestIdOf(peers.get(0));
        as(peers.get(0).email());
        long opened = peerSide.request(requestId).version();
        var first = peerSide.answer(requestId, opened, new FeedbackAnswer(4, 3, null, "Share the agenda", true));
        assertThat(first.version()).isNotEqualTo(opened);
        assertThatThrownBy(() -> peerSide.answer(requestId, opened, answer(1, "Second tab"))).isInstanceOf(StaleEdit.class);
        assertThat(peerSide.request(requestId).answer()).isEqualTo(first.answer());
        var second = peerSide.answer(requestId, first.version(), answer(2, "Meet in person"));
        assertThat(second.answer()).isEqualTo(answer(2, "Meet in person"));
        assertThat(second.version()).isNotEqualTo(first.version());
        assertThatThrownBy(() -> peerSide.answer(requestId, first.version(), answer(5, "Again")))
                .isInstanceOf(StaleEdit.class);
        assertThat(peerSide.inbox()).extracting(InboxItem::status).containsExactly(RequestStatus.ANSWERED);
        assertThat(peerSide.openCount()).isZero();
        assertThat(fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0).answers())).isEqualTo(1);
    }

    @Test
    void after_the_due_date_a_request_is_closed_to_answers_and_declines() {
        var p = fixture.pair(615L);
        var peers = fixture.peers(615L, 3);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, today().plusDays(1))));
        var answered = requestIdOf(peers.get(0));
        var open = requestIdOf(peers.get(1));
        var firstAnswer = fixture.as(peers.get(0).email(),
                () -> peerSide.answer(answered, peerSide.request(answered).version(), answer(3, "Slow down")));
        var dueOn = today().plusDays(1);
        clock.advance(Duration.ofDays(2));
        var closed = "This request closed on " + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(dueOn);
        as(peers.get(0).email());
        assertThat(peerSide.inbox()).isEmpty();
        assertThat(peerSide.request(answered).editable()).isFalse();
        assertThatThrownBy(() -> peerSide.answer(answered, firstAnswer.version(), answer(5, "Changed my mind")))
                .isInstanceOf(RuleViolation.class).hasMessage(closed);
        assertThat(peerSide.request(answered).answer()).isEqualTo(firstAnswer.answer());
        as(peers.get(1).email());
        assertThat(peerSide.openCount()).isZero();
        var late = peerSide.request(open);
        assertThat(late.editable()).isFalse();
        assertThatThrownBy(() -> peerSide.answer(open, late.version(), answer(5, "Late"))).hasMessage(closed);
        assertThatThrownBy(() -> peerSide.decline(open, late.version())).hasMessage(closed);
        assertThat(peerSide.request(open).status()).isEqualTo(RequestStatus.OPEN);
        as(p.mentee());
        assertThat(feedback.rounds(p.id()).get(0).canRemind()).isFalse();
    }

    @Test
    void a_peer_declines_only_an_open_request_and_then_cannot_answer_it() {
        var p = fixture.pair(616L);
        var peers = fixture.peers(616L, 3);
        fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null)));
        var declining = requestIdOf(peers.get(0));
        var answering = requestIdOf(peers.get(1));
        as(peers.get(0).email());
        long version = peerSide.request(declining).version();
        assertThatThrownBy(() -> peerSide.decline(declining, version + 1)).isInstanceOf(StaleEdit.class);
        assertThat(peerSide.request(declining).status()).isEqualTo(RequestStatus.OPEN);
        var declined = peerSide.decline(declining, version);
        assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(declined.editable()).isFalse();
        assertThat(peerSide.inbox()).isEmpty();
        assertThatThrownBy(() -> peerSide.decline(declining, declined.version())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> peerSide.answer(declining, declined.version(), answer(4, "After all")))
                .isInstanceOf(RuleViolation.class).hasMessage("You declined this request");
        assertThat(peerSide.request(declining).answer()).isNull();
        as(peers.get(1).email());
        var answer = peerSide.answer(answering, peerSide.request(answering).version(), answer(4, "Good pair"));
        assertThatThrownBy(() -> peerSide.decline(answering, answer.version())).isInstanceOf(RuleViolation.class);
        assertThat(peerSide.request(answering).status()).isEqualTo(RequestStatus.ANSWERED);
        var round = fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0));
        assertThat(round.answers()).isEqualTo(1);
        assertThat(round.peersAsked()).hasSize(3);
    }

    @Test
    void the_inbox_lists_what_the_peer_may_still_answer_soonest_due_first() {
        var peers = fixture.peers(617L, 7);
        var peer = peers.get(0);
        var later = fixture.pair(617L);
        var sooner = fixture.pair(618L);
        var answered = fixture.pair(619L);
        fixture.as(later.mentee(), () -> feedback.ask(draft(later, List.of(peer, peers.get(1), peers.get(2)),
                today().plusDays(20))));
        fixture.as(sooner.mentor(), () -> feedback.ask(draft(sooner, List.of(peer, peers.get(3), peers.get(4)),
                today().plusDays(5))));
        fixture.as(answered.mentee(), () -> feedback.ask(draft(answered, List.of(peer, peers.get(5), peers.get(6)),
                today().plusDays(10))));
        as(peer.email());
        var inbox = peerSide.inbox();
        assertThat(inbox).extracting(InboxItem::dueOn).containsExactly(today().plusDays(5), today().plusDays(10),
                today().plusDays(20));
        assertThat(inbox.get(0).requestedBy()).isEqualTo(sooner.mentorName());
        var middle = inbox.get(1).requestId();
        peerSide.answer(middle, peerSide.request(middle).version(), answer(4, "Fine"));
        assertThat(peerSide.openCount()).isEqualTo(2);
        assertThat(peerSide.inbox()).extracting(InboxItem::status).containsExactly(RequestStatus.OPEN,
                RequestStatus.ANSWERED, RequestStatus.OPEN);
    }

    @Test
    void settings_start_hidden_change_only_at_the_current_version_and_freeze_with_the_program() {
        var p = fixture.pair(620L);
        as(COORDINATOR);
        var defaults = overseeing.settings(p.programId());
        assertThat(defaults.coordinatorsSeeIdentity()).isFalse();
        assertThat(overseeing.settings(p.programId())).isEqualTo(defaults);
        var changed = overseeing.updateSettings(new FeedbackSettings(p.programId(), true, defaults.version()));
        assertThat(changed.coordinatorsSeeIdentity()).isTrue();
        assertThatThrownBy(() -> overseeing.updateSettings(new FeedbackSettings(p.programId(), false, defaults.version())))
                .isInstanceOf(StaleEdit.class);
        for (var other : List.of(p.mentee(), p.mentor(), OTHER_COORDINATOR, p.outsider())) {
            as(other);
            assertThatThrownBy(() -> overseeing.settings(p.programId())).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> overseeing.updateSettings(new FeedbackSettings(p.programId(), false,
                    changed.version()))).as(other).isInstanceOf(AccessDeniedException.class);
        }
        as(ADMIN);
        var byAdmin = overseeing.updateSettings(new FeedbackSettings(p.programId(), false, changed.version()));
        fixture.closeProgram(p.programId());
        as(COORDINATOR);
        assertThatThrownBy(() -> overseeing.updateSettings(new FeedbackSettings(p.programId(), true, byAdmin.version())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        assertThat(overseeing.settings(p.programId())).isEqualTo(byAdmin);
        assertThat(byAdmin.coordinatorsSeeIdentity()).isFalse();
    }

    @Test
    void peer_candidates_are_the_programs_people_by_name_or_email_and_anyone_else_by_name_without_email() {
        var p = fixture.pair(621L);
        var fresh = fixture.peers(621L, 4);
        var member = fresh.get(0);
        var disabledMember = fresh.get(1);
        var stranger = fresh.get(2);
        var disabledStranger = fresh.get(3);
        TestPeople.asAdmin(users, () -> {
            enrolments.enrol(p.programId(), member.email(), member.name(), EnrolmentRole.MENTEE, null);
            return enrolments.enrol(p.programId(), disabledMember.email(), disabledMember.name(), EnrolmentRole.MENTEE,
                    null);
        });
        fixture.disable(disabledMember);
        fixture.disable(disabledStranger);
        var outsider = TestPeople.asAdmin(users, () -> directory.findByEmail(p.outsider()).orElseThrow());
        var coordinator = TestPeople.asAdmin(users, () -> directory.findByEmail(COORDINATOR).orElseThrow());
        var members = List.of(new PeerOption(member.id(), member.name(), member.email()),
                new PeerOption(outsider.id(), outsider.displayName(), outsider.email()));
        as(p.mentee());

        // The program's participants: by part of their name or of their email, in any case.
        for (var m : members) {
            assertThat(candidateIds(p, lastName(m.name()).toUpperCase(Locale.ROOT))).as(m.name())
                    .contains(m.accountId());
            assertThat(feedback.candidates(p.id(), localPart(m.email()).toUpperCase(Locale.ROOT), 50)).as(m.email())
                    .containsExactly(m);
            assertThat(feedback.candidates(p.id(), m.email(), 50)).as(m.email()).containsExactly(m);
        }
        // Its coordinators likewise.
        assertThat(candidateIds(p, coordinator.displayName().toUpperCase(Locale.ROOT))).contains(coordinator.id());
        assertThat(candidateIds(p, "coordinator@rapport")).contains(coordinator.id());

        // Anyone else: by their whole email address (any case, spaces around), with it; by part of their name,
        // without it; never by a part of the email.
        var strangerOption = new PeerOption(stranger.id(), stranger.name(), stranger.email());
        assertThat(feedback.candidates(p.id(), stranger.email().toUpperCase(Locale.ROOT), 50))
                .containsExactly(strangerOption);
        assertThat(feedback.candidates(p.id(), "  " + stranger.email() + " ", 50)).containsExactly(strangerOption);
        for (var part : List.of(stranger.name(), stranger.name().toUpperCase(Locale.ROOT))) {
            assertThat(feedback.candidates(p.id(), part, 50)).as(part)
                    .contains(new PeerOption(stranger.id(), stranger.name(), null))
                    .allSatisfy(o -> assertThat(o.email() == null || o.accountId() != stranger.id()).isTrue());
        }
        var email = stranger.email();
        for (var part : List.of(localPart(email), email.substring(0, email.length() - 1), email.substring(1),
                "example.org", "")) {
            assertThat(candidateIds(p, part)).as(part).doesNotContain(stranger.id());
        }
        assertThat(feedback.candidates(p.id(), localPart(email), 50)).isEmpty();

        // Never the pair, whatever is typed.
        for (var text : List.of(p.mentor(), p.mentee(), p.mentorName(), p.menteeName(), localPart(p.mentor()),
                localPart(p.mentee()), "")) {
            assertThat(candidateIds(p, text)).as(text).doesNotContain(p.mentorId(), p.menteeId());
        }
        assertThat(feedback.candidates(p.id(), p.mentor(), 50)).isEmpty();
        assertThat(feedback.candidates(p.id(), p.mentee(), 50)).isEmpty();

        // Never a disabled account, in the program or not.
        for (var disabled : List.of(disabledMember, disabledStranger)) {
            for (var text : List.of(disabled.email(), localPart(disabled.email()), disabled.name(), "")) {
                assertThat(candidateIds(p, text)).as(text).doesNotContain(disabled.id());
            }
            assertThat(feedback.candidates(p.id(), disabled.email(), 50)).isEmpty();
        }

        // No directory of the organisation: the empty text lists the program's four enabled people besides the
        // pair (the other mentor, the outsider, the member and the coordinator), however many accounts exist.
        var everyone = candidateIds(p, "");
        assertThat(everyone).hasSize(4).contains(outsider.id(), member.id(), coordinator.id());
        assertThat(candidateIds(p, "EXAMPLE.ORG")).hasSize(3).contains(outsider.id(), member.id())
                .doesNotContain(coordinator.id());
        assertThat(feedback.candidates(p.id(), "", 2)).hasSize(2);
    }

    @Test
    void a_round_asking_fewer_people_than_the_threshold_is_refused_and_saves_nothing() {
        var p = fixture.pair(901L);
        var peers = fixture.peers(901L, 4);
        as(p.mentee());
        for (var few : List.of(peers.subList(0, 1), peers.subList(0, 2))) {
            assertThatThrownBy(() -> feedback.ask(draft(p, few, null))).as(few.size() + " asked")
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("peerAccountIds"))
                    .hasMessage(TOO_FEW);
        }
        assertThat(feedback.rounds(p.id())).isEmpty();
        for (var peer : peers) {
            assertThat(fixture.as(peer.email(), () -> peerSide.inbox())).as(peer.name()).isEmpty();
        }

        // The threshold is the program's when asked, and the round keeps it.
        fixture.setThreshold(p.programId(), 4);
        assertThatThrownBy(() -> feedback.ask(draft(p, peers.subList(0, 3), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("peerAccountIds"))
                .hasMessageStartingWith("Ask at least 4 people: ");
        assertThat(feedback.rounds(p.id())).isEmpty();
        // Nothing of the refused asks was saved: the 30-day rule does not hold these peers back.
        var round = feedback.ask(draft(p, peers, null));
        assertThat(round.threshold()).isEqualTo(4);
        assertThat(round.peersAsked()).containsExactlyInAnyOrderElementsOf(names(peers));
        fixture.setThreshold(p.programId(), 3);
        for (var peer : peers.subList(0, 3)) {
            answerAs(peer, answer(4, "Keep going"));
        }
        var three = feedback.rounds(p.id()).get(0);
        assertThat(three.threshold()).isEqualTo(4);
        assertThat(three.answers()).isEqualTo(3);
        assertThat(three.answersNeeded()).isEqualTo(1);
        assertThat(three.results()).isNull();
        answerAs(peers.get(3), answer(2, "Slow down"));
        assertThat(feedback.rounds(p.id()).get(0).results().answers()).isEqualTo(4);
    }

    @Test
    void the_asker_adds_people_to_an_open_round_under_the_same_rules() {
        var p = fixture.pair(902L);
        var peers = fixture.peers(902L, 13);
        var disabled = peers.get(12);
        fixture.disable(disabled);
        var dueOn = today().plusDays(1);
        var round = fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers.subList(0, 3), dueOn)));
        assertThat(round.canAddPeers()).isTrue();
        var added = peers.get(3);

        // The requester only.
        for (var other : List.of(p.mentor(), COORDINATOR, ADMIN, OTHER_COORDINATOR, p.outsider(),
                peers.get(0).email(), added.email())) {
            as(other);
            assertThatThrownBy(() -> feedback.addPeers(round.roundId(), Set.of(added.id()))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestPeople.signOut();
        assertThatThrownBy(() -> feedback.addPeers(round.roundId(), Set.of(added.id())))
                .isInstanceOf(AuthenticationException.class);
        assertThat(roundAs(p.mentor(), p).canAddPeers()).isFalse();
        assertThat(fixture.as(added.email(), () -> peerSide.inbox())).isEmpty();

        as(p.mentee());
        var grown = feedback.addPeers(round.roundId(), Set.of(added.id()));
        assertThat(grown.roundId()).isEqualTo(round.roundId());
        assertThat(grown.peersAsked()).containsExactlyInAnyOrderElementsOf(names(peers.subList(0, 4)));
        assertThat(grown.withdrawable()).extracting(AskedPeer::accountId)
                .containsExactlyInAnyOrderElementsOf(ids(peers.subList(0, 4)));
        assertThat(grown.canAddPeers()).isTrue();
        assertThat(feedback.rounds(p.id())).singleElement().satisfies(r -> {
            assertThat(r.roundId()).isEqualTo(round.roundId());
            assertThat(r.peersAsked()).containsExactlyInAnyOrderElementsOf(names(peers.subList(0, 4)));
        });
        assertThat(fixture.as(added.email(), () -> peerSide.inbox())).singleElement().satisfies(item -> {
            assertThat(item.requestedBy()).isEqualTo(p.menteeName());
            assertThat(item.dueOn()).isEqualTo(dueOn);
            assertThat(item.status()).isEqualTo(RequestStatus.OPEN);
        });

        // Nobody twice: one already asked refuses the whole addition.
        var fresh = peers.get(4);
        assertThatThrownBy(() -> feedback.addPeers(round.roundId(), Set.of(peers.get(0).id(), fresh.id())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("peerAccountIds"))
                .hasMessage(peers.get(0).name() + " is already asked in this round");
        assertThatThrownBy(() -> feedback.addPeers(round.roundId(), Set.of(added.id())))
                .isInstanceOf(RuleViolation.class).hasMessage(added.name() + " is already asked in this round");

        // The rules of asking: a choice, never the pair, an enabled account, the 30 days, at most ten open.
        var bad = new LinkedHashMap<String, Set<Long>>();
        bad.put("nobody", Set.of());
        bad.put("null", null);
        bad.put("the mentor", Set.of(fresh.id(), p.mentorId()));
        bad.put("the mentee", Set.of(fresh.id(), p.menteeId()));
        bad.put("disabled", Set.of(fresh.id(), disabled.id()));
        bad.put("unknown", Set.of(fresh.id(), 987_654_321L));
        bad.forEach((key, chosen) -> assertThatThrownBy(() -> feedback.addPeers(round.roundId(), chosen)).as(key)
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).as(key).isEqualTo("peerAccountIds")));
        feedback.ask(draft(p, peers.subList(5, 8), null));
        assertThatThrownBy(() -> feedback.addPeers(round.roundId(), Set.of(peers.get(5).id())))
                .isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("You asked " + peers.get(5).name() + " about this relationship on ");
        assertThatThrownBy(() -> feedback.addPeers(round.roundId(), ids(peers.subList(8, 12))))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("A relationship has at most 10 open requests and 7 are open now: ask at most 3 more");
        assertThat(feedback.rounds(p.id())).filteredOn(r -> r.roundId() == round.roundId()).singleElement()
                .satisfies(r -> assertThat(r.peersAsked()).hasSize(4));
        for (var peer : List.of(fresh, peers.get(8), peers.get(9), peers.get(10), peers.get(11))) {
            assertThat(fixture.as(peer.email(), () -> peerSide.inbox())).as(peer.name()).isEmpty();
        }

        // Until the due date, not after it.
        clock.advance(Duration.ofDays(1));
        assertThat(feedback.addPeers(round.roundId(), Set.of(fresh.id())).peersAsked()).hasSize(5);
        clock.advance(Duration.ofDays(1));
        var late = peers.get(8);
        assertThatThrownBy(() -> feedback.addPeers(round.roundId(), Set.of(late.id())))
                .isInstanceOf(RuleViolation.class).hasMessage("This round closed on " + DATE.format(dueOn));
        assertThat(feedback.rounds(p.id())).filteredOn(r -> r.roundId() == round.roundId()).singleElement()
                .satisfies(r -> {
                    assertThat(r.canAddPeers()).isFalse();
                    assertThat(r.peersAsked()).hasSize(5);
                });
        assertThat(fixture.as(late.email(), () -> peerSide.inbox())).isEmpty();
    }

    @Test
    void once_the_program_is_closed_every_feedback_change_is_refused() {
        var p = fixture.pair(903L);
        var peers = fixture.peers(903L, 5);
        var answering = peers.get(0);
        var editing = peers.get(1);
        var declining = peers.get(2);
        var withdrawn = peers.get(3);
        var added = peers.get(4);
        var round = fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers.subList(0, 4), null)));
        var given = answerAs(editing, answer(4, "Share the agenda"));
        var open = fixture.as(answering.email(), () -> peerSide.request(requestIdOf(answering)));
        var undeclined = fixture.as(declining.email(), () -> peerSide.request(requestIdOf(declining)));
        var withdrawnRequest = requestIdOf(withdrawn);
        // The program closes with the relationship still active.
        fixture.closeProgram(p.programId());

        as(answering.email());
        assertThat(peerSide.request(open.requestId()).editable()).isFalse();
        assertThatThrownBy(() -> peerSide.answer(open.requestId(), open.version(), answer(5, "Late but honest")))
                .as("answer").isInstanceOf(RuleViolation.class).hasMessage(READ_ONLY);
        as(editing.email());
        assertThat(peerSide.request(given.requestId()).editable()).isFalse();
        assertThatThrownBy(() -> peerSide.answer(given.requestId(), given.version(), answer(1, "Changed my mind")))
                .as("edit").isInstanceOf(RuleViolation.class).hasMessage(READ_ONLY);
        as(declining.email());
        assertThatThrownBy(() -> peerSide.decline(undeclined.requestId(), undeclined.version())).as("decline")
                .isInstanceOf(RuleViolation.class).hasMessage(READ_ONLY);
        as(p.mentee());
        assertThatThrownBy(() -> feedback.cancel(round.roundId(), withdrawn.id())).as("cancel")
                .isInstanceOf(RuleViolation.class).hasMessage(READ_ONLY);
        assertThatThrownBy(() -> feedback.remind(round.roundId())).as("remind")
                .isInstanceOf(RuleViolation.class).hasMessage(READ_ONLY);
        assertThatThrownBy(() -> feedback.addPeers(round.roundId(), Set.of(added.id()))).as("addPeers")
                .isInstanceOf(RuleViolation.class).hasMessage(ADD_REFUSED_WHEN_CLOSED);

        // Nothing changed.
        var after = feedback.rounds(p.id()).get(0);
        assertThat(after.peersAsked()).containsExactlyInAnyOrderElementsOf(names(peers.subList(0, 4)));
        assertThat(after.answers()).isEqualTo(1);
        assertThat(after.canAddPeers()).isFalse();
        as(answering.email());
        assertThat(peerSide.request(open.requestId())).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(r.answer()).isNull();
            assertThat(r.version()).isEqualTo(open.version());
        });
        as(editing.email());
        assertThat(peerSide.request(given.requestId())).satisfies(r -> {
            assertThat(r.answer()).isEqualTo(given.answer());
            assertThat(r.version()).isEqualTo(given.version());
        });
        as(declining.email());
        assertThat(peerSide.request(undeclined.requestId()).status()).isEqualTo(RequestStatus.OPEN);
        as(withdrawn.email());
        assertThat(peerSide.request(withdrawnRequest)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(r.editable()).isFalse();
        });
        as(added.email());
        assertThat(peerSide.inbox()).isEmpty();
    }

    @Test
    void a_declined_request_looks_to_the_pair_like_one_not_answered_yet() {
        var declined = fixture.pair(904L);
        var quiet = fixture.pair(905L);
        var declinedPeers = fixture.peers(904L, 3);
        var quietPeers = fixture.peers(905L, 3);
        var more = fixture.peers(906L, 10);
        var rounds = new LinkedHashMap<Pair, RoundSummary>();
        for (var entry : List.of(Map.entry(declined, declinedPeers), Map.entry(quiet, quietPeers))) {
            var p = entry.getKey();
            var peers = entry.getValue();
            rounds.put(p, fixture.as(p.mentee(), () -> feedback.ask(draft(p, peers, null))));
            answerAs(peers.get(0), answer(4, "Agree an agenda"));
            answerAs(peers.get(1), answer(2, "Swap roles now and then"));
        }
        // The only other open peer declines in one round and does nothing in the other.
        declineAs(declinedPeers.get(2));

        for (Function<Pair, String> who : List.<Function<Pair, String>>of(Pair::mentee, Pair::mentor)) {
            assertThat(shape(roundAs(who.apply(declined), declined)))
                    .isEqualTo(shape(roundAs(who.apply(quiet), quiet)));
        }
        var seen = roundAs(declined.mentee(), declined);
        assertThat(seen.peersAsked()).containsExactlyInAnyOrderElementsOf(names(declinedPeers));
        assertThat(seen.withdrawable()).extracting(AskedPeer::accountId)
                .containsExactlyInAnyOrderElementsOf(ids(declinedPeers));
        assertThat(seen.answers()).isEqualTo(2);
        assertThat(seen.results()).isNull();
        assertThat(seen.canRemind()).isTrue();

        // The declined request keeps its place among the open ones.
        var tooMany = "A relationship has at most 10 open requests and 1 are open now: ask at most 9 more";
        for (var p : List.of(declined, quiet)) {
            as(p.mentee());
            assertThatThrownBy(() -> feedback.ask(draft(p, more, null))).as(p.menteeName())
                    .isInstanceOf(RuleViolation.class).hasMessage(tooMany);
        }

        // Reminding is accepted alike, answers alike and is refused alike the second time.
        var reminded = new LinkedHashMap<Pair, RoundSummary>();
        var again = new LinkedHashMap<Pair, String>();
        for (var p : List.of(declined, quiet)) {
            as(p.mentee());
            reminded.put(p, feedback.remind(rounds.get(p).roundId()));
            again.put(p, refusal(() -> feedback.remind(rounds.get(p).roundId())));
        }
        assertThat(shape(reminded.get(declined))).isEqualTo(shape(reminded.get(quiet)));
        assertThat(reminded.get(declined).canRemind()).isFalse();
        assertThat(again.get(declined)).isEqualTo(again.get(quiet)).isEqualTo("You reminded them on "
                + DAY.format(today()) + "; you can remind again from " + DAY.format(today().plusDays(3)));
        assertThat(shape(roundAs(declined.mentee(), declined))).isEqualTo(shape(roundAs(quiet.mentee(), quiet)));
        // Only the peer who did nothing hears of it; the one who declined is left alone.
        assertThat(fixture.as(quietPeers.get(2).email(), () -> peerSide.inbox())).singleElement()
                .satisfies(i -> assertThat(i.remindedRecently()).isTrue());
        assertThat(fixture.as(declinedPeers.get(2).email(), () -> peerSide.inbox())).isEmpty();

        clock.advance(Duration.ofDays(3));
        var later = roundAs(declined.mentee(), declined);
        assertThat(later.canRemind()).isTrue();
        assertThat(shape(later)).isEqualTo(shape(roundAs(quiet.mentee(), quiet)));
    }
}
