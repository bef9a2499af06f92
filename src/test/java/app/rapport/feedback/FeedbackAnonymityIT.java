package app.rapport.feedback;

import static app.rapport.feedback.FeedbackFixture.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.feedback.FeedbackFixture.Pair;
import app.rapport.feedback.FeedbackFixture.Peer;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The anonymity of peer feedback under every move the asker or the peers can make after a round
 * is asked: no two views of a round's results ever differ by fewer than its threshold of answers,
 * whatever the order of answers, edits, declines and withdrawals; and a round keeps the rules it
 * was asked under.
 */
@RapportSpringTest
class FeedbackAnonymityIT {

    private static final int THRESHOLD = 3;

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired FeedbackRoundService feedback;
    @Autowired PeerRequestService peerSide;
    @Autowired FeedbackOversightService overseeing;

    private FeedbackFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FeedbackFixture(programs, enrolments, directory, users, relationships, accounts);
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private RoundSummary ask(Pair p, List<Peer> peers) {
        return fixture.as(p.mentee(), () -> feedback.ask(new AskDraft(p.id(),
                peers.stream().map(Peer::id).collect(Collectors.toSet()), null, null)));
    }

    private void answer(Peer peer, FeedbackAnswer answer) {
        fixture.as(peer.email(), () -> {
            var id = peerSide.inbox().get(0).requestId();
            return peerSide.answer(id, peerSide.request(id).version(), answer);
        });
    }

    private void decline(Peer peer) {
        fixture.as(peer.email(), () -> {
            var id = peerSide.inbox().get(0).requestId();
            return peerSide.decline(id, peerSide.request(id).version());
        });
    }

    /** What the pair and the coordinators are shown of the round's answers. */
    private List<RoundResults> views(Pair p) {
        var pair = fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0));
        var oversight = fixture.as(COORDINATOR, () -> overseeing.programRounds(p.programId()).stream()
                .filter(r -> r.relationshipId() == p.id()).findFirst().orElseThrow());
        var shown = new ArrayList<RoundResults>();
        shown.add(pair.results());
        shown.add(oversight.results());
        return shown;
    }

    private static FeedbackAnswer randomAnswer(Random random, int step) {
        return new FeedbackAnswer(rating(random), rating(random), rating(random),
                "Advice " + step + "-" + random.nextInt(1000), random.nextBoolean());
    }

    private static Integer rating(Random random) {
        return random.nextInt(6) == 0 ? null : 1 + random.nextInt(5);
    }

    @Test
    void no_sequence_of_answers_edits_declines_and_withdrawals_lets_two_views_isolate_one_answer() {
        for (long seed = 0; seed < 6; seed++) {
            var random = new Random(9100L + seed);
            var p = fixture.pair(9100L + seed);
            var peers = fixture.peers(9100L + seed, 7);
            var round = ask(p, peers);
            var open = new ArrayList<>(peers);
            var answered = new ArrayList<Peer>();
            var withdrawn = new HashSet<Peer>();
            // The peers whose answer is new or changed since the views last changed.
            var unseen = new HashSet<Peer>();
            var previous = views(p);
            for (int step = 0; step < 40; step++) {
                int move = random.nextInt(10);
                if (move < 4 && !open.isEmpty()) {
                    var peer = open.remove(random.nextInt(open.size()));
                    answer(peer, randomAnswer(random, step));
                    answered.add(peer);
                    unseen.add(peer);
                } else if (move < 7 && !answered.isEmpty()) {
                    var peer = answered.get(random.nextInt(answered.size()));
                    if (withdrawn.contains(peer)) {
                        continue;
                    }
                    answer(peer, randomAnswer(random, step));
                    unseen.add(peer);
                } else if (move < 8 && !open.isEmpty()) {
                    decline(open.remove(random.nextInt(open.size())));
                } else {
                    var candidates = Stream.concat(open.stream(), answered.stream())
                            .filter(peer -> !withdrawn.contains(peer)).toList();
                    if (candidates.isEmpty()) {
                        continue;
                    }
                    var peer = candidates.get(random.nextInt(candidates.size()));
                    fixture.as(p.mentee(), () -> feedback.cancel(round.roundId(), peer.id()));
                    withdrawn.add(peer);
                    open.remove(peer);
                }
                var now = views(p);
                for (int i = 0; i < now.size(); i++) {
                    if (!java.util.Objects.equals(now.get(i), previous.get(i))) {
                        assertThat(unseen.size()).as("seed %d step %d view %d: the views changed with %d answers "
                                + "new or edited", seed, step, i, unseen.size()).isGreaterThanOrEqualTo(THRESHOLD);
                    }
                }
                if (!now.equals(previous)) {
                    assertThat(now.get(0) == null).as("the pair and the coordinators see the same batches")
                            .isEqualTo(now.get(1) == null);
                    unseen.clear();
                }
                now.stream().filter(java.util.Objects::nonNull).forEach(FeedbackAnonymityIT::roundedToOneDecimal);
                previous = now;
            }
        }
    }

    private static void roundedToOneDecimal(RoundResults results) {
        for (var value : Stream.of(results.rapport(), results.giveAndTake(), results.communication())
                .filter(java.util.Objects::nonNull).toList()) {
            assertThat(value * 10).as("averages leave the service rounded").isEqualTo(Math.rint(value * 10));
        }
    }

    @Test
    void the_asker_cannot_isolate_the_last_answer_by_withdrawing_the_others() {
        var p = fixture.pair(9200L);
        var peers = fixture.peers(9200L, 5);
        var round = ask(p, peers);
        for (int i = 0; i < 3; i++) {
            answer(peers.get(i), new FeedbackAnswer(4, 4, 4, "Fine advice " + i, false));
        }
        var revealed = views(p);
        assertThat(revealed.get(0).answers()).isEqualTo(3);
        fixture.as(p.mentee(), () -> feedback.cancel(round.roundId(), peers.get(3).id()));
        answer(peers.get(4), new FeedbackAnswer(1, 1, 1, "The only words of the last colleague", false));
        assertThat(views(p)).as("the last answer alone is never published").isEqualTo(revealed);
        answer(peers.get(4), new FeedbackAnswer(2, 2, 2, "Changed my mind", false));
        assertThat(views(p)).as("nor is an edit of it").isEqualTo(revealed);
        var pairView = fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0));
        assertThat(pairView.toString()).doesNotContain("last colleague").doesNotContain("Changed my mind");
    }

    @Test
    void edits_after_the_reveal_show_only_together_with_enough_others() {
        var p = fixture.pair(9300L);
        var peers = fixture.peers(9300L, 3);
        ask(p, peers);
        for (int i = 0; i < 3; i++) {
            answer(peers.get(i), new FeedbackAnswer(3, 3, 3, "First thoughts " + i, false));
        }
        var revealed = views(p);
        answer(peers.get(0), new FeedbackAnswer(5, 5, 5, "Second thoughts 0", false));
        answer(peers.get(1), new FeedbackAnswer(5, 5, 5, "Second thoughts 1", false));
        answer(peers.get(0), new FeedbackAnswer(1, 1, 1, "Third thoughts 0", false));
        assertThat(views(p)).as("two peers edited: not enough to publish").isEqualTo(revealed);
        answer(peers.get(2), new FeedbackAnswer(4, 4, 4, "Second thoughts 2", false));
        var published = views(p).get(0);
        assertThat(published.rapport()).isEqualTo(3.3);
        assertThat(published.advice()).extracting(Advice::text)
                .containsExactly("Second thoughts 1", "Second thoughts 2", "Third thoughts 0");
    }

    @Test
    void lowering_the_threshold_reveals_nothing_collected_under_the_higher_one() {
        var p = fixture.pair(9400L);
        var peers = fixture.peers(9400L, 5);
        var round = ask(p, peers.subList(0, 3));
        assertThat(round.threshold()).isEqualTo(3);
        answer(peers.get(0), new FeedbackAnswer(2, 2, 2, "One", false));
        answer(peers.get(1), new FeedbackAnswer(4, 4, 4, "Two", false));
        fixture.setThreshold(p.programId(), 2);
        var stillHidden = fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0));
        assertThat(stillHidden.threshold()).isEqualTo(3);
        assertThat(stillHidden.results()).isNull();
        assertThat(fixture.as(COORDINATOR, () -> overseeing.programRounds(p.programId()).get(0)).results()).isNull();
        answer(peers.get(2), new FeedbackAnswer(3, 3, 3, "Three", false));
        assertThat(fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0)).results().answers()).isEqualTo(3);

        var later = fixture.as(p.mentor(), () -> feedback.ask(new AskDraft(p.id(),
                Set.of(peers.get(3).id(), peers.get(4).id()), null, null)));
        assertThat(later.threshold()).as("a round asked after the change").isEqualTo(2);
    }

    @Test
    void coordinators_see_names_only_in_rounds_asked_after_the_setting_was_turned_on() {
        var p = fixture.pair(9500L);
        var peers = fixture.peers(9500L, 6);
        ask(p, peers.subList(0, 3));
        fixture.as(COORDINATOR, () -> {
            var s = overseeing.settings(p.programId());
            return overseeing.updateSettings(new FeedbackSettings(p.programId(), true, s.version()));
        });
        for (var peer : peers.subList(0, 3)) {
            answer(peer, new FeedbackAnswer(3, 3, 3, "Before " + peer.name(), false));
        }
        var before = fixture.as(COORDINATOR, () -> overseeing.programRounds(p.programId()).get(0));
        assertThat(before.answeredBy()).isEmpty();
        assertThat(before.results().advice()).extracting(Advice::signedBy).containsOnlyNulls();
        var asPeer = fixture.as(peers.get(0).email(), () -> peerSide.request(peerSide.inbox().get(0).requestId()));
        assertThat(asPeer.coordinatorsSeeName()).isFalse();

        fixture.as(p.mentor(), () -> feedback.ask(new AskDraft(p.id(),
                peers.subList(3, 6).stream().map(Peer::id).collect(Collectors.toSet()), null, null)));
        var promised = fixture.as(peers.get(3).email(), () -> peerSide.request(peerSide.inbox().get(0).requestId()));
        assertThat(promised.coordinatorsSeeName()).as("the peer is told before answering").isTrue();
        Map<String, String> adviceBy = new HashMap<>();
        for (var peer : peers.subList(3, 6)) {
            answer(peer, new FeedbackAnswer(3, 3, 3, "After " + peer.name(), false));
            adviceBy.put("After " + peer.name(), peer.name());
        }
        var after = fixture.as(COORDINATOR, () -> overseeing.programRounds(p.programId()).get(0));
        assertThat(after.answeredBy()).hasSize(3);
        assertThat(after.results().advice()).allSatisfy(a -> assertThat(a.signedBy()).isEqualTo(adviceBy.get(a.text())));
        var pairSees = fixture.as(p.mentee(), () -> feedback.rounds(p.id()).get(0));
        assertThat(pairSees.results().advice()).extracting(Advice::signedBy).containsOnlyNulls();
    }
}
