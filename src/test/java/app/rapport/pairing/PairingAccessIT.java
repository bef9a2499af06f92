package app.rapport.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.base.RuleViolation;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The access matrix of the pairing services: each method x each kind of caller (admin, this
 * program's coordinator, another coordinator, the mentor, the mentee, a participant outside the
 * pair, nobody signed in). "Allowed" means the call passes the guard (it may still be refused by
 * a rule of the lifecycle); "denied" means it is stopped before anything is read or changed.
 */
@RapportSpringTest
class PairingAccessIT {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired MatchingService matching;

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private enum Caller { ADMIN, COORDINATOR, OTHER_COORDINATOR, MENTOR, MENTEE, OUTSIDER, ANONYMOUS }

    private record Scene(long programId, long proposed, long active, PairingFixture.Person mentor,
            PairingFixture.Person mentee, PairingFixture.Person outsider, long freeMentor, long freeMentee) {
    }

    private Scene scene() {
        var fixture = new PairingFixture(programs, enrolments, directory, users, 555L);
        var mentor = fixture.mentor(3);
        var mentee = fixture.mentee();
        var secondMentee = fixture.mentee();
        var outsider = fixture.mentee();
        var freeMentor = fixture.mentor(2);
        TestPeople.signIn(users, "coordinator@rapport.test");
        var proposed = relationships.propose(fixture.program.id(), mentor.enrolmentId(), mentee.enrolmentId());
        var active = relationships.propose(fixture.program.id(), mentor.enrolmentId(), secondMentee.enrolmentId());
        for (var who : List.of(mentor, secondMentee)) {
            TestPeople.signIn(users, who.email());
            relationships.accept(active.id(), relationships.get(active.id()).version());
        }
        TestPeople.signOut();
        return new Scene(fixture.program.id(), proposed.id(), active.id(), mentor, mentee, outsider,
                freeMentor.enrolmentId(), outsider.enrolmentId());
    }

    private void signInAs(Caller caller, Scene s) {
        switch (caller) {
            case ADMIN -> TestPeople.signIn(users, "admin@rapport.test");
            case COORDINATOR -> TestPeople.signIn(users, "coordinator@rapport.test");
            case OTHER_COORDINATOR -> TestPeople.signIn(users, "mei.tanaka@rapport.test");
            case MENTOR -> TestPeople.signIn(users, s.mentor().email());
            case MENTEE -> TestPeople.signIn(users, s.mentee().email());
            case OUTSIDER -> TestPeople.signIn(users, s.outsider().email());
            case ANONYMOUS -> TestPeople.signOut();
        }
    }

    private static boolean denied(Runnable call) {
        try {
            call.run();
            return false;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            return true;
        } catch (RuleViolation e) {
            return false;
        }
    }

    @Test
    void every_service_method_lets_in_exactly_the_callers_it_should() {
        var s = scene();
        Map<String, Consumer<Scene>> calls = new LinkedHashMap<>();
        calls.put("get", x -> relationships.get(x.proposed()));
        calls.put("history", x -> relationships.history(x.proposed()));
        calls.put("accept", x -> relationships.accept(x.proposed(), -1));
        calls.put("decline", x -> relationships.decline(x.proposed(), -1, "no"));
        calls.put("end", x -> relationships.end(x.active(), -1, "why"));
        calls.put("complete", x -> relationships.complete(x.active(), -1, null));
        calls.put("propose", x -> relationships.propose(x.programId(), -1, -1));
        calls.put("propose again", x -> relationships.propose(x.programId(), -1, -1, true));
        calls.put("withdraw", x -> relationships.withdraw(x.proposed(), -1, "why"));
        calls.put("search", x -> relationships.search(x.programId(), RelationshipFilter.ALL, 0, 10, null));
        calls.put("count", x -> relationships.count(x.programId(), RelationshipFilter.ALL));
        calls.put("mentees", x -> matching.mentees(x.programId()));
        calls.put("suggestions", x -> matching.suggestions(x.programId(), x.freeMentee()));
        calls.put("rules", x -> matching.rules(x.programId()));
        calls.put("updateRules", x -> matching.updateRules(new PairingRules(x.programId(), MatchWeights.DEFAULT,
                false, 1, -1)));
        calls.put("preview", x -> matching.preview(x.programId(), f -> { }));
        calls.put("commit", x -> matching.commit(x.programId(), List.of()));
        calls.put("mine", x -> relationships.mine());

        var staff = List.of(Caller.ADMIN, Caller.COORDINATOR);
        var parties = List.of(Caller.MENTOR, Caller.MENTEE);
        var readers = List.of(Caller.ADMIN, Caller.COORDINATOR, Caller.MENTOR, Caller.MENTEE);
        var signedIn = List.of(Caller.ADMIN, Caller.COORDINATOR, Caller.OTHER_COORDINATOR, Caller.MENTOR,
                Caller.MENTEE, Caller.OUTSIDER);
        Map<String, List<Caller>> allowed = new LinkedHashMap<>();
        allowed.put("get", readers);
        allowed.put("history", readers);
        allowed.put("accept", parties);
        allowed.put("decline", parties);
        allowed.put("mine", signedIn);
        calls.keySet().forEach(k -> allowed.putIfAbsent(k, staff));

        var wrong = new java.util.ArrayList<String>();
        for (var call : calls.entrySet()) {
            for (var caller : Caller.values()) {
                signInAs(caller, s);
                boolean expectDenied = !allowed.get(call.getKey()).contains(caller);
                if (denied(() -> call.getValue().accept(s)) != expectDenied) {
                    wrong.add(call.getKey() + " by " + caller + (expectDenied ? " was let in" : " was refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_withdrawal_refused_to_anyone_but_the_programs_coordinators_changes_nothing() {
        var s = scene();
        for (var caller : List.of(Caller.OTHER_COORDINATOR, Caller.MENTOR, Caller.MENTEE, Caller.OUTSIDER)) {
            signInAs(caller, s);
            long version = TestPeople.asAdmin(users, () -> relationships.get(s.proposed()).version());
            assertThat(denied(() -> relationships.withdraw(s.proposed(), version, "not mine"))).as(caller.name())
                    .isTrue();
        }
        signInAs(Caller.COORDINATOR, s);
        assertThat(relationships.get(s.proposed()).status()).isEqualTo(RelationshipStatus.PROPOSED);
        var withdrawn = relationships.withdraw(s.proposed(), relationships.get(s.proposed()).version(), "Mine to undo");
        assertThat(withdrawn.status()).isEqualTo(RelationshipStatus.WITHDRAWN);
    }

    @Test
    void the_ends_of_the_matrix_change_nothing_when_refused() {
        var s = scene();
        signInAs(Caller.OUTSIDER, s);
        denied(() -> relationships.decline(s.proposed(), 0, "not mine"));
        signInAs(Caller.COORDINATOR, s);
        denied(() -> relationships.accept(s.proposed(), relationships.get(s.proposed()).version()));
        var after = relationships.get(s.proposed());
        assertThat(after.status()).isEqualTo(RelationshipStatus.PROPOSED);
        assertThat(after.mentorAcceptedAt()).isNull();
        assertThat(after.menteeAcceptedAt()).isNull();
    }
}
