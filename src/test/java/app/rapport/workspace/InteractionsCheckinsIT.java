package app.rapport.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Interactions, check-ins and the nudge on MariaDB: every rule and bad input (refused, nothing
 * saved), who reads which reflection, who may call what, the timeline, and time moved by the clock.
 */
@RapportSpringTest
class InteractionsCheckinsIT {

    private static final String COORDINATOR = "coordinator@rapport.test";
    private static final String ADMIN = "admin@rapport.test";
    private static final String OTHER_COORDINATOR = "mei.tanaka@rapport.test";

    @Autowired WorkspaceService workspace;
    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired InteractionService interactions;
    @Autowired CheckinService checkins;
    @Autowired TimelineService timeline;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    /** An active pair: the mentor, the mentee, a participant of the same program outside the pair. */
    private record Pair(long id, long programId, String mentor, String mentee, String outsider, String mentorName,
            String menteeName) {
    }

    private Pair pair(long seed) {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        var small = fixtures.small(seed);
        var r = fixtures.activePair(small);
        var outsider = TestPeople.asAdmin(users, () -> enrolments.profile(small.demanding()).email());
        return new Pair(r.id(), small.programId(), small.mentorEmail(), small.menteeEmail(), outsider,
                r.mentorName(), r.menteeName());
    }

    private void as(String email) {
        TestPeople.signIn(users, email);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private InteractionDraft walk(LocalDate day) {
        return new InteractionDraft(day, 17, InteractionFormat.WALK, Side.MENTEE, Side.MENTEE,
                "How to <b>negotiate</b> a raise", Side.MENTOR, "A script for the talk", "Private: <script>x</script>");
    }

    private static InteractionDraft with(InteractionDraft d, LocalDate date, Integer minutes, InteractionFormat format) {
        return new InteractionDraft(date, minutes, format, d.initiatedBy(), d.helpAskedBy(), d.helpAsked(),
                d.helpGivenBy(), d.helpGiven(), d.notes());
    }

    private static CheckinDraft ratings(int connection, int trust, int value, String reflection, boolean share) {
        return new CheckinDraft(connection, trust, value, reflection, share);
    }

    private long timelineCount(long relationshipId, TimelineKind kind) {
        return timeline.count(relationshipId, Set.of(kind));
    }

    @Test
    void a_logged_interaction_is_read_by_both_sides_and_the_coordinators_with_its_text_kept_literally() {
        var p = pair(501L);
        as(p.mentee());
        var logged = interactions.log(p.id(), walk(today()));
        assertThat(logged.loggedBy()).isEqualTo(Side.MENTEE);
        assertThat(logged.confirmed()).isFalse();
        for (var reader : new String[] {p.mentee(), p.mentor(), COORDINATOR, ADMIN}) {
            as(reader);
            assertThat(interactions.count(p.id())).as(reader).isEqualTo(1);
            var read = interactions.page(p.id(), 0, 10).get(0);
            assertThat(read.helpAsked()).isEqualTo("How to <b>negotiate</b> a raise");
            assertThat(read.notes()).isEqualTo("Private: <script>x</script>");
            assertThat(read.description()).isEqualTo("17-minute walk");
            assertThat(interactions.lastInteraction(p.id())).contains(today());
        }
    }

    @Test
    void interactions_are_listed_newest_first_one_page_at_a_time() {
        var p = pair(502L);
        as(p.mentee());
        var first = interactions.log(p.id(), walk(today()));
        var second = interactions.log(p.id(), with(walk(today()), today(), 45, InteractionFormat.MEETING));
        clock.advance(Duration.ofDays(2));
        try {
            var third = interactions.log(p.id(), with(walk(today()), today(), 15, InteractionFormat.SHORT_15));
            assertThat(interactions.page(p.id(), 0, 2)).extracting(Interaction::id).containsExactly(third.id(),
                    second.id());
            assertThat(interactions.page(p.id(), 2, 2)).extracting(Interaction::id).containsExactly(first.id());
            assertThat(interactions.lastInteraction(p.id())).contains(today());
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
    }

    @Test
    void a_day_that_is_already_today_or_was_the_start_day_somewhere_on_earth_is_accepted() {
        var p = pair(504L);
        as(p.mentee());
        var started = relationships.get(p.id()).startedAt();
        var kiritimati = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(14));
        var bakerIsland = LocalDate.ofInstant(started, ZoneOffset.ofHours(-12));
        interactions.log(p.id(), with(walk(today()), kiritimati, 17, InteractionFormat.WALK));
        interactions.log(p.id(), with(walk(today()), bakerIsland, 17, InteractionFormat.WALK));
        assertThat(interactions.page(p.id(), 0, 10)).extracting(Interaction::date)
                .containsExactly(kiritimati, bakerIsland);
        assertThat(kiritimati).isNotEqualTo(bakerIsland);
    }

    @Test
    void bad_interactions_are_refused_with_a_message_for_the_field_and_nothing_is_saved() {
        var p = pair(503L);
        as(p.mentee());
        var ok = walk(today());
        var bad = new LinkedHashMap<String, InteractionDraft>();
        // Days are taken by the person's own calendar, which may be anywhere from UTC-12 to UTC+14.
        var latestToday = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(14));
        var earliestStart = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(-12));
        bad.put("date:future", with(ok, latestToday.plusDays(1), 17, InteractionFormat.WALK));
        bad.put("date:before start", with(ok, earliestStart.minusDays(1), 17, InteractionFormat.WALK));
        bad.put("date:missing", with(ok, null, 17, InteractionFormat.WALK));
        bad.put("minutes:0", with(ok, today(), 0, InteractionFormat.WALK));
        bad.put("minutes:601", with(ok, today(), 601, InteractionFormat.WALK));
        bad.put("minutes:missing", with(ok, today(), null, InteractionFormat.WALK));
        bad.put("minutes:short check-in of 17 lasting 20", with(ok, today(), 20, InteractionFormat.SHORT_17));
        bad.put("format:missing", with(ok, today(), 17, null));
        bad.put("initiatedBy:missing", new InteractionDraft(today(), 17, InteractionFormat.WALK, null, null, null,
                null, null, null));
        bad.put("helpAsked:side without text", new InteractionDraft(today(), 17, InteractionFormat.WALK, Side.MENTOR,
                Side.MENTEE, "  ", null, null, null));
        bad.put("helpAskedBy:text without side", new InteractionDraft(today(), 17, InteractionFormat.WALK,
                Side.MENTOR, null, "Feedback on my CV", null, null, null));
        bad.put("helpGiven:side without text", new InteractionDraft(today(), 17, InteractionFormat.WALK, Side.MENTOR,
                null, null, Side.MENTOR, null, null));
        bad.put("helpGivenBy:text without side", new InteractionDraft(today(), 17, InteractionFormat.WALK,
                Side.MENTOR, null, null, null, "An introduction", null));
        bad.put("helpAsked:501 characters", new InteractionDraft(today(), 17, InteractionFormat.WALK, Side.MENTOR,
                Side.MENTEE, "x".repeat(501), null, null, null));
        bad.put("helpGiven:501 characters", new InteractionDraft(today(), 17, InteractionFormat.WALK, Side.MENTOR,
                null, null, Side.MENTOR, "x".repeat(501), null));
        bad.put("notes:4001 characters", new InteractionDraft(today(), 17, InteractionFormat.WALK, Side.MENTOR,
                null, null, null, null, "x".repeat(4001)));
        bad.forEach((key, draft) -> assertThatThrownBy(() -> interactions.log(p.id(), draft)).as(key)
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field())
                        .isEqualTo(key.substring(0, key.indexOf(':')))));
        assertThatThrownBy(() -> interactions.log(p.id(), bad.get("date:future"))).hasMessage(
                "The date cannot be in the future");
        assertThatThrownBy(() -> interactions.log(p.id(), bad.get("minutes:short check-in of 17 lasting 20")))
                .hasMessage("A 17-minute check-in lasts 17 minutes");
        assertThat(interactions.count(p.id())).isZero();
        assertThat(timelineCount(p.id(), TimelineKind.INTERACTION)).isZero();

        var limits = interactions.log(p.id(), new InteractionDraft(today(), 600, InteractionFormat.MEETING,
                Side.MENTOR, Side.MENTEE, "x".repeat(500), Side.MENTOR, "y".repeat(500), "z".repeat(4000)));
        assertThat(limits.notes()).hasSize(4000);
        var shortOne = interactions.log(p.id(), with(ok, today(), 10, InteractionFormat.SHORT_10));
        assertThat(shortOne.description()).isEqualTo("10-minute check-in");
    }

    @Test
    void only_the_author_edits_or_deletes_an_interaction_and_only_the_partner_confirms_it() {
        var p = pair(504L);
        as(p.mentee());
        var logged = interactions.log(p.id(), walk(today()));
        assertThatThrownBy(() -> interactions.confirm(logged.id(), logged.version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("confirms it");

        as(p.mentor());
        var changed = with(walk(today()), today(), 90, InteractionFormat.MEETING);
        assertThatThrownBy(() -> interactions.edit(logged.id(), logged.version(), changed))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interactions.delete(logged.id(), logged.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(interactions.page(p.id(), 0, 5)).containsExactly(logged);

        var confirmed = interactions.confirm(logged.id(), logged.version());
        assertThat(confirmed.confirmedAt()).isEqualTo(clock.instant());

        as(p.mentee());
        var edited = interactions.edit(confirmed.id(), confirmed.version(), changed);
        assertThat(edited.description()).isEqualTo("90-minute meeting");
        assertThat(edited.confirmed()).as("a confirmation was of the old values").isFalse();
        interactions.delete(edited.id(), edited.version());
        assertThat(interactions.count(p.id())).isZero();
        assertThat(interactions.lastInteraction(p.id())).isEmpty();
    }

    @Test
    void a_stale_edit_of_an_interaction_is_refused_and_changes_nothing() {
        var p = pair(505L);
        as(p.mentee());
        var logged = interactions.log(p.id(), walk(today()));
        var edited = interactions.edit(logged.id(), logged.version(), with(walk(today()), today(), 30,
                InteractionFormat.CALL));
        assertThatThrownBy(() -> interactions.edit(logged.id(), logged.version(), walk(today())))
                .isInstanceOf(StaleEdit.class);
        assertThatThrownBy(() -> interactions.delete(logged.id(), logged.version())).isInstanceOf(StaleEdit.class);
        as(p.mentor());
        assertThatThrownBy(() -> interactions.confirm(logged.id(), logged.version())).isInstanceOf(StaleEdit.class);
        assertThat(interactions.page(p.id(), 0, 5)).containsExactly(edited);
    }

    @Test
    void the_timeline_tells_of_interactions_and_check_ins_without_notes_or_reflections() {
        var p = pair(506L);
        as(p.mentee());
        var logged = interactions.log(p.id(), walk(today()));
        var entry = timeline.page(p.id(), Set.of(TimelineKind.INTERACTION), 0, 10).get(0);
        assertThat(entry.summary()).isEqualTo("17-minute walk, started by " + p.menteeName() + "; " + p.menteeName()
                + " asked for help; " + p.mentorName() + " gave help");
        assertThat(entry.at()).isEqualTo(today().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        assertThat(entry.actorName()).isEqualTo(p.menteeName());

        var edited = interactions.edit(logged.id(), logged.version(), new InteractionDraft(today(), 60,
                InteractionFormat.VIDEO_CALL, Side.MENTOR, null, null, null, null, "Secret notes"));
        assertThat(timeline.page(p.id(), Set.of(TimelineKind.INTERACTION), 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("60-minute video call, started by "
                        + p.mentorName()));

        checkins.checkIn(p.id(), ratings(4, 5, 3, "My private reflection", false));
        assertThat(timeline.page(p.id(), Set.of(TimelineKind.CHECKIN), 0, 10)).singleElement()
                .satisfies(e -> {
                    assertThat(e.summary()).isEqualTo("Checked in: connection 4, trust 5, value 3");
                    assertThat(e.at()).isEqualTo(clock.instant());
                });
        var mine = checkins.mine(p.id()).orElseThrow();
        checkins.edit(mine.id(), mine.version(), ratings(2, 5, 3, "Changed my mind", true));
        assertThat(timeline.page(p.id(), Set.of(TimelineKind.CHECKIN), 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("Checked in: connection 2, trust 5, value 3"));
        assertThat(timeline.page(p.id(), Set.of(), 0, 50)).extracting(TimelineEntry::summary)
                .noneMatch(s -> s.contains("Secret") || s.contains("reflection") || s.contains("mind")
                        || s.contains("script") || s.contains("negotiate"));

        interactions.delete(edited.id(), edited.version());
        assertThat(timelineCount(p.id(), TimelineKind.INTERACTION)).isZero();
        assertThat(timelineCount(p.id(), TimelineKind.CHECKIN)).isEqualTo(1);
    }

    @Test
    void each_side_checks_in_once_per_period_and_the_next_period_opens_after_the_cadence() {
        var p = pair(507L);
        as(p.mentee());
        var period = CheckinPeriod.of(today(), 14, today());
        assertThat(checkins.currentPeriod(p.id())).isEqualTo(period);
        assertThat(checkins.mine(p.id())).isEmpty();
        var first = checkins.checkIn(p.id(), ratings(4, 4, 4, null, false));
        assertThat(first.period()).isEqualTo(period);
        assertThatThrownBy(() -> checkins.checkIn(p.id(), ratings(5, 5, 5, null, false)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("You already checked in for " + period.label() + "; edit that one instead");
        as(p.mentor());
        checkins.checkIn(p.id(), ratings(3, 4, 5, null, false));
        clock.advance(Duration.ofDays(13));
        try {
            as(p.mentee());
            assertThatThrownBy(() -> checkins.checkIn(p.id(), ratings(5, 5, 5, null, false)))
                    .as("the last day of the period").isInstanceOf(RuleViolation.class);
            clock.advance(Duration.ofDays(1));
            assertThat(checkins.mine(p.id())).isEmpty();
            var next = checkins.checkIn(p.id(), ratings(5, 5, 5, null, false));
            assertThat(next.period().start()).isEqualTo(period.start().plusDays(14));
            assertThat(checkins.count(p.id())).isEqualTo(3);
            assertThat(checkins.page(p.id(), 0, 10).get(0).id()).isEqualTo(next.id());
        } finally {
            clock.advance(Duration.ofDays(-14));
        }
        assertThat(period.label()).contains("–");
    }

    @Test
    void bad_check_ins_are_refused_and_nothing_is_saved() {
        var p = pair(508L);
        as(p.mentee());
        var bad = Map.of("connection", ratings(0, 3, 3, null, false), "trust", ratings(3, 6, 3, null, false),
                "value", new CheckinDraft(3, 3, null, null, false), "reflection",
                ratings(3, 3, 3, "x".repeat(2001), true));
        bad.forEach((field, draft) -> assertThatThrownBy(() -> checkins.checkIn(p.id(), draft)).as(field)
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field)));
        assertThat(checkins.count(p.id())).isZero();
        assertThat(timelineCount(p.id(), TimelineKind.CHECKIN)).isZero();
        var kept = checkins.checkIn(p.id(), ratings(1, 5, 1, "<b>x</b>".repeat(250), true));
        assertThat(kept.reflection()).hasSize(2000).startsWith("<b>x</b>");
    }

    @Test
    void a_reflection_is_read_by_its_author_always_and_by_others_only_when_shared() {
        var p = pair(509L);
        as(p.mentee());
        checkins.checkIn(p.id(), ratings(4, 3, 5, "Kept to myself", false));
        as(p.mentor());
        checkins.checkIn(p.id(), ratings(5, 4, 4, "Shared with my mentee", true));
        Map<String, String[]> expected = new LinkedHashMap<>();
        // caller -> {mentee's reflection as they read it, mentor's reflection as they read it}
        expected.put(p.mentee(), new String[] {"Kept to myself", "Shared with my mentee"});
        expected.put(p.mentor(), new String[] {null, "Shared with my mentee"});
        expected.put(COORDINATOR, new String[] {null, "Shared with my mentee"});
        expected.put(ADMIN, new String[] {null, "Shared with my mentee"});
        expected.forEach((caller, reflections) -> {
            as(caller);
            var read = checkins.page(p.id(), 0, 10);
            var mentee = read.stream().filter(c -> c.side() == Side.MENTEE).findFirst().orElseThrow();
            var mentor = read.stream().filter(c -> c.side() == Side.MENTOR).findFirst().orElseThrow();
            assertThat(mentee.reflection()).as(caller).isEqualTo(reflections[0]);
            assertThat(mentor.reflection()).as(caller).isEqualTo(reflections[1]);
            assertThat(mentee.connection()).as("ratings are for everyone").isEqualTo(4);
            assertThat(mentor.value()).isEqualTo(4);
            assertThat(mentee.authorName()).isEqualTo(p.menteeName());
        });
        as(p.mentee());
        assertThat(checkins.mine(p.id()).orElseThrow().reflection()).isEqualTo("Kept to myself");
    }

    @Test
    void only_the_author_edits_a_check_in_and_a_stale_edit_is_refused() {
        var p = pair(510L);
        as(p.mentee());
        var mine = checkins.checkIn(p.id(), ratings(3, 3, 3, "First thoughts", false));
        as(p.mentor());
        assertThatThrownBy(() -> checkins.edit(mine.id(), mine.version(), ratings(1, 1, 1, null, false)))
                .isInstanceOf(AccessDeniedException.class);
        as(p.mentee());
        var edited = checkins.edit(mine.id(), mine.version(), ratings(4, 4, 4, "Second thoughts", true));
        assertThat(edited.reflectionShared()).isTrue();
        assertThatThrownBy(() -> checkins.edit(mine.id(), mine.version(), ratings(1, 1, 1, null, false)))
                .isInstanceOf(StaleEdit.class);
        assertThat(checkins.page(p.id(), 0, 5)).singleElement().satisfies(c -> {
            assertThat(c.connection()).isEqualTo(4);
            assertThat(c.reflection()).isEqualTo("Second thoughts");
        });
    }

    @Test
    void strangers_are_refused_and_coordinators_and_admins_read_but_never_write() {
        var p = pair(511L);
        as(p.mentee());
        var logged = interactions.log(p.id(), walk(today()));
        var checkin = checkins.checkIn(p.id(), ratings(3, 3, 3, null, false));
        Map<String, Runnable> reads = new LinkedHashMap<>();
        reads.put("viewer", () -> workspace.open(p.id()));
        reads.put("page", () -> interactions.page(p.id(), 0, 10));
        reads.put("count", () -> interactions.count(p.id()));
        reads.put("last", () -> interactions.lastInteraction(p.id()));
        reads.put("nudge", () -> interactions.nudge(p.id()));
        reads.put("check-ins", () -> checkins.page(p.id(), 0, 10));
        reads.put("check-in count", () -> checkins.count(p.id()));
        reads.put("period", () -> checkins.currentPeriod(p.id()));
        reads.put("mine", () -> checkins.mine(p.id()));
        Map<String, Runnable> writes = new LinkedHashMap<>();
        writes.put("log", () -> interactions.log(p.id(), walk(today())));
        writes.put("edit", () -> interactions.edit(logged.id(), logged.version(), walk(today())));
        writes.put("confirm", () -> interactions.confirm(logged.id(), logged.version()));
        writes.put("delete", () -> interactions.delete(logged.id(), logged.version()));
        writes.put("check in", () -> checkins.checkIn(p.id(), ratings(2, 2, 2, null, false)));
        writes.put("edit check-in", () -> checkins.edit(checkin.id(), checkin.version(), ratings(2, 2, 2, null,
                false)));

        for (var stranger : new String[] {OTHER_COORDINATOR, p.outsider(), null}) {
            if (stranger == null) {
                TestPeople.signOut();
            } else {
                as(stranger);
            }
            reads.forEach((name, call) -> assertThat(denied(call)).as(stranger + " " + name).isTrue());
            writes.forEach((name, call) -> assertThat(denied(call)).as(stranger + " " + name).isTrue());
        }
        for (var reader : new String[] {COORDINATOR, ADMIN}) {
            as(reader);
            reads.forEach((name, call) -> assertThat(denied(call)).as(reader + " " + name).isFalse());
            writes.forEach((name, call) -> assertThatThrownBy(call::run).as(reader + " " + name)
                    .isInstanceOf(AccessDeniedException.class));
            assertThat(workspace.open(p.id()).canWrite()).isFalse();
        }
        as(p.mentee());
        assertThat(interactions.page(p.id(), 0, 10)).containsExactly(logged);
        assertThat(checkins.page(p.id(), 0, 10)).singleElement().extracting(Checkin::version)
                .isEqualTo(checkin.version());
    }

    @Test
    void an_ended_relationship_is_read_only_and_no_longer_nudged() {
        var p = pair(512L);
        as(p.mentee());
        var logged = interactions.log(p.id(), walk(today()));
        var checkin = checkins.checkIn(p.id(), ratings(3, 3, 3, null, false));
        as(COORDINATOR);
        relationships.end(p.id(), relationships.get(p.id()).version(), "The mentor changed jobs");
        clock.advance(Duration.ofDays(60));
        try {
            as(p.mentee());
            assertThat(workspace.open(p.id()).canWrite()).isFalse();
            assertThatThrownBy(() -> interactions.log(p.id(), walk(today()))).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("read-only");
            assertThatThrownBy(() -> interactions.edit(logged.id(), logged.version(), walk(today())))
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> interactions.delete(logged.id(), logged.version()))
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> checkins.checkIn(p.id(), ratings(2, 2, 2, null, false)))
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> checkins.edit(checkin.id(), checkin.version(), ratings(2, 2, 2, null, false)))
                    .isInstanceOf(RuleViolation.class);
            as(p.mentor());
            assertThatThrownBy(() -> interactions.confirm(logged.id(), logged.version()))
                    .isInstanceOf(RuleViolation.class);
            assertThat(interactions.page(p.id(), 0, 10)).containsExactly(logged);
            assertThat(checkins.count(p.id())).isEqualTo(1);
            assertThat(interactions.nudge(p.id())).isEmpty();
        } finally {
            clock.advance(Duration.ofDays(-60));
        }
    }

    @Test
    void a_pair_that_has_not_met_for_longer_than_the_threshold_is_nudged_towards_a_different_shorter_format() {
        var p = pair(513L);
        as(p.mentee());
        interactions.log(p.id(), new InteractionDraft(today(), 60, InteractionFormat.MEETING, Side.MENTOR, null,
                null, null, null, null));
        assertThat(interactions.nudge(p.id())).isEmpty();
        long moved = 0;
        try {
            clock.advance(Duration.ofDays(21));
            moved += 21;
            assertThat(interactions.nudge(p.id())).as("21 days is the threshold, not beyond it").isEmpty();
            clock.advance(Duration.ofDays(1));
            moved += 1;
            as(COORDINATOR);
            var nudge = interactions.nudge(p.id()).orElseThrow();
            assertThat(nudge.daysSince()).isEqualTo(22);
            assertThat(nudge.thresholdDays()).isEqualTo(21);
            assertThat(nudge.message()).contains("22 days", "60-minute meeting")
                    .endsWith("try something different and shorter, like a 15-minute call or a 20-minute walk.");

            as(p.mentor());
            interactions.log(p.id(), new InteractionDraft(today(), 15, InteractionFormat.CALL, Side.MENTOR, null,
                    null, null, null, null));
            assertThat(interactions.nudge(p.id())).isEmpty();
            clock.advance(Duration.ofDays(30));
            moved += 30;
            var after = interactions.nudge(p.id()).orElseThrow();
            assertThat(after.daysSince()).isEqualTo(30);
            var suggestion = after.message().substring(after.message().indexOf("like "));
            assertThat(suggestion).isEqualTo("like a 10-minute chat or a 10-minute check-in.")
                    .doesNotContain("call");
        } finally {
            clock.advance(Duration.ofDays(-moved));
        }
    }

    @Test
    void a_pair_that_never_met_is_nudged_counting_from_the_start() {
        var p = pair(514L);
        as(p.mentor());
        try {
            clock.advance(Duration.ofDays(25));
            var nudge = interactions.nudge(p.id()).orElseThrow();
            assertThat(nudge.daysSince()).isEqualTo(25);
            assertThat(nudge.message()).contains("since the relationship started", "a 15-minute call");
            assertThat(interactions.lastInteraction(p.id())).isEmpty();
        } finally {
            clock.advance(Duration.ofDays(-25));
        }
    }

    private static boolean denied(Runnable call) {
        try {
            call.run();
            return false;
        } catch (AccessDeniedException | AuthenticationException e) {
            return true;
        }
    }
}
