package app.rapport.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who opens a relationship's workspace: the two parties, the program's coordinators and admins
 * (read-only); not another coordinator, a peer, another participant, or nobody signed in. And the
 * timeline carries every step of the relationship's life.
 */
@RapportSpringTest
class WorkspaceAccessIT {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired WorkspaceService workspace;
    @Autowired TimelineService timeline;

    private PairingTestPrograms.Small program;
    private long relationshipId;
    private String outsider;

    @BeforeEach
    void anActivePair() {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        program = fixtures.small(2025L);
        relationshipId = fixtures.activePair(program).id();
        outsider = TestPeople.asAdmin(users, () -> enrolments.profile(program.demanding()).email());
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    @Test
    void the_pair_coordinators_and_admins_open_it_and_nobody_else() {
        TestPeople.signIn(users, program.menteeEmail());
        assertThat(workspace.open(relationshipId).side()).isEqualTo(Side.MENTEE);
        assertThat(workspace.open(relationshipId).canWrite()).isTrue();
        TestPeople.signIn(users, program.mentorEmail());
        assertThat(workspace.open(relationshipId).side()).isEqualTo(Side.MENTOR);
        for (var reader : new String[] {"coordinator@rapport.test", "admin@rapport.test"}) {
            TestPeople.signIn(users, reader);
            var viewer = workspace.open(relationshipId);
            assertThat(viewer.isParty()).isFalse();
            assertThat(viewer.canWrite()).as(reader + " reads only").isFalse();
        }
        for (var stranger : new String[] {"mei.tanaka@rapport.test", "peer@rapport.test", outsider}) {
            TestPeople.signIn(users, stranger);
            assertThatThrownBy(() -> workspace.open(relationshipId)).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> timeline.page(relationshipId, Set.of(), 0, 10)).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestPeople.signOut();
        assertThatThrownBy(() -> workspace.open(relationshipId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_proposal_has_no_workspace_yet() {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        var other = fixtures.small(2026L);
        var proposal = fixtures.proposal(other);
        TestPeople.signIn(users, other.menteeEmail());
        assertThatThrownBy(() -> workspace.open(proposal.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_timeline_tells_each_step_of_the_relationship_with_who_did_it() {
        TestPeople.signIn(users, program.menteeEmail());
        var entries = timeline.page(relationshipId, Set.of(TimelineKind.TRANSITION), 0, 10);
        assertThat(entries).extracting(TimelineEntry::summary).hasSize(3)
                .startsWith("The relationship started").endsWith("Pairing proposed")
                .filteredOn(s -> s.endsWith("accepted the pairing")).hasSize(1);
        assertThat(entries.get(2).actorName()).isEqualTo("Priya Natarajan");
        assertThat(timeline.count(relationshipId, Set.of(TimelineKind.INTERACTION))).isZero();
    }

    @Test
    void an_ended_relationship_opens_read_only_for_the_pair() {
        TestPeople.signIn(users, "coordinator@rapport.test");
        var current = relationships.get(relationshipId);
        relationships.end(relationshipId, current.version(), "The mentor left");
        TestPeople.signIn(users, program.menteeEmail());
        var viewer = workspace.open(relationshipId);
        assertThat(viewer.isParty()).isTrue();
        assertThat(viewer.canWrite()).isFalse();
        assertThat(timeline.page(relationshipId, Set.of(TimelineKind.TRANSITION), 0, 1).get(0).summary())
                .isEqualTo("Ended early: The mentor left");
    }
}
