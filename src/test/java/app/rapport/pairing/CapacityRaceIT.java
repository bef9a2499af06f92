package app.rapport.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.Race;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two acceptances racing, each in its own transaction and thread on MariaDB, released together:
 * whatever the timing, exactly one wins, the other gets a clear message, and no mentor is ever
 * over capacity nor a mentee over the program's limit.
 */
@RapportSpringTest
class CapacityRaceIT {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    @RepeatedTest(5)
    void two_mentees_racing_for_a_mentors_last_slot_never_overfill_it() throws Exception {
        var fixture = new PairingFixture(programs, enrolments, directory, users, 31L);
        var mentor = fixture.mentor(2);
        var a = fixture.mentee();
        var b = fixture.mentee();
        TestPeople.signIn(users, "coordinator@rapport.test");
        var ra = relationships.propose(fixture.program.id(), mentor.enrolmentId(), a.enrolmentId());
        var rb = relationships.propose(fixture.program.id(), mentor.enrolmentId(), b.enrolmentId());
        accept(mentor, ra.id());
        accept(mentor, rb.id());
        // The coordinator lowers the mentor's capacity to one while both proposals are open.
        TestPeople.signIn(users, "coordinator@rapport.test");
        var profile = enrolments.profile(mentor.enrolmentId());
        enrolments.changeRole(mentor.enrolmentId(), profile.version(), profile.role(), 1);

        var outcomes = Race.run(List.of(() -> accept(a, ra.id()), () -> accept(b, rb.id())));

        assertThat(outcomes).filteredOn(o -> o.equals("ACTIVE")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.contains("no free mentoring slot")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from relationship where mentor_enrolment_id = ? "
                + "and status = 'ACTIVE'", Integer.class, mentor.enrolmentId())).isEqualTo(1);
    }

    @RepeatedTest(5)
    void one_mentee_accepting_two_proposals_at_once_gets_one_relationship() throws Exception {
        var fixture = new PairingFixture(programs, enrolments, directory, users, 32L);
        var first = fixture.mentor(2);
        var second = fixture.mentor(2);
        var mentee = fixture.mentee();
        TestPeople.signIn(users, "coordinator@rapport.test");
        var r1 = relationships.propose(fixture.program.id(), first.enrolmentId(), mentee.enrolmentId());
        var r2 = relationships.propose(fixture.program.id(), second.enrolmentId(), mentee.enrolmentId());
        accept(first, r1.id());
        accept(second, r2.id());

        var outcomes = Race.run(List.of(() -> accept(mentee, r1.id()), () -> accept(mentee, r2.id())));

        assertThat(outcomes).filteredOn(o -> o.equals("ACTIVE")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.contains("already have an active relationship")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from relationship where mentee_enrolment_id = ? "
                + "and status = 'ACTIVE'", Integer.class, mentee.enrolmentId())).isEqualTo(1);
    }

    private String accept(PairingFixture.Person who, long relationshipId) {
        TestPeople.signIn(users, who.email());
        try {
            return relationships.accept(relationshipId, relationships.get(relationshipId).version()).status().name();
        } finally {
            TestPeople.signOut();
        }
    }
}
