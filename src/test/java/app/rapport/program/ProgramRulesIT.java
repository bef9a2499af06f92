package app.rapport.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Programs on MariaDB: creation rules, settings, the status lifecycle and read-only closed programs. */
@RapportSpringTest
class ProgramRulesIT {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;

    private final TestPeople people = new TestPeople(5L);
    private long coordinator;

    @BeforeEach
    void asAdmin() {
        TestPeople.signIn(users, "admin@rapport.test");
        coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private ProgramDetails newProgram() {
        return programs.create(new NewProgram("Rules " + System.nanoTime(), "About it", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 9, 1), Set.of(coordinator)));
    }

    @Test
    void a_new_program_is_a_draft_with_the_default_settings() {
        var p = newProgram();
        assertThat(p.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(p.stallThresholdDays()).isEqualTo(21);
        assertThat(p.anonymityThreshold()).isEqualTo(3);
        assertThat(p.checkinCadenceDays()).isEqualTo(14);
        assertThat(p.coordinators()).extracting(c -> c.email()).containsExactly("coordinator@rapport.test");
    }

    @Test
    void names_are_unique_in_any_case() {
        var p = newProgram();
        assertThatThrownBy(() -> programs.create(new NewProgram(p.name().toUpperCase(), null, LocalDate.of(2026, 1, 1),
                null, Set.of(coordinator)))).isInstanceOf(RuleViolation.class).hasMessageContaining("already exists");
    }

    @Test
    void an_end_before_the_start_is_refused() {
        assertThatThrownBy(() -> programs.create(new NewProgram("Backwards " + System.nanoTime(), null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), Set.of(coordinator))))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).field())
                        .isEqualTo("endsOn"));
    }

    @Test
    void only_coordinators_can_coordinate() {
        var participant = directory.findByEmail("mentee@rapport.test").orElseThrow().id();
        assertThatThrownBy(() -> programs.create(new NewProgram("Wrong " + System.nanoTime(), null,
                LocalDate.of(2026, 5, 1), null, Set.of(participant)))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void the_anonymity_threshold_is_at_least_two() {
        var p = newProgram();
        assertThatThrownBy(() -> programs.update(new ProgramSettings(p.id(), p.version(), p.name(), null,
                p.startsOn(), null, 21, 1, 14))).isInstanceOf(ConstraintViolationException.class);
        var saved = programs.update(new ProgramSettings(p.id(), p.version(), p.name(), "New text", p.startsOn(),
                null, 30, 4, 7));
        assertThat(saved.anonymityThreshold()).isEqualTo(4);
        assertThat(saved.stallThresholdDays()).isEqualTo(30);
    }

    @Test
    void a_stale_program_edit_is_refused() {
        var p = newProgram();
        TestPeople.signIn(users, "coordinator@rapport.test");
        programs.update(new ProgramSettings(p.id(), p.version(), p.name(), "First", p.startsOn(), null, 21, 3, 14));
        assertThatThrownBy(() -> programs.update(new ProgramSettings(p.id(), p.version(), p.name(), "Second",
                p.startsOn(), null, 21, 3, 14))).isInstanceOf(StaleEdit.class).hasMessageContaining("Reload");
        assertThat(programs.get(p.id()).description()).isEqualTo("First");
    }

    @Test
    void draft_becomes_active_then_closed_and_a_closed_program_is_read_only() {
        var p = newProgram();
        var name = people.name();
        var person = enrolments.enrol(p.id(), people.email(name), name, EnrolmentRole.MENTEE, null).participant();
        var active = programs.advance(p.id(), p.version());
        assertThat(active.status()).isEqualTo(ProgramStatus.ACTIVE);
        var closed = programs.advance(active.id(), active.version());
        assertThat(closed.status()).isEqualTo(ProgramStatus.CLOSED);
        assertThat(closed.readOnly()).isTrue();

        assertThatThrownBy(() -> programs.advance(closed.id(), closed.version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> programs.update(new ProgramSettings(closed.id(), closed.version(), closed.name(),
                "x", closed.startsOn(), null, 21, 3, 14))).isInstanceOf(RuleViolation.class);
        var other = people.name();
        assertThatThrownBy(() -> enrolments.enrol(closed.id(), people.email(other), other, EnrolmentRole.MENTEE, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> enrolments.withdraw(person.enrolmentId(), person.version()))
                .isInstanceOf(RuleViolation.class);
        assertThat(enrolments.profile(person.enrolmentId()).status()).isEqualTo(EnrolmentStatus.ACTIVE);
    }
}
