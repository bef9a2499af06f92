package app.rapport.pairing;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.NewProgram;
import app.rapport.program.ProfileUpdate;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.TestPeople;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh program for pairing tests, coordinated by the demo coordinator, with people enrolled
 * through the services: each a {@link Person} with the email to sign in as.
 */
final class PairingFixture {

    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final UserDetailsService users;
    private final TestPeople people;
    final ProgramDetails program;

    PairingFixture(ProgramService programs, EnrolmentService enrolments, PeopleService directory,
            UserDetailsService users, long seed) {
        this.programs = programs;
        this.enrolments = enrolments;
        this.users = users;
        this.people = new TestPeople(seed);
        program = TestPeople.asAdmin(users, () -> {
            var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
            var created = programs.create(new NewProgram("Pairing " + System.nanoTime(), null,
                    LocalDate.of(2026, 1, 1), null, Set.of(coordinator)));
            return programs.advance(created.id(), created.version());
        });
    }

    record Person(long enrolmentId, long accountId, String email, String name) {
    }

    Person mentor(int capacity, List<String> skills, String department, List<String> languages) {
        return enrol(EnrolmentRole.MENTOR, capacity, skills, List.of(), department, languages);
    }

    Person mentor(int capacity) {
        return mentor(capacity, List.of("Negotiation"), "Sales", List.of("English"));
    }

    Person mentee(List<String> goals, String department, List<String> languages) {
        return enrol(EnrolmentRole.MENTEE, null, List.of(), goals, department, languages);
    }

    Person mentee() {
        return mentee(List.of("Negotiation"), "Engineering", List.of("English"));
    }

    private Person enrol(EnrolmentRole role, Integer capacity, List<String> skills, List<String> goals,
            String department, List<String> languages) {
        return TestPeople.asAdmin(users, () -> {
            var name = people.name();
            var added = enrolments.enrol(program.id(), people.email(name), name, role, capacity).participant();
            enrolments.updateProfile(new ProfileUpdate(added.enrolmentId(), added.version(), skills, goals, department,
                    "Europe/Berlin", languages, null, null));
            return new Person(added.enrolmentId(), added.accountId(), added.email(), added.name());
        });
    }

    void close() {
        TestPeople.asAdmin(users, () -> {
            var current = programs.get(program.id());
            return programs.advance(current.id(), current.version());
        });
    }
}
