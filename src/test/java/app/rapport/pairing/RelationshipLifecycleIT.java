package app.rapport.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.pairing.RelationshipStep.Kind;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The relationship lifecycle on MariaDB: every rule of proposing, accepting, declining, ending and completing. */
@RapportSpringTest
class RelationshipLifecycleIT {

    private static final String COORDINATOR = "coordinator@rapport.test";

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired MatchingService matching;
    @Autowired JdbcTemplate jdbc;
    @Autowired app.rapport.security.AccountService accounts;

    private PairingFixture fixture;
    private long programId;

    @BeforeEach
    void aProgram() {
        fixture = new PairingFixture(programs, enrolments, directory, users, 4242L);
        programId = fixture.program.id();
        TestPeople.signIn(users, COORDINATOR);
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private RelationshipSummary accept(PairingFixture.Person who, long relationshipId) {
        TestPeople.signIn(users, who.email());
        try {
            return relationships.accept(relationshipId, relationships.get(relationshipId).version());
        } finally {
            TestPeople.signIn(users, COORDINATOR);
        }
    }

    @Test
    void a_proposal_becomes_active_when_both_sides_accept_and_every_step_is_recorded() {
        var mentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        var proposed = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        assertThat(proposed.status()).isEqualTo(RelationshipStatus.PROPOSED);
        assertThat(proposed.matchScore()).isBetween(0, 100);
        assertThat(proposed.matchReasons()).anyMatch(r -> r.startsWith("1 of 1 goal matches: negotiation"));

        var half = accept(mentee, proposed.id());
        assertThat(half.status()).isEqualTo(RelationshipStatus.PROPOSED);
        assertThat(half.menteeAcceptedAt()).isNotNull();
        assertThat(half.mentorAcceptedAt()).as("one side never answers for the other").isNull();
        var active = accept(mentor, proposed.id());
        assertThat(active.status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(active.startedAt()).isNotNull();

        var steps = relationships.history(proposed.id());
        assertThat(steps).extracting(RelationshipStep::kind)
                .containsExactly(Kind.PROPOSED, Kind.ACCEPTED, Kind.ACTIVATED);
        assertThat(steps).extracting(RelationshipStep::actorName)
                .containsExactly("Priya Natarajan", mentee.name(), mentor.name());
        assertThat(steps.get(2).from()).isEqualTo(RelationshipStatus.PROPOSED);
        assertThat(steps.get(2).to()).isEqualTo(RelationshipStatus.ACTIVE);

        var listed = programs.search(new app.rapport.program.ProgramFilter(fixture.program.name(), null),
                org.springframework.data.domain.PageRequest.of(0, 1)).get(0);
        assertThat(listed.activePairs()).isEqualTo(1);
        assertThat(listed.proposedPairs()).isZero();
        var profile = enrolments.profile(mentee.enrolmentId());
        assertThatThrownBy(() -> enrolments.remove(mentee.enrolmentId(), profile.version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("withdraw them instead");
    }

    @Test
    void declining_needs_a_reason_which_is_kept_and_shown_in_the_history() {
        var mentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        var proposed = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        TestPeople.signIn(users, mentor.email());
        assertThatThrownBy(() -> relationships.decline(proposed.id(), proposed.version(), "  "))
                .isInstanceOf(RuleViolation.class).hasMessage("Give a reason");
        assertThatThrownBy(() -> relationships.decline(proposed.id(), proposed.version(), "x".repeat(501)))
                .isInstanceOf(RuleViolation.class);
        var declined = relationships.decline(proposed.id(), proposed.version(), "<b>Too busy</b> this quarter");
        assertThat(declined.status()).isEqualTo(RelationshipStatus.DECLINED);
        assertThat(declined.closeReason()).isEqualTo("<b>Too busy</b> this quarter");
        assertThat(relationships.history(proposed.id()).get(1).reason()).isEqualTo("<b>Too busy</b> this quarter");
        TestPeople.signIn(users, COORDINATOR);
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("declined before");
        assertThat(matching.suggestions(programId, mentee.enrolmentId()))
                .filteredOn(s -> s.mentorEnrolmentId() == mentor.enrolmentId())
                .singleElement().satisfies(s -> assertThat(s.blocker()).isEqualTo("Declined before"));
    }

    @Test
    void only_the_allowed_arrows_of_the_lifecycle_can_be_taken() {
        var mentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        var proposed = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        assertThatThrownBy(() -> relationships.end(proposed.id(), proposed.version(), "why"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("proposed");
        assertThatThrownBy(() -> relationships.complete(proposed.id(), proposed.version(), null))
                .isInstanceOf(RuleViolation.class);
        accept(mentee, proposed.id());
        var active = accept(mentor, proposed.id());
        TestPeople.signIn(users, mentee.email());
        assertThatThrownBy(() -> relationships.decline(active.id(), active.version(), "late"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("active");
        assertThatThrownBy(() -> relationships.accept(active.id(), active.version()))
                .isInstanceOf(RuleViolation.class);
        TestPeople.signIn(users, COORDINATOR);
        assertThatThrownBy(() -> relationships.end(active.id(), active.version(), ""))
                .isInstanceOf(RuleViolation.class).hasMessage("Give a reason");
        var ended = relationships.end(active.id(), active.version(), "Mentor left the company");
        assertThat(ended.status()).isEqualTo(RelationshipStatus.ENDED);
        assertThatThrownBy(() -> relationships.complete(ended.id(), ended.version(), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("ended early");
        // a closed pair can be proposed again: at most one open relationship per pair, any number closed;
        // after an early end, only once the coordinator has confirmed it
        var again = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId(), true);
        assertThat(again.status()).isEqualTo(RelationshipStatus.PROPOSED);
    }

    @Test
    void a_completed_relationship_frees_the_mentor_slot() {
        var mentor = fixture.mentor(1);
        var first = fixture.mentee();
        var second = fixture.mentee();
        var r = relationships.propose(programId, mentor.enrolmentId(), first.enrolmentId());
        accept(first, r.id());
        var active = accept(mentor, r.id());
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), second.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("no free slot");
        var done = relationships.complete(active.id(), active.version(), "Goals reached");
        assertThat(done.status()).isEqualTo(RelationshipStatus.COMPLETED);
        assertThat(relationships.propose(programId, mentor.enrolmentId(), second.enrolmentId()).status())
                .isEqualTo(RelationshipStatus.PROPOSED);
    }

    @Test
    void proposals_count_against_capacity_and_one_pair_has_one_open_relationship() {
        var mentor = fixture.mentor(2);
        var a = fixture.mentee();
        var b = fixture.mentee();
        var c = fixture.mentee();
        relationships.propose(programId, mentor.enrolmentId(), a.enrolmentId());
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), a.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already have an open relationship");
        relationships.propose(programId, mentor.enrolmentId(), b.enrolmentId());
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), c.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("no free slot (2 of 2 taken)");
        assertThat(jdbc.queryForObject("select count(*) from relationship where mentor_enrolment_id = ?",
                Integer.class, mentor.enrolmentId())).isEqualTo(2);
    }

    @Test
    void the_database_refuses_a_second_open_relationship_of_a_pair_and_a_decline_without_reason() {
        var mentor = fixture.mentor(3);
        var mentee = fixture.mentee();
        var r = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        assertThatThrownBy(() -> jdbc.update("""
                insert into relationship (program_id, mentor_enrolment_id, mentee_enrolment_id, mentor_account_id,
                  mentee_account_id, mentor_name, mentee_name, status, open_pair, proposed_by, proposed_at, version)
                select program_id, mentor_enrolment_id, mentee_enrolment_id, mentor_account_id, mentee_account_id,
                  mentor_name, mentee_name, 'PROPOSED', TRUE, proposed_by, proposed_at, 0
                from relationship where id = ?""", r.id())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update relationship set status = 'DECLINED', open_pair = NULL, "
                + "closed_at = proposed_at where id = ?", r.id())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update relationship set status = 'PAUSED' where id = ?", r.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_a_mentor_from_another_program() {
        var mentor = fixture.mentor(3);
        var other = new PairingFixture(programs, enrolments, directory, users, 99L);
        var stranger = other.mentee();
        assertThatThrownBy(() -> jdbc.update("""
                insert into relationship (program_id, mentor_enrolment_id, mentee_enrolment_id, mentor_account_id,
                  mentee_account_id, mentor_name, mentee_name, status, open_pair, proposed_by, proposed_at, version)
                values (?, ?, ?, ?, ?, 'a', 'b', 'PROPOSED', TRUE, ?, CURRENT_TIMESTAMP, 0)""",
                programId, mentor.enrolmentId(), stranger.enrolmentId(), mentor.accountId(), stranger.accountId(),
                mentor.accountId())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void roles_programs_withdrawals_and_self_pairing_are_refused_with_a_clear_message() {
        var mentor = fixture.mentor(2);
        var otherMentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        assertThatThrownBy(() -> relationships.propose(programId, mentee.enrolmentId(), mentor.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not as a mentor");
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), otherMentor.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not as a mentee");
        var other = new PairingFixture(programs, enrolments, directory, users, 7L);
        var elsewhere = other.mentee();
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), elsewhere.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not enrolled in the program");
        var withdrawn = fixture.mentee();
        enrolments.withdraw(withdrawn.enrolmentId(), enrolments.profile(withdrawn.enrolmentId()).version());
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), withdrawn.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("withdrawn");
        assertThat(jdbc.queryForObject("select count(*) from relationship where program_id = ?", Integer.class,
                programId)).isZero();
    }

    @Test
    void a_hard_matching_rule_excludes_a_manual_pairing_too() {
        var mentor = fixture.mentor(2, List.of("Negotiation"), "Sales", List.of("French"));
        var mentee = fixture.mentee(List.of("Negotiation"), "Sales", List.of("English"));
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("no shared language");
    }

    @Test
    void when_pairings_are_final_a_proposal_is_active_at_once() {
        var rules = matching.rules(programId);
        matching.updateRules(new PairingRules(programId, rules.weights(), true, 1, rules.version()));
        var mentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        var r = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        assertThat(r.status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(relationships.history(r.id())).extracting(RelationshipStep::kind)
                .containsExactly(Kind.PROPOSED, Kind.ACTIVATED);
        var another = fixture.mentor(2);
        assertThatThrownBy(() -> relationships.propose(programId, another.enrolmentId(), mentee.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already has an active relationship");
    }

    @Test
    void a_mentee_may_have_one_active_relationship_unless_the_program_allows_more() {
        var first = fixture.mentor(2);
        var second = fixture.mentor(2);
        var mentee = fixture.mentee();
        var a = relationships.propose(programId, first.enrolmentId(), mentee.enrolmentId());
        var b = relationships.propose(programId, second.enrolmentId(), mentee.enrolmentId());
        accept(first, a.id());
        accept(second, b.id());
        accept(mentee, a.id());
        TestPeople.signIn(users, mentee.email());
        var stale = relationships.get(b.id());
        assertThatThrownBy(() -> relationships.accept(b.id(), stale.version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("You already have an active relationship");
        assertThat(relationships.get(b.id()).menteeAcceptedAt()).as("nothing half-saved").isNull();
        TestPeople.signIn(users, COORDINATOR);
        var rules = matching.rules(programId);
        matching.updateRules(new PairingRules(programId, rules.weights(), false, 2, rules.version()));
        assertThat(accept(mentee, b.id()).status()).isEqualTo(RelationshipStatus.ACTIVE);
    }

    @Test
    void a_stale_page_gets_a_clear_message_and_changes_nothing() {
        var mentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        var r = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        accept(mentee, r.id());
        TestPeople.signIn(users, mentor.email());
        assertThatThrownBy(() -> relationships.decline(r.id(), r.version(), "Not now"))
                .isInstanceOf(StaleEdit.class).hasMessageContaining("changed meanwhile");
        assertThat(relationships.get(r.id()).status()).isEqualTo(RelationshipStatus.PROPOSED);
    }

    @Test
    void a_closed_program_refuses_every_change() {
        var mentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        var other = fixture.mentee();
        var r = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        fixture.close();
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), other.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        TestPeople.signIn(users, mentee.email());
        assertThatThrownBy(() -> relationships.accept(r.id(), r.version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> relationships.decline(r.id(), r.version(), "No"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        TestPeople.signIn(users, COORDINATOR);
        var rules = matching.rules(programId);
        assertThatThrownBy(() -> matching.updateRules(rules)).isInstanceOf(RuleViolation.class);
        assertThat(relationships.get(r.id()).status()).isEqualTo(RelationshipStatus.PROPOSED);
    }

    @Test
    void a_coordinator_withdraws_an_unanswered_proposal_with_a_reason_kept_in_its_history_and_frees_the_slot() {
        var mentor = fixture.mentor(1);
        var mentee = fixture.mentee();
        var other = fixture.mentee();
        var r = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        assertThatThrownBy(() -> relationships.withdraw(r.id(), r.version(), "  "))
                .isInstanceOf(RuleViolation.class).hasMessage("Give a reason");

        var withdrawn = relationships.withdraw(r.id(), r.version(), "Proposed to the wrong mentor");

        assertThat(withdrawn.status()).isEqualTo(RelationshipStatus.WITHDRAWN);
        assertThat(withdrawn.closeReason()).isEqualTo("Proposed to the wrong mentor");
        assertThat(withdrawn.closedAt()).isNotNull();
        var last = relationships.history(r.id()).getLast();
        assertThat(last.kind()).isEqualTo(Kind.WITHDRAWN);
        assertThat(last.from()).isEqualTo(RelationshipStatus.PROPOSED);
        assertThat(last.to()).isEqualTo(RelationshipStatus.WITHDRAWN);
        assertThat(last.reason()).isEqualTo("Proposed to the wrong mentor");
        assertThat(last.actorName()).isEqualTo("Priya Natarajan");
        TestPeople.signIn(users, mentee.email());
        assertThat(relationships.mine()).as("no longer on the mentee's home page").isEmpty();
        TestPeople.signIn(users, COORDINATOR);
        assertThat(relationships.propose(programId, mentor.enrolmentId(), other.enrolmentId()).status())
                .as("the mentor's only slot is free again").isEqualTo(RelationshipStatus.PROPOSED);
    }

    @Test
    void a_withdrawn_pair_may_be_proposed_again_unlike_a_declined_one() {
        var mentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        var r = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        relationships.withdraw(r.id(), r.version(), "Too early; after the kick-off week");
        assertThat(relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId()).status())
                .isEqualTo(RelationshipStatus.PROPOSED);
    }

    @Test
    void a_proposal_someone_accepted_or_in_a_closed_program_cannot_be_withdrawn() {
        var mentor = fixture.mentor(3);
        var answered = relationships.propose(programId, mentor.enrolmentId(), fixture.mentee().enrolmentId());
        accept(mentor, answered.id());
        var accepted = relationships.get(answered.id());
        assertThatThrownBy(() -> relationships.withdraw(accepted.id(), accepted.version(), "Changed my mind"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("has accepted this proposal already");

        var activeMentee = fixture.mentee();
        var started = relationships.propose(programId, mentor.enrolmentId(), activeMentee.enrolmentId());
        accept(mentor, started.id());
        TestPeople.signIn(users, activeMentee.email());
        relationships.accept(started.id(), relationships.get(started.id()).version());
        TestPeople.signIn(users, COORDINATOR);
        var active = relationships.get(started.id());
        assertThatThrownBy(() -> relationships.withdraw(active.id(), active.version(), "Too late"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("active");

        var waiting = relationships.propose(programId, mentor.enrolmentId(), fixture.mentee().enrolmentId());
        fixture.close();
        assertThatThrownBy(() -> relationships.withdraw(waiting.id(), waiting.version(), "Program over"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        assertThat(jdbc.queryForObject("select count(*) from relationship where program_id = ? and status = "
                + "'WITHDRAWN'", Integer.class, programId)).isZero();
    }

    @Test
    void lowering_a_capacity_below_the_open_relationships_refuses_new_proposals_and_acceptances_clearly() {
        var mentor = fixture.mentor(2);
        var activeMentee = fixture.mentee();
        var waitingMentee = fixture.mentee();
        var r1 = relationships.propose(programId, mentor.enrolmentId(), activeMentee.enrolmentId());
        accept(mentor, r1.id());
        accept(activeMentee, r1.id());
        var r2 = relationships.propose(programId, mentor.enrolmentId(), waitingMentee.enrolmentId());
        var profile = enrolments.profile(mentor.enrolmentId());
        assertThat(enrolments.openMentees(mentor.enrolmentId()))
                .containsExactlyInAnyOrder(activeMentee.name(), waitingMentee.name());
        assertThat(enrolments.overCapacity(programId)).isEmpty();

        enrolments.changeRole(mentor.enrolmentId(), profile.version(), profile.role(), 1);

        assertThat(enrolments.overCapacity(programId)).containsExactly(mentor.enrolmentId());
        var newcomer = fixture.mentee();
        assertThatThrownBy(() -> relationships.propose(programId, mentor.enrolmentId(), newcomer.enrolmentId()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage(mentor.name() + " is over capacity (2 open relationships for 1 slot); nobody can be "
                        + "proposed to them until some end or their capacity is raised");
        assertThat(matching.suggestions(programId, newcomer.enrolmentId())).singleElement()
                .extracting(Suggestion::blocker).isEqualTo("Over capacity: 2 open relationships for 1 slot");
        accept(waitingMentee, r2.id());
        assertThatThrownBy(() -> accept(mentor, r2.id())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("You are over capacity: 2 open relationships for 1 slot");
        assertThat(relationships.get(r2.id()).status()).isEqualTo(RelationshipStatus.PROPOSED);
        assertThat(relationships.get(r1.id()).status()).as("the existing relationship continues")
                .isEqualTo(RelationshipStatus.ACTIVE);
    }

    @Test
    void a_renamed_person_is_renamed_on_their_relationships() {
        var mentor = fixture.mentor(2);
        var mentee = fixture.mentee();
        var r = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        TestPeople.signIn(users, mentee.email());
        accounts.renameMe(accounts.me().version(), "Renamed Person");
        assertThat(relationships.get(r.id()).menteeName()).isEqualTo("Renamed Person");
        assertThat(relationships.history(r.id()).get(0).actorName()).as("history keeps who acted then")
                .isEqualTo("Priya Natarajan");
    }
}
