package app.rapport.progress;

import app.rapport.feedback.AskDraft;
import app.rapport.feedback.FeedbackAnswer;
import app.rapport.feedback.FeedbackRoundService;
import app.rapport.feedback.PeerRequestService;
import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.program.ProgramSettings;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import app.rapport.workspace.CheckinDraft;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.GoalDraft;
import app.rapport.workspace.GoalService;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionFormat;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.Side;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a program's dashboard tells its coordinators, from histories written through the services
 * on a moving clock: which pairs are at risk and why (quiet beyond the stall threshold, a proposal
 * waiting more than a week, help flowing one way, a fall of health), the figures of the last 30
 * days counted to the day, the list of relationships filtered by name and status and its export in
 * the same order, and the goal lines of a relationship's progress page.
 */
@RapportSpringTest
class ProgressServiceIT {

    private static final String COORDINATOR = "coordinator@rapport.test";

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired InteractionService interactions;
    @Autowired CheckinService checkins;
    @Autowired GoalService goals;
    @Autowired ProgressService progress;
    @Autowired AccountService accounts;
    @Autowired FeedbackRoundService feedback;
    @Autowired PeerRequestService peerSide;
    @Autowired MutableClock clock;

    private long daysMoved;

    @AfterEach
    void putTheClockBack() {
        clock.advance(Duration.ofDays(-daysMoved));
        TestPeople.signOut();
    }

    /** A fresh program (stall threshold 21 days, check-ins every 14) with two people on each side. */
    private record Program(long id, Pair pair, PairingTestPrograms.Small small) {
    }

    private record Pair(long id, String mentor, String mentee, String mentorName, String menteeName) {
    }

    private Program program(long seed) {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        var small = fixtures.small(seed);
        var r = fixtures.activePair(small);
        return new Program(small.programId(), new Pair(r.id(), small.mentorEmail(), small.menteeEmail(),
                r.mentorName(), r.menteeName()), small);
    }

    /** broad with demanding, proposed by the coordinator, and accepted by both when {@code start}. */
    private Pair secondPair(Program program, boolean start) {
        var small = program.small();
        var broad = TestPeople.asAdmin(users, () -> enrolments.profile(small.broad()).email());
        var demanding = TestPeople.asAdmin(users, () -> enrolments.profile(small.demanding()).email());
        as(COORDINATOR);
        var r = relationships.propose(small.programId(), small.broad(), small.demanding());
        if (start) {
            as(broad);
            relationships.accept(r.id(), relationships.get(r.id()).version());
            as(demanding);
            relationships.accept(r.id(), relationships.get(r.id()).version());
        }
        return new Pair(r.id(), broad, demanding, r.mentorName(), r.menteeName());
    }

    @Test
    void a_pair_quiet_for_longer_than_the_stall_threshold_is_at_risk_and_not_a_day_sooner() {
        var program = program(9101L);
        var p = program.pair();
        as(p.mentee());
        log(p, today(), Side.MENTEE, null, null);
        moveDays(21);
        assertThat(atRisk(program)).as("quiet for exactly the threshold").isEmpty();
        moveDays(1);
        assertThat(atRisk(program)).singleElement().satisfies(a -> {
            assertThat(a.relationshipId()).isEqualTo(p.id());
            assertThat(a.mentorName()).isEqualTo(p.mentorName());
            assertThat(a.menteeName()).isEqualTo(p.menteeName());
            assertThat(a.status()).isEqualTo(RelationshipStatus.ACTIVE);
            assertThat(a.reasons()).containsExactly("No interaction for 22 days (stall threshold 21)");
        });
    }

    @Test
    void a_new_stall_threshold_moves_the_health_of_the_programs_pairs_without_waiting_for_the_night()
            throws InterruptedException {
        var program = program(9108L);
        var p = program.pair();
        as(p.mentee());
        log(p, today(), Side.MENTEE, Side.MENTEE, Side.MENTOR);
        moveDays(25);
        // A second meeting, logged late, projects the pair as of today: 24 days quiet, over 21.
        log(program.pair(), today().minusDays(24), Side.MENTOR, null, null);
        as(p.mentor());
        var before = progress.progress(p.id(), today().minusWeeks(4), today()).health();
        assertThat(before.reasons()).anySatisfy(r -> assertThat(r.text()).contains("stall threshold is 21"));

        as(COORDINATOR);
        var details = programs.get(program.id());
        programs.update(new ProgramSettings(details.id(), details.version(), details.name(), details.description(),
                details.startsOn(), details.endsOn(), 30, details.anonymityThreshold(), details.checkinCadenceDays()));

        as(p.mentor());
        Health after = null;
        for (int i = 0; i < 100; i++) {
            after = progress.progress(p.id(), today().minusWeeks(4), today()).health();
            if (!after.equals(before)) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(after.score()).isGreaterThan(before.score());
        assertThat(after.reasons()).noneSatisfy(r -> assertThat(r.text()).contains("stall threshold"));
    }

    @Test
    void the_peer_response_rate_counts_the_asked_peers_who_answered() {
        var program = program(9109L);
        var p = program.pair();
        var first = new TestPeople(9110L).participant(accounts, users).account();
        var second = new TestPeople(9111L).participant(accounts, users).account();
        var third = new TestPeople(9112L).participant(accounts, users).account();
        var fourth = new TestPeople(9113L).participant(accounts, users).account();
        as(COORDINATOR);
        assertThat(progress.dashboard(program.id()).peerResponseRate()).as("nobody asked yet").isNull();
        as(p.mentee());
        feedback.ask(new AskDraft(p.id(), Set.of(first.id(), second.id(), third.id(), fourth.id()), null, null));
        for (var answering : List.of(first, second)) {
            as(answering.email());
            var request = peerSide.request(peerSide.inbox().get(0).requestId());
            peerSide.answer(request.requestId(), request.version(), new FeedbackAnswer(4, 4, 5, "Keep going", false));
        }
        as(third.email());
        var declined = peerSide.request(peerSide.inbox().get(0).requestId());
        peerSide.decline(declined.requestId(), declined.version());

        as(COORDINATOR);
        assertThat(progress.dashboard(program.id()).peerResponseRate()).as("2 of 4 answered, 1 declined")
                .isEqualTo(50);
    }

    @Test
    void a_proposal_waiting_for_an_answer_for_more_than_seven_days_is_at_risk() {
        var program = program(9102L);
        var proposal = secondPair(program, false);
        moveDays(7);
        assertThat(atRisk(program)).as("a week is patience enough").isEmpty();
        moveDays(1);
        assertThat(atRisk(program)).singleElement().satisfies(a -> {
            assertThat(a.relationshipId()).isEqualTo(proposal.id());
            assertThat(a.status()).isEqualTo(RelationshipStatus.PROPOSED);
            assertThat(a.health()).isNull();
            assertThat(a.reasons()).containsExactly("Proposal waiting for an answer for 8 days");
        });
    }

    @Test
    void help_flowing_one_way_puts_a_pair_at_risk_once_four_asks_and_gives_were_recorded() {
        var program = program(9103L);
        var toMentee = program.pair();
        var toMentor = secondPair(program, true);
        as(toMentee.mentee());
        log(toMentee, today(), Side.MENTEE, Side.MENTEE, Side.MENTOR);
        log(toMentee, today(), Side.MENTEE, Side.MENTEE, null);
        as(toMentor.mentor());
        log(toMentor, today(), Side.MENTOR, Side.MENTOR, Side.MENTEE);
        log(toMentor, today(), Side.MENTOR, null, Side.MENTEE);
        assertThat(atRisk(program)).as("three asks and gives are too few to judge").isEmpty();

        as(toMentee.mentor());
        log(toMentee, today(), Side.MENTOR, null, Side.MENTOR);
        as(toMentor.mentee());
        log(toMentor, today(), Side.MENTEE, Side.MENTOR, null);
        var atRisk = atRisk(program);
        assertThat(atRisk).extracting(AtRisk::relationshipId).containsExactlyInAnyOrder(toMentee.id(), toMentor.id());
        assertThat(reasonsOf(atRisk, toMentee.id()))
                .containsExactly("One-sided give-and-take: help flows almost only to the mentee");
        assertThat(reasonsOf(atRisk, toMentor.id()))
                .containsExactly("One-sided give-and-take: help flows almost only to the mentor");
        as(COORDINATOR);
        assertThat(progress.relationships(program.id(), RowQuery.ALL, 0, 10)).allSatisfy(r -> {
            assertThat(r.oneSided()).isTrue();
            assertThat(r.mentorAsks() + r.menteeAsks() + r.mentorGives() + r.menteeGives()).isEqualTo(4);
        });

        as(toMentee.mentee());
        log(toMentee, today(), Side.MENTEE, Side.MENTOR, Side.MENTEE);
        log(toMentee, today(), Side.MENTEE, Side.MENTOR, Side.MENTEE);
        assertThat(atRisk(program)).as("help now flows back to the mentor").extracting(AtRisk::relationshipId)
                .containsExactly(toMentor.id());
    }

    @Test
    void a_fall_of_fifteen_points_or_more_in_four_weeks_puts_a_pair_at_risk() {
        var program = program(9104L);
        var p = program.pair();
        // Four good weeks: weekly meetings, help both ways, top check-ins, a goal moving.
        checkInBoth(p, 5);
        as(p.mentee());
        var goal = goals.add(p.id(), new GoalDraft("Lead a meeting", null));
        goal = goals.setProgress(goal.id(), goal.version(), 30);
        for (int week = 0; week < 4; week++) {
            as(p.mentee());
            log(p, today(), Side.MENTEE, week % 2 == 0 ? Side.MENTEE : Side.MENTOR,
                    week % 2 == 0 ? Side.MENTOR : Side.MENTEE);
            if (week == 1) {
                goal = goals.setProgress(goal.id(), goal.version(), 60);
            }
            if (week == 2) {
                checkInBoth(p, 5);
            }
            moveDays(7);
        }
        as(COORDINATOR);
        var before = row(program, p.id());
        assertThat(atRisk(program)).as("doing well").isEmpty();

        // Then four quiet weeks, rated low.
        moveDays(14);
        checkInBoth(p, 1);
        moveDays(14);
        checkInBoth(p, 1);
        as(COORDINATOR);
        var after = row(program, p.id());
        assertThat(after.healthFourWeeksAgo()).isNotNull();
        assertThat(after.healthFourWeeksAgo() - after.health()).as("health %d -> %d", before.health(), after.health())
                .isGreaterThanOrEqualTo(ProgressService.HEALTH_FALL);
        assertThat(atRisk(program)).singleElement().satisfies(a -> assertThat(a.reasons())
                .contains("Health fell from " + after.healthFourWeeksAgo() + " to " + after.health() + " in 4 weeks"));
    }

    @Test
    void the_dashboard_counts_exactly_the_interactions_of_the_last_thirty_days() {
        var program = program(9105L);
        var p = program.pair();
        var start = today();
        moveDays(40);
        as(p.mentee());
        for (int day : new int[] {1, 10, 11, 25, 40, 40}) {
            log(p, start.plusDays(day), Side.MENTEE, null, null);
        }
        checkInBoth(p, 4);
        as(COORDINATOR);
        var dashboard = progress.dashboard(program.id());
        assertThat(dashboard.computedOn()).isEqualTo(today());
        assertThat(dashboard.interactionsLast30Days()).as("days 11 to 40: the last 30 days").isEqualTo(4);
        assertThat(dashboard.relationships()).isEqualTo(1);
        assertThat(dashboard.activePairs()).isEqualTo(1);
        assertThat(dashboard.distribution()).hasSize(5);
        assertThat(dashboard.distribution().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        // One pair checking in on both sides every 14 days makes 2 x 30 / 14 check-ins a month; 2 were made.
        assertThat(dashboard.checkinRate()).isEqualTo((int) Math.round(100 * 2 / (2 * 30 / 14.0)));
        assertThat(dashboard.trend()).isNotEmpty().allSatisfy(w -> assertThat(w.relationships()).isEqualTo(1));
        assertThat(dashboard.atRisk()).isEmpty();

        moveDays(1);
        assertThat(progress.dashboard(program.id()).interactionsLast30Days())
                .as("the next day, day 11 is out of the window, though nothing was projected again").isEqualTo(3);
    }

    @Test
    void relationships_and_their_count_filter_by_name_and_status() {
        var program = program(9106L);
        var active = program.pair();
        var proposal = secondPair(program, false);
        as(COORDINATOR);
        var all = progress.relationships(program.id(), RowQuery.ALL, 0, 10);
        assertThat(all).extracting(RelationshipRow::relationshipId)
                .containsExactlyInAnyOrder(active.id(), proposal.id());
        assertThat(progress.countRelationships(program.id(), RowQuery.ALL)).isEqualTo(2);

        assertThat(ids(program, query(null, RelationshipStatus.ACTIVE))).containsExactly(active.id());
        assertThat(ids(program, query(null, RelationshipStatus.PROPOSED))).containsExactly(proposal.id());
        assertThat(ids(program, query(null, RelationshipStatus.ENDED))).isEmpty();
        assertThat(progress.countRelationships(program.id(), query(null, RelationshipStatus.ACTIVE))).isEqualTo(1);

        for (var name : List.of(active.menteeName(), active.mentorName(), proposal.menteeName())) {
            var typed = " " + name.substring(1, name.length() - 1).toUpperCase(Locale.ROOT) + " ";
            var expected = all.stream().filter(r -> contains(r.mentorName(), typed) || contains(r.menteeName(), typed))
                    .map(RelationshipRow::relationshipId).toList();
            assertThat(expected).as("the name is found at least on its own row").isNotEmpty();
            assertThat(ids(program, query(typed, null))).as(typed).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(progress.countRelationships(program.id(), query(typed, null))).isEqualTo(expected.size());
        }
        var activeMentee = query(active.menteeName(), RelationshipStatus.PROPOSED);
        assertThat(ids(program, activeMentee)).doesNotContain(active.id());
        assertThat(ids(program, query("%", null))).as("a wildcard is only a character").isEmpty();
        assertThat(progress.countRelationships(program.id(), query("nobody by this name", null))).isZero();

        var byMentor = new RowQuery(null, null, RowQuery.Sort.MENTOR, false);
        var sorted = progress.relationships(program.id(), byMentor, 0, 10);
        assertThat(sorted).extracting(RelationshipRow::mentorName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(progress.relationships(program.id(), byMentor, 1, 1)).containsExactly(sorted.get(1));
    }

    @Test
    void the_export_hands_over_the_relationships_in_the_order_of_the_list_either_way() {
        var program = program(9108L);
        secondPair(program, true);
        as(COORDINATOR);
        for (boolean descending : new boolean[] {false, true}) {
            var query = new RowQuery(null, null, RowQuery.Sort.MENTOR, descending);
            var listed = progress.relationships(program.id(), query, 0, 10);
            assertThat(listed).extracting(RelationshipRow::mentorName).doesNotHaveDuplicates()
                    .isSortedAccordingTo(descending ? String.CASE_INSENSITIVE_ORDER.reversed()
                            : String.CASE_INSENSITIVE_ORDER);
            var exported = new ArrayList<RelationshipRow>();
            progress.eachRelationship(program.id(), query, exported::add);
            assertThat(exported).as(descending ? "descending" : "ascending").containsExactlyElementsOf(listed);
        }
    }

    @Test
    void a_goal_line_has_no_value_for_the_weeks_before_the_goal_was_set() {
        var program = program(9107L);
        var p = program.pair();
        as(p.mentee());
        log(p, today(), Side.MENTEE, null, null);
        var start = today();
        moveDays(7);
        var goal = goals.add(p.id(), new GoalDraft("Speak at the all-hands", null));
        goals.setProgress(goal.id(), goal.version(), 50);
        var page = progress.progress(p.id(), start, today());
        assertThat(page.weeks()).hasSize(2);
        assertThat(page.goals()).singleElement().satisfies(g -> assertThat(g.progress())
                .containsExactly(null, 50));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private List<AtRisk> atRisk(Program program) {
        as(COORDINATOR);
        return progress.dashboard(program.id()).atRisk();
    }

    private static List<String> reasonsOf(List<AtRisk> atRisk, long relationshipId) {
        return atRisk.stream().filter(a -> a.relationshipId() == relationshipId).findFirst().orElseThrow().reasons();
    }

    private RelationshipRow row(Program program, long relationshipId) {
        return progress.relationships(program.id(), RowQuery.ALL, 0, 10).stream()
                .filter(r -> r.relationshipId() == relationshipId).findFirst().orElseThrow();
    }

    private List<Long> ids(Program program, RowQuery query) {
        return progress.relationships(program.id(), query, 0, 10).stream().map(RelationshipRow::relationshipId)
                .toList();
    }

    private static RowQuery query(String text, RelationshipStatus status) {
        return new RowQuery(text, status, RowQuery.Sort.HEALTH, false);
    }

    private static boolean contains(String name, String typed) {
        return name.toLowerCase(Locale.ROOT).contains(typed.strip().toLowerCase(Locale.ROOT));
    }

    /** Logs a 30-minute call as whoever is signed in; help asked and given by the sides named (or none). */
    private void log(Pair p, LocalDate on, Side initiatedBy, Side askedBy, Side givenBy) {
        interactions.log(p.id(), new InteractionDraft(on, 30, InteractionFormat.CALL, initiatedBy, askedBy,
                askedBy == null ? null : "A question", givenBy, givenBy == null ? null : "An answer", null));
    }

    private void checkInBoth(Pair p, int rating) {
        for (var email : List.of(p.mentor(), p.mentee())) {
            as(email);
            checkins.checkIn(p.id(), new CheckinDraft(rating, rating, rating, null, false));
        }
    }

    private void as(String email) {
        TestPeople.signIn(users, email);
    }

    private void moveDays(int days) {
        clock.advance(Duration.ofDays(days));
        daysMoved += days;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
