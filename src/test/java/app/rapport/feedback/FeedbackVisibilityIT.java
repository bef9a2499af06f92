package app.rapport.feedback;

import static app.rapport.feedback.FeedbackFixture.ADMIN;
import static app.rapport.feedback.FeedbackFixture.COORDINATOR;
import static app.rapport.feedback.FeedbackFixture.OTHER_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.feedback.FeedbackFixture.Pair;
import app.rapport.feedback.FeedbackFixture.Peer;
import app.rapport.feedback.domain.FeedbackViewLogItem;
import app.rapport.feedback.domain.FeedbackViewLogRepository;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Who sees what of peer feedback: the anonymity threshold at 0, k-1, k and k+1 answers, every path
 * by which an answer could leak below it, the matrix of roles above it, and the view log.
 */
@RapportSpringTest
@RecordApplicationEvents
class FeedbackVisibilityIT {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired FeedbackRoundService feedback;
    @Autowired PeerRequestService peerSide;
    @Autowired FeedbackOversightService overseeing;
    @Autowired FeedbackViewLogRepository viewLog;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

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

    private RoundSummary ask(Pair p, List<Peer> peers) {
        return fixture.as(p.mentee(), () -> feedback.ask(new AskDraft(p.id(),
                peers.stream().map(Peer::id).collect(Collectors.toSet()), "How do we work together?", null)));
    }

    /** Each peer of these tests has exactly one request. */
    private long requestOf(Peer peer) {
        return fixture.as(peer.email(), () -> peerSide.inbox().get(0).requestId());
    }

    private PeerRequest answer(Peer peer, FeedbackAnswer answer) {
        return fixture.as(peer.email(), () -> {
            var id = peerSide.inbox().get(0).requestId();
            return peerSide.answer(id, peerSide.request(id).version(), answer);
        });
    }

    private RoundSummary roundAs(String email, Pair p) {
        return fixture.as(email, () -> feedback.rounds(p.id()).get(0));
    }

    private List<FeedbackRevealed> revealed() {
        return events.stream(FeedbackRevealed.class).toList();
    }

    private List<PeerResultsChanged> changed() {
        return events.stream(PeerResultsChanged.class).toList();
    }

    private static FeedbackAnswer rated(Integer rapport, Integer giveAndTake, Integer communication, String advice,
            boolean signed) {
        return new FeedbackAnswer(rapport, giveAndTake, communication, advice, signed);
    }

    /** Everything but the number of answers, which is all the pair may learn below the threshold. */
    private static RoundSummary withoutAnswers(RoundSummary s) {
        return new RoundSummary(s.roundId(), s.relationshipId(), s.requestedBy(), s.requestedAt(), s.message(),
                s.dueOn(), s.peersAsked(), s.threshold(), -1, s.results(), s.canRemind(), s.mine(), s.withdrawable(),
                s.canAddPeers());
    }

    @Test
    void results_stay_hidden_below_the_threshold_and_are_revealed_once_by_the_answer_that_reaches_it() {
        var p = fixture.pair(701L);
        var peers = fixture.peers(701L, 4);
        var round = ask(p, peers);
        assertThat(roundAs(p.mentee(), p).answers()).isZero();
        assertThat(roundAs(p.mentee(), p).results()).isNull();

        answer(peers.get(0), rated(5, 4, null, "Agree an agenda", false));
        answer(peers.get(1), rated(3, null, null, "Swap roles now and then", true));
        var belowK = roundAs(p.mentee(), p);
        assertThat(belowK.answers()).isEqualTo(2);
        assertThat(belowK.answersNeeded()).isEqualTo(1);
        assertThat(belowK.results()).isNull();
        assertThat(revealed()).isEmpty();

        answer(peers.get(2), rated(4, 2, null, "Walk and talk", false));
        assertThat(revealed()).singleElement().satisfies(e -> {
            assertThat(e.roundId()).isEqualTo(round.roundId());
            assertThat(e.relationshipId()).isEqualTo(p.id());
            assertThat(e.answers()).isEqualTo(3);
            assertThat(e.rapport()).isEqualTo(4.0);
            assertThat(e.giveAndTake()).isEqualTo(3.0);
            assertThat(e.communication()).isNull();
            assertThat(e.at()).isEqualTo(clock.instant());
        });
        var atK = roundAs(p.mentee(), p).results();
        assertThat(atK.answers()).isEqualTo(3);
        assertThat(atK.rapport()).isEqualTo(4.0);
        assertThat(atK.giveAndTake()).isEqualTo(3.0);
        assertThat(atK.communication()).isNull();
        assertThat(atK.advice()).hasSize(3);

        answer(peers.get(3), rated(1, 1, 1, "Meet more often", false));
        assertThat(roundAs(p.mentor(), p).results()).as("one later answer waits for two more changes").isEqualTo(atK);
        answer(peers.get(0), rated(5, 5, 5, "Agree an agenda, and keep to it", false));
        assertThat(roundAs(p.mentor(), p).results()).isEqualTo(atK);
        assertThat(changed()).isEmpty();

        answer(peers.get(1), rated(3, 4, null, "Swap roles now and then", true));
        assertThat(revealed()).as("a later batch reveals nothing new").hasSize(1);
        assertThat(changed()).singleElement().satisfies(e -> assertThat(e.roundId()).isEqualTo(round.roundId()));
        var aboveK = roundAs(p.mentor(), p);
        assertThat(aboveK.answers()).isEqualTo(4);
        assertThat(aboveK.results().rapport()).as("(5 + 3 + 4 + 1) / 4, rounded").isEqualTo(3.3);
        assertThat(aboveK.results().giveAndTake()).as("(5 + 4 + 2 + 1) / 4").isEqualTo(3.0);
        assertThat(aboveK.results().communication()).as("(5 + 1) / 2").isEqualTo(3.0);
        assertThat(aboveK.results().advice()).extracting(Advice::text).containsExactly(
                "Agree an agenda, and keep to it", "Meet more often", "Swap roles now and then", "Walk and talk");
    }

    @Test
    void the_threshold_is_the_programs_own() {
        var p = fixture.pair(702L);
        fixture.setThreshold(p.programId(), 2);
        var peers = fixture.peers(702L, 2);
        ask(p, peers);
        answer(peers.get(0), rated(2, 2, 2, "One", false));
        assertThat(roundAs(p.mentee(), p).results()).isNull();
        assertThat(roundAs(p.mentee(), p).threshold()).isEqualTo(2);
        answer(peers.get(1), rated(4, 4, 4, "Two", false));
        assertThat(roundAs(p.mentee(), p).results().rapport()).isEqualTo(3.0);
        assertThat(revealed()).hasSize(1);
    }

    @Test
    void below_the_threshold_the_pair_and_the_coordinators_learn_only_how_many_answered() {
        var p = fixture.pair(703L);
        var peers = fixture.peers(703L, 3);
        ask(p, peers);
        fixture.as(COORDINATOR, () -> {
            var s = overseeing.settings(p.programId());
            return overseeing.updateSettings(new FeedbackSettings(p.programId(), true, s.version()));
        });
        var readers = List.of(p.mentee(), p.mentor(), COORDINATOR, ADMIN);
        var before = readers.stream().map(r -> roundAs(r, p)).toList();
        answer(peers.get(2), rated(1, 1, 1, "A signed and very blunt remark", true));
        answer(peers.get(0), rated(5, 5, 5, "An anonymous kind remark", false));
        for (int i = 0; i < readers.size(); i++) {
            var after = roundAs(readers.get(i), p);
            assertThat(after.answers()).as(readers.get(i)).isEqualTo(2);
            assertThat(withoutAnswers(after)).as(readers.get(i)).isEqualTo(withoutAnswers(before.get(i)));
            assertThat(after.toString()).doesNotContain("remark");
        }
        for (var reader : List.of(COORDINATOR, ADMIN)) {
            var oversight = fixture.as(reader, () -> overseeing.programRounds(p.programId())).get(0);
            assertThat(oversight.answered()).isEqualTo(2);
            assertThat(oversight.asked()).isEqualTo(3);
            assertThat(oversight.results()).as("identity setting on, still below the threshold").isNull();
            assertThat(oversight.answeredBy()).isEmpty();
        }
        assertThat(revealed()).isEmpty();
        assertThat(viewLog.countByRoundId(before.get(0).roundId())).isZero();
    }

    @Test
    void cancelling_an_answered_request_is_accepted_like_an_open_one_and_the_count_does_not_fall() {
        var p = fixture.pair(704L);
        var peers = fixture.peers(704L, 3);
        var round = ask(p, peers);
        answer(peers.get(1), rated(4, 4, 4, "Keep it up", false));
        as(p.mentee());
        feedback.cancel(round.roundId(), peers.get(0).id());
        var afterOpen = feedback.rounds(p.id()).get(0);
        feedback.cancel(round.roundId(), peers.get(1).id());
        var afterAnswered = feedback.rounds(p.id()).get(0);
        assertThat(afterOpen.answers()).isEqualTo(1);
        assertThat(afterAnswered.answers()).isEqualTo(1);
        assertThat(afterAnswered.peersAsked()).containsExactly(peers.get(2).name());
        var reminded = feedback.remind(round.roundId());
        assertThat(reminded.canRemind()).isFalse();
        assertThatThrownBy(() -> feedback.remind(round.roundId())).satisfies(e -> {
            for (var peer : peers) {
                assertThat(e.getMessage()).doesNotContain(peer.name());
            }
        });
    }

    @Test
    void a_peer_sees_their_own_request_only_and_never_another_peers_answer() {
        var p = fixture.pair(705L);
        var peers = fixture.peers(705L, 3);
        ask(p, peers);
        var answered = answer(peers.get(0), rated(2, 3, 4, "Listen more than you talk", true));
        var otherRequest = requestOf(peers.get(1));
        as(peers.get(1).email());
        assertThat(peerSide.inbox()).extracting(InboxItem::requestId).containsExactly(otherRequest);
        assertThat(peerSide.inbox().get(0).status()).isEqualTo(RequestStatus.OPEN);
        var own = peerSide.request(otherRequest);
        assertThat(own.answer()).isNull();
        assertThat(own.toString()).doesNotContain("Listen more");
        var missing = catchMessage(() -> peerSide.request(987_654_321L));
        assertThat(catchMessage(() -> peerSide.request(answered.requestId()))).isEqualTo(missing);
        assertThat(catchMessage(() -> peerSide.answer(answered.requestId(), answered.version(),
                rated(1, 1, 1, "Overwrite", false)))).isEqualTo(missing);
        assertThatThrownBy(() -> feedback.rounds(p.id())).isInstanceOf(AccessDeniedException.class);
        as(peers.get(0).email());
        assertThat(peerSide.request(answered.requestId()).answer())
                .isEqualTo(rated(2, 3, 4, "Listen more than you talk", true));
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
        } catch (AccessDeniedException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected access to be denied");
    }

    @Test
    void advice_is_ordered_by_its_text_not_by_when_or_by_whom_it_was_given() {
        var p = fixture.pair(706L);
        var peers = fixture.peers(706L, 6);
        ask(p, peers);
        var texts = List.of("zebra crossings: meet halfway", "Apple a day: short weekly calls", "mango season",
                "banana bread together", "date for the review: keep it", "cherry on top: celebrate the wins");
        for (int i = 0; i < texts.size(); i++) {
            answer(peers.get(i), rated(3, 3, 3, texts.get(i), i == 0));
        }
        var sorted = texts.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertThat(sorted).isNotEqualTo(texts);
        var advice = roundAs(p.mentee(), p).results().advice();
        assertThat(advice).extracting(Advice::text).containsExactlyElementsOf(sorted);
        assertThat(advice).extracting(Advice::signedBy).containsExactly(null, null, null, null, null,
                peers.get(0).name());
        var oversight = fixture.as(COORDINATOR, () -> overseeing.programRounds(p.programId())).get(0).results();
        assertThat(oversight.advice()).extracting(Advice::text).containsExactlyElementsOf(sorted);
    }

    @Test
    void above_the_threshold_each_role_sees_exactly_its_share() {
        var p = fixture.pair(707L);
        var peers = fixture.peers(707L, 4);
        var round = ask(p, peers);
        answer(peers.get(0), rated(4, 4, 4, "Signed advice", true));
        answer(peers.get(1), rated(2, 2, 2, "Anonymous advice one", false));
        answer(peers.get(2), rated(3, 3, 3, "Anonymous advice two", false));
        var notAnswering = peers.get(3);
        List<String> answeredNames = peers.subList(0, 3).stream().map(Peer::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();

        for (var pairMember : List.of(p.mentee(), p.mentor())) {
            var seen = roundAs(pairMember, p);
            assertThat(seen.mine()).as(pairMember).isEqualTo(pairMember.equals(p.mentee()));
            assertThat(seen.results().rapport()).isEqualTo(3.0);
            assertThat(seen.results().advice()).extracting(Advice::signedBy).filteredOn(Objects::nonNull)
                    .containsExactly(peers.get(0).name());
            assertThat(seen.peersAsked()).hasSize(4);
        }
        for (var peer : List.of(peers.get(0), notAnswering)) {
            as(peer.email());
            assertThatThrownBy(() -> feedback.rounds(p.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> overseeing.programRounds(p.programId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> overseeing.settings(p.programId())).isInstanceOf(AccessDeniedException.class);
        }
        as(notAnswering.email());
        assertThat(peerSide.inbox()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(RequestStatus.OPEN));
        assertThat(peerSide.request(requestOf(notAnswering)).answer()).isNull();

        for (var reader : List.of(COORDINATOR, ADMIN)) {
            as(reader);
            assertThat(feedback.rounds(p.id()).get(0).results().answers()).isEqualTo(3);
            var hidden = overseeing.programRounds(p.programId()).get(0);
            assertThat(hidden.roundId()).isEqualTo(round.roundId());
            assertThat(hidden.asked()).isEqualTo(4);
            assertThat(hidden.answered()).isEqualTo(3);
            assertThat(hidden.declined()).isZero();
            assertThat(hidden.mentorName()).isEqualTo(p.mentorName());
            assertThat(hidden.answeredBy()).as(reader).isEmpty();
            assertThat(hidden.results().advice()).extracting(Advice::signedBy).filteredOn(Objects::nonNull)
                    .containsExactly(peers.get(0).name());
        }
        fixture.as(COORDINATOR, () -> {
            var s = overseeing.settings(p.programId());
            return overseeing.updateSettings(new FeedbackSettings(p.programId(), true, s.version()));
        });
        for (var reader : List.of(COORDINATOR, ADMIN)) {
            as(reader);
            var before = overseeing.programRounds(p.programId()).get(0);
            assertThat(before.answeredBy()).as("answered under anonymity, stays anonymous").isEmpty();
            assertThat(before.results().advice()).extracting(Advice::signedBy).filteredOn(Objects::nonNull)
                    .containsExactly(peers.get(0).name());
        }
        var later = fixture.peers(7070L, 3);
        var laterRound = ask(p, later);
        answer(later.get(0), rated(4, 4, 4, "Later signed advice", true));
        answer(later.get(1), rated(2, 2, 2, "Later advice one", false));
        answer(later.get(2), rated(3, 3, 3, "Later advice two", false));
        answeredNames = later.stream().map(Peer::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        for (var reader : List.of(COORDINATOR, ADMIN)) {
            as(reader);
            var named = overseeing.programRounds(p.programId()).get(0);
            assertThat(named.roundId()).isEqualTo(laterRound.roundId());
            assertThat(named.answeredBy()).as(reader).containsExactlyElementsOf(answeredNames);
            assertThat(named.results().advice()).extracting(Advice::signedBy)
                    .containsExactlyInAnyOrderElementsOf(answeredNames);
            assertThat(feedback.rounds(p.id()).get(0).results().advice()).extracting(Advice::signedBy)
                    .as("the workspace names only who signed").filteredOn(Objects::nonNull).hasSize(1);
        }
        for (var stranger : List.of(OTHER_COORDINATOR, p.outsider())) {
            as(stranger);
            assertThatThrownBy(() -> feedback.rounds(p.id())).as(stranger).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> overseeing.programRounds(p.programId())).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> overseeing.settings(p.programId())).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.cancel(round.roundId(), notAnswering.id())).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestPeople.signOut();
        assertThatThrownBy(() -> feedback.rounds(p.id())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> overseeing.programRounds(p.programId())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> peerSide.openCount()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void every_showing_of_revealed_results_is_logged_and_nothing_else_is() {
        var p = fixture.pair(708L);
        var peers = fixture.peers(708L, 4);
        var more = fixture.peers(7080L, 2);
        var hidden = ask(p, List.of(peers.get(3), more.get(0), more.get(1)));
        var shown = ask(p, peers.subList(0, 3));
        for (var peer : peers) {
            answer(peer, rated(3, 3, 3, "Advice of " + peer.name(), false));
        }
        assertThat(viewLog.countByRoundId(shown.roundId())).isZero();
        var mentee = fixture.as(p.mentee(), () -> feedback.rounds(p.id()));
        assertThat(mentee).extracting(RoundSummary::roundId).containsExactly(shown.roundId(), hidden.roundId());
        fixture.as(p.mentee(), () -> feedback.rounds(p.id()));
        fixture.as(COORDINATOR, () -> overseeing.programRounds(p.programId()));
        fixture.as(peers.get(0).email(), () -> peerSide.request(peerSide.inbox().get(0).requestId()));
        var rows = viewLog.findByRoundIdOrderByIdAsc(shown.roundId());
        var menteeId = p.menteeId();
        var coordinatorId = fixture.as(ADMIN, () -> directory.findByEmail(COORDINATOR).orElseThrow().id());
        assertThat(rows).extracting(FeedbackViewLogItem::getViewerAccountId).containsExactly(menteeId, menteeId,
                coordinatorId);
        assertThat(rows).extracting(FeedbackViewLogItem::getViewedAt).containsOnly(clock.instant());
        assertThat(viewLog.countByRoundId(hidden.roundId())).isZero();
        assertThat(Set.copyOf(rows.stream().map(FeedbackViewLogItem::getRoundId).toList()))
                .containsExactly(shown.roundId());
        assertThat(rows).isSortedAccordingTo(Comparator.comparing(FeedbackViewLogItem::getId));
    }
}
