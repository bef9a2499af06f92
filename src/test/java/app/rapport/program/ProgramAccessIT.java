package app.rapport.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.security.PeopleService;
import app.rapport.support.AccessExpectations;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The access matrix of the program feature: each service method against each kind of caller —
 * admin, a coordinator of this program, a coordinator of another program, a participant, nobody.
 */
@RapportSpringTest
class ProgramAccessIT {

    enum Caller { ADMIN, OWN_COORDINATOR, OTHER_COORDINATOR, PARTICIPANT, ANONYMOUS }

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired ParticipantImport imports;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;

    private final TestPeople people = new TestPeople(31L);
    private ProgramDetails program;
    private ParticipantSummary participant;

    @BeforeEach
    void aProgramCoordinatedByTheDemoCoordinator() {
        TestPeople.signIn(users, "admin@rapport.test");
        var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
        program = programs.create(new NewProgram("Access " + people.name() + " " + System.nanoTime(), null,
                LocalDate.of(2026, 1, 1), null, Set.of(coordinator)));
        var name = people.name();
        participant = enrolments.enrol(program.id(), people.email(name), name, EnrolmentRole.MENTEE, null)
                .participant();
        TestPeople.signOut();
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private void as(Caller caller) {
        switch (caller) {
            case ADMIN -> TestPeople.signIn(users, "admin@rapport.test");
            case OWN_COORDINATOR -> TestPeople.signIn(users, "coordinator@rapport.test");
            case OTHER_COORDINATOR -> TestPeople.signIn(users, "mei.tanaka@rapport.test");
            case PARTICIPANT -> TestPeople.signIn(users, "mentee@rapport.test");
            case ANONYMOUS -> TestPeople.signOut();
        }
    }

    private void expect(Caller caller, boolean allowed, Runnable call) {
        as(caller);
        AccessExpectations.expectAccess(allowed, call);
    }

    private static boolean staffOfThis(Caller c) {
        return c == Caller.ADMIN || c == Caller.OWN_COORDINATOR;
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void reading_a_program_and_its_people(Caller caller) {
        expect(caller, staffOfThis(caller), () -> programs.get(program.id()));
        expect(caller, staffOfThis(caller), () -> enrolments.search(program.id(), ParticipantFilter.none(), 0, 10,
                Sort.unsorted()));
        expect(caller, staffOfThis(caller), () -> enrolments.count(program.id(), ParticipantFilter.none()));
        expect(caller, staffOfThis(caller), () -> enrolments.departments(program.id()));
        expect(caller, staffOfThis(caller), () -> enrolments.profile(participant.enrolmentId()));
        expect(caller, staffOfThis(caller), () -> exportToString());
        expect(caller, staffOfThis(caller), () -> exportSelectionToString());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void changing_a_program(Caller caller) {
        expect(caller, staffOfThis(caller), () -> programs.update(new ProgramSettings(program.id(),
                programs_version(), program.name(), "changed", program.startsOn(), null, 20, 3, 14)));
        expect(caller, caller == Caller.ADMIN, () -> programs.setCoordinators(program.id(), programs_version(),
                Set.of(directory_coordinator())));
        expect(caller, caller == Caller.ADMIN, () -> programs.create(new NewProgram("New " + System.nanoTime(),
                null, LocalDate.of(2026, 2, 1), null, Set.of(directory_coordinator()))));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void changing_its_people(Caller caller) {
        var name = people.name();
        expect(caller, staffOfThis(caller), () -> enrolments.enrol(program.id(), people.email(name), name,
                EnrolmentRole.MENTOR, 2));
        expect(caller, staffOfThis(caller), () -> enrolments.withdraw(participant.enrolmentId(),
                current().version()));
        expect(caller, staffOfThis(caller), () -> importCsv());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void the_program_list_shows_only_what_the_caller_may_see(Caller caller) {
        as(caller);
        if (caller == Caller.PARTICIPANT || caller == Caller.ANONYMOUS) {
            assertThatThrownBy(() -> programs.search(new ProgramFilter(null, null), PageRequest.of(0, 100)))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            return;
        }
        var ids = programs.search(new ProgramFilter(null, null), PageRequest.of(0, 500)).stream()
                .map(ProgramSummary::id).toList();
        assertThat(ids.contains(program.id())).isEqualTo(staffOfThis(caller));
    }

    private long programs_version() {
        return TestPeople.asAdmin(users, () -> programs.get(program.id()).version());
    }

    private ParticipantSummary current() {
        return TestPeople.asAdmin(users, () -> enrolments.profile(participant.enrolmentId()));
    }

    private long directory_coordinator() {
        return TestPeople.asAdmin(users, () -> directory.findByEmail("coordinator@rapport.test").orElseThrow().id());
    }

    private void exportSelectionToString() {
        try {
            imports.export(program.id(), Set.of(participant.enrolmentId()), new StringWriter());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void exportToString() {
        try {
            imports.export(program.id(), new StringWriter());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void importCsv() {
        var name = people.name();
        var csv = "email,name,role\n" + people.email(name) + "," + name + ",mentee\n";
        try {
            var preview = imports.preview(program.id(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    p -> { });
            imports.apply(program.id(), preview, p -> { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
