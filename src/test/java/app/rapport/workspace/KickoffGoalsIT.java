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
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Kick-off and goals on MariaDB: every rule, the timeline they write, and who may read and write. */
@RapportSpringTest
class KickoffGoalsIT {

    private static final String COORDINATOR = "coordinator@rapport.test";
    private static final String OTHER_COORDINATOR = "mei.tanaka@rapport.test";
    private static final String ADMIN = "admin@rapport.test";
    private static final String SCRIPT = "<script>alert('x')</script> & <b>bold</b>";

    @Autowired WorkspaceService workspace;
    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired KickoffService kickoffs;
    @Autowired GoalService goals;
    @Autowired TimelineService timelines;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private PairingTestPrograms.Small small;
    private long relationshipId;
    private String mentor;
    private String mentee;
    private String outsider;

    @BeforeEach
    void anActivePair() {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        small = fixtures.small(5005L);
        relationshipId = fixtures.activePair(small).id();
        mentor = small.mentorEmail();
        mentee = small.menteeEmail();
        signIn(COORDINATOR);
        outsider = enrolments.profile(small.demanding()).email();
        signIn(mentor);
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private void signIn(String email) {
        TestPeople.signIn(users, email);
    }

    private static KickoffDraft draft(Long version, String wants, Boolean seesRelationship) {
        return new KickoffDraft(version, wants, seesRelationship);
    }

    private List<String> timeline(String... kinds) {
        return jdbc.queryForList("select summary from timeline_entry where relationship_id = ? and kind in ("
                + String.join(",", List.of(kinds).stream().map(k -> "'" + k + "'").toList()) + ") order by id",
                String.class, relationshipId);
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where relationship_id = ?", Integer.class,
                relationshipId);
    }

    @Test
    void each_side_writes_its_own_kickoff_and_both_parties_and_the_staff_read_both() {
        var mine = kickoffs.write(relationshipId, draft(null, "  Learn to negotiate without fear  ", true));
        assertThat(mine.side()).isEqualTo(Side.MENTOR);
        assertThat(mine.wants()).as("surrounding blanks are trimmed").isEqualTo("Learn to negotiate without fear");
        assertThat(kickoffs.kickoffs(relationshipId).of(Side.MENTEE)).isEmpty();
        signIn(mentee);
        kickoffs.write(relationshipId, draft(null, "A quick review of my CV", false));

        for (var reader : List.of(mentor, mentee, COORDINATOR, ADMIN)) {
            signIn(reader);
            var both = kickoffs.kickoffs(relationshipId);
            assertThat(both.mentor().wants()).as(reader).isEqualTo("Learn to negotiate without fear");
            assertThat(both.mentor().seesRelationship()).isTrue();
            assertThat(both.mentee().wants()).isEqualTo("A quick review of my CV");
            assertThat(both.mentee().seesRelationship()).as("an explicit no is kept as no").isFalse();
            assertThat(both.mentee().authorName()).isEqualTo(workspace.open(relationshipId).nameOf(Side.MENTEE));
        }
        var viewer = workspace.open(relationshipId);
        assertThat(timelines.page(relationshipId, Set.of(TimelineKind.KICKOFF), 0, 10))
                .extracting(TimelineEntry::actorName)
                .containsExactlyInAnyOrder(viewer.nameOf(Side.MENTOR), viewer.nameOf(Side.MENTEE));
        assertThat(timeline("KICKOFF")).containsExactly("Wrote the kick-off", "Wrote the kick-off");
    }

    @Test
    void a_kickoff_is_edited_on_the_version_read_and_a_stale_edit_is_refused() {
        var first = kickoffs.write(relationshipId, draft(null, "Grow as a leader", true));
        clock.advance(Duration.ofDays(1));
        var second = kickoffs.write(relationshipId, draft(first.version(), "Grow as a leader and coach", true));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(second.edited()).isTrue();

        assertThatThrownBy(() -> kickoffs.write(relationshipId, draft(first.version(), "Old tab", false)))
                .isInstanceOf(StaleEdit.class).hasMessageContaining("changed meanwhile");
        assertThatThrownBy(() -> kickoffs.write(relationshipId, draft(null, "Second first one", false)))
                .as("a second 'first' kick-off of the same side").isInstanceOf(StaleEdit.class);
        assertThat(kickoffs.kickoffs(relationshipId).mentor().wants()).isEqualTo("Grow as a leader and coach");
        assertThat(rows("kickoff")).isEqualTo(1);
        assertThat(timeline("KICKOFF")).containsExactly("Updated the kick-off");
    }

    @Test
    void a_kickoff_needs_text_of_at_most_2000_characters_and_an_explicit_answer_or_nothing_is_saved() {
        assertThatThrownBy(() -> kickoffs.write(relationshipId, draft(null, "   ", true)))
                .isInstanceOf(RuleViolation.class).hasMessage("Say what you want from this relationship")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("wants");
        assertThatThrownBy(() -> kickoffs.write(relationshipId, draft(null, "x".repeat(2001), true)))
                .isInstanceOf(RuleViolation.class).hasMessage("Use at most 2,000 characters");
        assertThatThrownBy(() -> kickoffs.write(relationshipId, draft(null, "Clear goals", null)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("seesRelationship");
        assertThat(rows("kickoff")).isZero();
        assertThat(timeline("KICKOFF")).isEmpty();
        assertThat(kickoffs.write(relationshipId, draft(null, "x".repeat(2000), true)).wants()).hasSize(2000);
    }

    @Test
    void script_and_html_in_text_are_kept_literally() {
        assertThat(kickoffs.write(relationshipId, draft(null, SCRIPT, true)).wants()).isEqualTo(SCRIPT);
        var goal = goals.add(relationshipId, new GoalDraft(SCRIPT, SCRIPT));
        signIn(COORDINATOR);
        assertThat(kickoffs.kickoffs(relationshipId).mentor().wants()).isEqualTo(SCRIPT);
        assertThat(goals.goal(goal.id()).title()).isEqualTo(SCRIPT);
        assertThat(goals.goal(goal.id()).description()).isEqualTo(SCRIPT);
        assertThat(timeline("GOAL")).containsExactly("Added the goal “" + SCRIPT + "”");
    }

    @Test
    void a_goal_is_added_moved_and_completed_and_every_progress_value_is_kept_and_told() {
        var goal = goals.add(relationshipId, new GoalDraft("Negotiation", "Close a deal on my own"));
        assertThat(goal.progress()).isZero();
        assertThat(goal.status()).isEqualTo(GoalStatus.OPEN);
        clock.advance(Duration.ofDays(7));
        goal = goals.setProgress(goal.id(), goal.version(), 40);
        signIn(mentee);
        clock.advance(Duration.ofDays(7));
        goal = goals.setProgress(goal.id(), goal.version(), 60);
        var unchanged = goals.setProgress(goal.id(), goal.version(), 60);
        assertThat(unchanged.version()).as("the same value again changes nothing").isEqualTo(goal.version());
        clock.advance(Duration.ofDays(7));
        goal = goals.complete(goal.id(), goal.version());
        assertThat(goal.progress()).isEqualTo(100);
        assertThat(goal.status()).isEqualTo(GoalStatus.COMPLETED);
        assertThat(goal.completedAt()).isEqualTo(clock.instant());

        signIn(COORDINATOR);
        var history = goals.progressHistory(relationshipId);
        assertThat(history).extracting(GoalProgressPoint::progress).containsExactly(0, 40, 60, 100);
        assertThat(history).extracting(GoalProgressPoint::at).isSorted().doesNotHaveDuplicates();
        assertThat(history).extracting(GoalProgressPoint::goalTitle).containsOnly("Negotiation");
        var viewer = workspace.open(relationshipId);
        assertThat(history).extracting(GoalProgressPoint::actorName).containsExactly(viewer.nameOf(Side.MENTOR),
                viewer.nameOf(Side.MENTOR), viewer.nameOf(Side.MENTEE), viewer.nameOf(Side.MENTEE));
        assertThat(rows("goal_progress")).isEqualTo(4);
        assertThat(timeline("GOAL", "PROGRESS")).containsExactly("Added the goal “Negotiation”",
                "Negotiation: 0 % → 40 %", "Negotiation: 40 % → 60 %", "Completed the goal “Negotiation”");
    }

    @Test
    void editing_a_goal_retells_its_timeline_entry_and_keeps_its_place() {
        var goal = goals.add(relationshipId, new GoalDraft("Negotiaton", null));
        var added = clock.instant();
        clock.advance(Duration.ofDays(3));
        signIn(mentee);
        goal = goals.edit(goal.id(), goal.version(), new GoalDraft("Negotiation", "  "));
        assertThat(goal.title()).isEqualTo("Negotiation");
        assertThat(goal.description()).as("a blank description is none").isNull();
        assertThat(timeline("GOAL")).containsExactly("Added the goal “Negotiation”");
        assertThat(timelines.page(relationshipId, Set.of(TimelineKind.GOAL), 0, 10))
                .singleElement().satisfies(e -> assertThat(e.at()).isEqualTo(added));
    }

    @Test
    void a_completed_goal_can_no_longer_change() {
        var goal = goals.add(relationshipId, new GoalDraft("Public speaking", null));
        var done = goals.complete(goal.id(), goal.version());
        assertThatThrownBy(() -> goals.setProgress(done.id(), done.version(), 50))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("completed");
        assertThatThrownBy(() -> goals.edit(done.id(), done.version(), new GoalDraft("Speaking", null)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> goals.complete(done.id(), done.version())).isInstanceOf(RuleViolation.class);
        assertThat(rows("goal_progress")).isEqualTo(2);
    }

    @Test
    void progress_outside_0_to_100_and_bad_goal_text_are_refused_and_nothing_is_saved() {
        var goal = goals.add(relationshipId, new GoalDraft("Negotiation", null));
        for (int bad : new int[] {-1, 101, 1000}) {
            assertThatThrownBy(() -> goals.setProgress(goal.id(), goal.version(), bad))
                    .isInstanceOf(RuleViolation.class).hasMessage("Progress is a whole number from 0 to 100 %")
                    .extracting(e -> ((RuleViolation) e).field()).isEqualTo("progress");
        }
        assertThatThrownBy(() -> goals.add(relationshipId, new GoalDraft("  ", "Why")))
                .isInstanceOf(RuleViolation.class).hasMessage("Give the goal a title");
        assertThatThrownBy(() -> goals.add(relationshipId, new GoalDraft("t".repeat(121), null)))
                .isInstanceOf(RuleViolation.class).hasMessage("Use at most 120 characters");
        assertThatThrownBy(() -> goals.add(relationshipId, new GoalDraft("Fine", "d".repeat(1001))))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("description");
        assertThatThrownBy(() -> goals.edit(goal.id(), goal.version(), new GoalDraft("", null)))
                .isInstanceOf(RuleViolation.class);
        assertThat(goals.goal(goal.id())).isEqualTo(goal);
        assertThat(rows("goal")).isEqualTo(1);
        assertThat(rows("goal_progress")).isEqualTo(1);
        assertThat(timeline("GOAL", "PROGRESS")).hasSize(1);
    }

    @Test
    void the_database_itself_refuses_progress_outside_0_to_100_and_a_second_kickoff_of_a_side() {
        var goal = goals.add(relationshipId, new GoalDraft("Negotiation", null));
        var kickoff = kickoffs.write(relationshipId, draft(null, "Trust", true));
        assertThatThrownBy(() -> jdbc.update("update goal set progress = 101 where id = ?", goal.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update goal_progress set progress = -1 where goal_id = ?", goal.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update goal set status = 'COMPLETED' where id = ?", goal.id()))
                .as("completed needs 100 % and a time").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into kickoff (relationship_id, side, author_id, wants, "
                + "sees_relationship, written_at, updated_at, version) select relationship_id, side, author_id, "
                + "'again', true, written_at, updated_at, 0 from kickoff where id = ?", kickoff.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void when_two_people_edit_the_same_goal_the_later_save_is_stale_and_changes_nothing() {
        var read = goals.add(relationshipId, new GoalDraft("Negotiation", null));
        signIn(mentee);
        goals.setProgress(read.id(), read.version(), 30);
        signIn(mentor);
        assertThatThrownBy(() -> goals.setProgress(read.id(), read.version(), 50)).isInstanceOf(StaleEdit.class)
                .hasMessage("This goal was changed meanwhile by someone else. Reload it and make your change again.");
        assertThatThrownBy(() -> goals.edit(read.id(), read.version(), new GoalDraft("Mine", null)))
                .isInstanceOf(StaleEdit.class);
        assertThatThrownBy(() -> goals.complete(read.id(), read.version())).isInstanceOf(StaleEdit.class);
        var now = goals.goal(read.id());
        assertThat(now.progress()).isEqualTo(30);
        assertThat(now.title()).isEqualTo("Negotiation");
        assertThat(goals.progressHistory(relationshipId)).extracting(GoalProgressPoint::progress).containsExactly(0, 30);
    }

    @Test
    void the_pair_the_programs_coordinator_and_admins_read_and_nobody_else() {
        kickoffs.write(relationshipId, draft(null, "Trust", true));
        var goal = goals.add(relationshipId, new GoalDraft("Negotiation", null));
        for (var reader : List.of(mentor, mentee, COORDINATOR, ADMIN)) {
            signIn(reader);
            assertThat(kickoffs.kickoffs(relationshipId).mentor()).as(reader).isNotNull();
            assertThat(goals.goals(relationshipId)).as(reader).hasSize(1);
            assertThat(goals.goal(goal.id()).title()).isEqualTo("Negotiation");
            assertThat(goals.progressHistory(relationshipId)).hasSize(1);
        }
        signIn(mentee);
        assertThat(workspace.open(relationshipId).side()).isEqualTo(Side.MENTEE);
        assertThat(workspace.open(relationshipId).canWrite()).isTrue();
        signIn(COORDINATOR);
        assertThat(workspace.open(relationshipId).isParty()).isFalse();
        assertThat(workspace.open(relationshipId).canWrite()).isFalse();

        for (var stranger : List.of(OTHER_COORDINATOR, outsider)) {
            signIn(stranger);
            eachRead(goal.id(), read -> assertThatThrownBy(read).as(stranger).isInstanceOf(AccessDeniedException.class));
        }
        TestPeople.signOut();
        eachRead(goal.id(), read -> assertThatThrownBy(read)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    @Test
    void only_the_pair_writes_coordinators_admins_strangers_and_anonymous_are_refused() {
        var goal = goals.add(relationshipId, new GoalDraft("Negotiation", null));
        for (var reader : List.of(COORDINATOR, ADMIN, OTHER_COORDINATOR, outsider)) {
            signIn(reader);
            eachWrite(goal, write -> assertThatThrownBy(write).as(reader).isInstanceOf(AccessDeniedException.class));
        }
        TestPeople.signOut();
        eachWrite(goal, write -> assertThatThrownBy(write)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
        signIn(mentor);
        assertThat(goals.goal(goal.id())).isEqualTo(goal);
        assertThat(rows("kickoff")).isZero();
        assertThat(rows("goal_progress")).isEqualTo(1);
    }

    @Test
    void a_goal_is_reached_only_through_its_own_relationship() {
        var goal = goals.add(relationshipId, new GoalDraft("Negotiation", null));
        signIn(COORDINATOR);
        var broad = enrolments.profile(small.broad()).email();
        var other = relationships.propose(small.programId(), small.broad(), small.demanding());
        signIn(broad);
        relationships.accept(other.id(), relationships.get(other.id()).version());
        signIn(outsider);
        relationships.accept(other.id(), relationships.get(other.id()).version());
        assertThat(workspace.open(other.id()).canWrite()).as("a party of another active relationship").isTrue();
        eachWrite(goal, write -> assertThatThrownBy(write).isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(() -> goals.goal(goal.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.setProgress(Long.MAX_VALUE, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_the_coordinator_ends_the_relationship_its_workspace_is_read_only() {
        var kickoff = kickoffs.write(relationshipId, draft(null, "Trust", true));
        var goal = goals.add(relationshipId, new GoalDraft("Negotiation", null));
        signIn(COORDINATOR);
        relationships.end(relationshipId, relationships.get(relationshipId).version(), "The mentor moved away");
        for (var party : List.of(mentor, mentee)) {
            signIn(party);
            assertThat(workspace.open(relationshipId).canWrite()).isFalse();
            assertThat(goals.goals(relationshipId)).as("still readable").containsExactly(goals.goal(goal.id()));
            assertThatThrownBy(() -> kickoffs.write(relationshipId, draft(kickoff.version(), "More", true)))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> goals.add(relationshipId, new GoalDraft("More", null)))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> goals.setProgress(goal.id(), goal.version(), 50))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> goals.complete(goal.id(), goal.version())).isInstanceOf(RuleViolation.class);
        }
        assertThat(rows("goal")).isEqualTo(1);
        assertThat(rows("goal_progress")).isEqualTo(1);
    }

    private void eachRead(long goalId, Consumer<ThrowingCallable> check) {
        check.accept(() -> workspace.open(relationshipId));
        check.accept(() -> kickoffs.kickoffs(relationshipId));
        check.accept(() -> workspace.open(relationshipId));
        check.accept(() -> goals.goals(relationshipId));
        check.accept(() -> goals.goal(goalId));
        check.accept(() -> goals.progressHistory(relationshipId));
    }

    private void eachWrite(Goal goal, Consumer<ThrowingCallable> check) {
        check.accept(() -> kickoffs.write(relationshipId, draft(null, "Mine", true)));
        check.accept(() -> goals.add(relationshipId, new GoalDraft("Theirs", null)));
        check.accept(() -> goals.edit(goal.id(), goal.version(), new GoalDraft("Theirs", null)));
        check.accept(() -> goals.setProgress(goal.id(), goal.version(), 50));
        check.accept(() -> goals.complete(goal.id(), goal.version()));
    }
}
