package app.rapport.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.security.NewAccount;
import app.rapport.security.Role;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;

/** Enrolment and profiles on MariaDB: linking and creating people, capacity, tags, filters, ownership. */
@RapportSpringTest
class EnrolmentRulesIT {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    private final TestPeople people = new TestPeople(77L);
    private ProgramDetails program;

    @BeforeEach
    void aProgram() {
        TestPeople.signIn(users, "admin@rapport.test");
        var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
        program = programs.create(new NewProgram("Enrolment " + System.nanoTime(), null, LocalDate.of(2026, 1, 1),
                null, Set.of(coordinator)));
        TestPeople.signIn(users, "coordinator@rapport.test");
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private AddedParticipant enrolNew(EnrolmentRole role, Integer capacity) {
        var name = people.name();
        return enrolments.enrol(program.id(), people.email(name), name, role, capacity);
    }

    @Test
    void a_new_person_gets_an_account_with_a_one_time_password_that_signs_in() {
        var added = enrolNew(EnrolmentRole.MENTOR, null);
        assertThat(added.oneTimePassword()).isNotBlank();
        assertThat(added.participant().capacity()).isEqualTo(2);
        var hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class,
                added.participant().accountId());
        assertThat(encoder.matches(added.oneTimePassword(), hash)).isTrue();
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class,
                added.participant().accountId())).containsExactly("PARTICIPANT");
    }

    @Test
    void an_existing_person_is_linked_without_a_password_and_gains_the_participant_role() {
        TestPeople.signIn(users, "admin@rapport.test");
        var name = people.name();
        var admin = accounts.create(new NewAccount(people.email(name), name, Set.of(Role.ADMIN), null)).account();
        TestPeople.signIn(users, "coordinator@rapport.test");
        var added = enrolments.enrol(program.id(), admin.email().toUpperCase(), null, EnrolmentRole.MENTEE, null);
        assertThat(added.oneTimePassword()).isNull();
        assertThat(added.participant().accountId()).isEqualTo(admin.id());
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class, admin.id()))
                .containsExactlyInAnyOrder("ADMIN", "PARTICIPANT");
        assertThatThrownBy(() -> enrolments.enrol(program.id(), admin.email(), null, EnrolmentRole.MENTOR, 1))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already in this program");
    }

    @Test
    void capacity_is_one_to_ten_and_only_for_mentors() {
        assertThatThrownBy(() -> enrolNew(EnrolmentRole.MENTOR, 0)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> enrolNew(EnrolmentRole.MENTOR, 11)).isInstanceOf(RuleViolation.class);
        assertThat(enrolNew(EnrolmentRole.MENTOR, 10).participant().capacity()).isEqualTo(10);
        assertThat(enrolNew(EnrolmentRole.MENTEE, 5).participant().capacity()).isNull();
    }

    @Test
    void a_missing_or_out_of_range_capacity_on_update_is_refused_and_nothing_is_saved() {
        var mentor = enrolNew(EnrolmentRole.MENTOR, 3).participant();
        for (var capacity : new Integer[] {null, 0, 11}) {
            assertThatThrownBy(() -> enrolments.changeRole(mentor.enrolmentId(), mentor.version(),
                    EnrolmentRole.MENTOR, capacity))
                    .isInstanceOf(RuleViolation.class).hasMessage("A mentor's capacity is from 1 to 10 mentees")
                    .extracting(e -> ((RuleViolation) e).field()).isEqualTo("capacity");
        }
        var stored = enrolments.profile(mentor.enrolmentId());
        assertThat(stored.capacity()).isEqualTo(3);
        assertThat(stored.version()).isEqualTo(mentor.version());
        // A mentee who becomes a mentor needs a capacity too: none is made up for them.
        var mentee = enrolNew(EnrolmentRole.MENTEE, null).participant();
        assertThatThrownBy(() -> enrolments.changeRole(mentee.enrolmentId(), mentee.version(), EnrolmentRole.MENTOR,
                null)).isInstanceOf(RuleViolation.class);
        assertThat(enrolments.profile(mentee.enrolmentId()).role()).isEqualTo(EnrolmentRole.MENTEE);
    }

    @Test
    void tags_grow_the_program_vocabulary_case_insensitively() {
        var a = enrolNew(EnrolmentRole.MENTOR, 2).participant();
        var b = enrolNew(EnrolmentRole.MENTEE, null).participant();
        enrolments.updateProfile(new ProfileUpdate(a.enrolmentId(), a.version(), List.of("Negotiation", "Hiring"),
                List.of(), "Sales", "Europe/Berlin", List.of("English"), null, null));
        var saved = enrolments.updateProfile(new ProfileUpdate(b.enrolmentId(), b.version(), List.of(),
                List.of("negotiation", "NEGOTIATION", " Public speaking "), null, null, List.of(), null, null));
        assertThat(saved.goals()).containsExactly("Negotiation", "Public speaking");
        assertThat(enrolments.suggestTags(program.id(), "NEG", 10)).containsExactly("Negotiation");
        assertThat(jdbc.queryForObject("select count(*) from program_tag where program_id = ?", Integer.class,
                program.id())).isEqualTo(3);
    }

    @Test
    void an_unknown_time_zone_or_a_stale_profile_is_refused() {
        var a = enrolNew(EnrolmentRole.MENTEE, null).participant();
        assertThatThrownBy(() -> enrolments.updateProfile(new ProfileUpdate(a.enrolmentId(), a.version(), List.of(),
                List.of(), null, "Mars/Olympus", List.of(), null, null))).isInstanceOf(RuleViolation.class);
        enrolments.updateProfile(new ProfileUpdate(a.enrolmentId(), a.version(), List.of(), List.of(), "Legal", null,
                List.of(), null, null));
        assertThatThrownBy(() -> enrolments.updateProfile(new ProfileUpdate(a.enrolmentId(), a.version(), List.of(),
                List.of(), "Finance", null, List.of(), null, null))).isInstanceOf(StaleEdit.class);
        assertThat(enrolments.profile(a.enrolmentId()).department()).isEqualTo("Legal");
    }

    @Test
    void a_participant_edits_their_own_profile_and_no_one_elses() {
        var mine = enrolments.enrol(program.id(), "peer@rapport.test", null, EnrolmentRole.MENTEE, null)
                .participant();
        var theirs = enrolNew(EnrolmentRole.MENTEE, null).participant();
        TestPeople.signIn(users, "peer@rapport.test");
        var saved = enrolments.updateProfile(new ProfileUpdate(mine.enrolmentId(), mine.version(), List.of(),
                List.of("Delegation"), "People", "Europe/Madrid", List.of("Spanish"), "Tuesdays", "Hi"));
        assertThat(saved.goals()).containsExactly("Delegation");
        assertThat(enrolments.myEnrolments()).extracting(m -> m.programName()).contains(program.name());
        assertThatThrownBy(() -> enrolments.updateProfile(new ProfileUpdate(theirs.enrolmentId(), theirs.version(),
                List.of(), List.of(), null, null, List.of(), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.profile(theirs.enrolmentId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void removing_keeps_nothing_and_withdrawing_keeps_the_enrolment() {
        var a = enrolNew(EnrolmentRole.MENTEE, null).participant();
        var b = enrolNew(EnrolmentRole.MENTEE, null).participant();
        enrolments.remove(a.enrolmentId(), a.version());
        enrolments.withdraw(b.enrolmentId(), b.version());
        assertThat(jdbc.queryForObject("select count(*) from enrolment where id = ?", Integer.class, a.enrolmentId()))
                .isZero();
        assertThat(enrolments.profile(b.enrolmentId()).status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    }

    @Test
    void the_participant_list_filters_and_pages_in_a_few_statements() {
        for (int i = 0; i < 12; i++) {
            var p = enrolNew(i % 3 == 0 ? EnrolmentRole.MENTOR : EnrolmentRole.MENTEE, i % 3 == 0 ? 2 : null)
                    .participant();
            enrolments.updateProfile(new ProfileUpdate(p.enrolmentId(), p.version(), List.of(i % 2 == 0 ? "Hiring"
                    : "Budgeting"), List.of("Coaching"), i < 6 ? "Finance" : "Design", null, List.of("English"),
                    null, null));
        }
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        var page = enrolments.search(program.id(), ParticipantFilter.none(), 0, 50, Sort.by("name"));
        assertThat(page).hasSize(12).allSatisfy(p -> assertThat(p.goals()).containsExactly("Coaching"));
        // program check, page, skills, goals, languages: no statement per row.
        assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(6);
        assertThat(enrolments.count(program.id(), new ParticipantFilter(EnrolmentRole.MENTOR, null, null, null)))
                .isEqualTo(4);
        assertThat(enrolments.count(program.id(), new ParticipantFilter(null, "HIRING", null, null))).isEqualTo(6);
        assertThat(enrolments.count(program.id(), new ParticipantFilter(null, "coaching", "finance", null)))
                .isEqualTo(6);
        var someone = page.get(3);
        assertThat(enrolments.search(program.id(), new ParticipantFilter(null, null, null,
                someone.email().substring(0, someone.email().indexOf('@')).toUpperCase()), 0, 10, Sort.unsorted()))
                .extracting(ParticipantSummary::enrolmentId).containsExactly(someone.enrolmentId());
    }

    @Test
    void a_renamed_person_shows_under_the_new_name_in_the_list() {
        var p = enrolNew(EnrolmentRole.MENTEE, null).participant();
        TestPeople.signIn(users, p.email());
        var me = accounts.me();
        accounts.renameMe(me.version(), "Zed Renamed " + p.enrolmentId());
        TestPeople.signIn(users, "coordinator@rapport.test");
        assertThat(enrolments.search(program.id(), new ParticipantFilter(null, null, null, "zed renamed"), 0, 10,
                Sort.by("name"))).extracting(ParticipantSummary::name).containsExactly("Zed Renamed " + p.enrolmentId());
    }

    @Test
    void only_the_programs_coordinators_and_admins_see_whom_a_mentor_is_paired_with_and_who_is_over_capacity() {
        var mentor = enrolNew(EnrolmentRole.MENTOR, 2).participant();
        assertThat(enrolments.openMentees(mentor.enrolmentId())).isEmpty();
        assertThat(enrolments.overCapacity(program.id())).isEmpty();
        TestPeople.signIn(users, "admin@rapport.test");
        assertThat(enrolments.openMentees(mentor.enrolmentId())).isEmpty();
        for (var outsider : List.of("mei.tanaka@rapport.test", mentor.email())) {
            TestPeople.signIn(users, outsider);
            assertThatThrownBy(() -> enrolments.openMentees(mentor.enrolmentId())).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> enrolments.overCapacity(program.id())).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
