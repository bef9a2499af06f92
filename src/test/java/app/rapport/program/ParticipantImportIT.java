package app.rapport.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.RuleViolation;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** CSV import and export against MariaDB: preview writes nothing, import is idempotent, export round-trips. */
@RapportSpringTest
class ParticipantImportIT {

    @Autowired ProgramService programs;
    @Autowired ParticipantImport imports;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private ProgramDetails program;
    private final String tag = "i" + System.nanoTime();

    @BeforeEach
    void aProgram() {
        TestPeople.signIn(users, "admin@rapport.test");
        var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
        program = programs.create(new NewProgram("Import " + tag, null, LocalDate.of(2026, 1, 1), null,
                Set.of(coordinator)));
        TestPeople.signIn(users, "coordinator@rapport.test");
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private ImportPreview preview(String csv) throws IOException {
        return imports.preview(program.id(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), p -> { });
    }

    private int enrolled() {
        return jdbc.queryForObject("select count(*) from enrolment where program_id = ?", Integer.class, program.id());
    }

    private String file() {
        // Semicolon-separated, so lists (also ';'-separated) are quoted, as spreadsheets write them.
        return "email;name;role;capacity;skills;goals;department;timezone;languages\n"
                + "ana." + tag + "@example.org;Ana Costa;mentor;3;Negotiation;Coaching;Sales;Europe/Lisbon;\"English;Portuguese\"\n"
                + "ben." + tag + "@example.org;Ben Hale;mentee;;;negotiation;Finance;Europe/London;English\n"
                + "mentee@rapport.test;Lena Fischer;mentee;;;Hiring;Engineering;Europe/Berlin;\"English;German\"\n";
    }

    @Test
    void a_file_with_bad_rows_is_previewed_with_each_problem_and_nothing_is_written() throws IOException {
        var preview = preview("email,name,role,capacity\n"
                + "good." + tag + "@example.org,Good,mentee,\n"
                + "not-an-email,Bad,mentee,\n"
                + "c." + tag + "@example.org,Coach,coach,\n"
                + "d." + tag + "@example.org,Dee,mentor,11\n"
                + "GOOD." + tag + "@example.org,Again,mentee,\n");
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.problems()).extracting(ImportPreview.Problem::line).containsExactly(3, 4, 5, 6);
        assertThat(enrolled()).isZero();
        assertThatThrownBy(() -> imports.apply(program.id(), preview, p -> { })).isInstanceOf(RuleViolation.class);
        assertThat(enrolled()).isZero();
    }

    @Test
    void a_clean_file_imports_once_and_the_same_file_again_changes_nothing() throws IOException {
        var first = preview(file());
        assertThat(first.canImport()).isTrue();
        assertThat(first.newCount()).isEqualTo(3);
        var result = imports.apply(program.id(), first, p -> { });
        assertThat(result.created()).isEqualTo(3);
        assertThat(enrolled()).isEqualTo(3);
        // Existing account (the demo mentee) linked, not duplicated; two new accounts made.
        assertThat(jdbc.queryForObject("select count(*) from account where email like ?", Integer.class,
                "%" + tag + "%")).isEqualTo(2);
        // Tags are case-insensitive: "negotiation" reuses "Negotiation".
        assertThat(jdbc.queryForList("select name from program_tag where program_id = ? order by name", String.class,
                program.id())).containsExactly("Coaching", "Hiring", "Negotiation");

        var again = preview(file());
        assertThat(again.newCount()).isZero();
        assertThat(again.updatedCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(3);
        var before = jdbc.queryForList("select version from enrolment where program_id = ? order by id", Long.class,
                program.id());
        imports.apply(program.id(), again, p -> { });
        assertThat(jdbc.queryForList("select version from enrolment where program_id = ? order by id", Long.class,
                program.id())).isEqualTo(before);
    }

    @Test
    void a_changed_row_is_counted_and_written_as_an_update() throws IOException {
        imports.apply(program.id(), preview(file()), p -> { });
        var changed = preview(file().replace("mentor;3;", "mentor;5;"));
        assertThat(changed.problems()).isEmpty();
        assertThat(changed.updatedCount()).isEqualTo(1);
        assertThat(changed.unchangedCount()).isEqualTo(2);
        imports.apply(program.id(), changed, p -> { });
        assertThat(jdbc.queryForObject("select capacity from enrolment e join account a on a.id = e.account_id "
                + "where a.email = ?", Integer.class, "ana." + tag + "@example.org")).isEqualTo(5);
    }

    @Test
    void export_then_import_is_a_round_trip_and_neutralises_formulas() throws IOException {
        imports.apply(program.id(), preview(file().replace("Sales", "=HYPERLINK(1)")), p -> { });
        var out = new StringWriter();
        imports.export(program.id(), out);
        var csv = out.toString();
        assertThat(csv).startsWith("email,name,role,capacity,skills,goals,department,timezone,languages");
        assertThat(csv).contains("'=HYPERLINK(1)").doesNotContain(",=HYPERLINK");
        var back = preview(csv);
        assertThat(back.problems()).isEmpty();
        assertThat(back.unchangedCount()).isEqualTo(3);
        assertThat(back.newCount() + back.updatedCount()).isZero();
    }

    @Test
    void a_selection_exports_only_the_chosen_people_of_this_program() throws IOException {
        imports.apply(program.id(), preview(file()), p -> { });
        var ids = jdbc.queryForList("select e.id from enrolment e join account a on a.id = e.account_id "
                + "where e.program_id = ? and a.email in (?, ?)", Long.class, program.id(), "ana." + tag + "@example.org",
                "mentee@rapport.test");
        // Someone of another program (the demo's Daniel Okafor) selects nothing here.
        var elsewhere = jdbc.queryForObject("select e.id from enrolment e join account a on a.id = e.account_id "
                + "where e.program_id <> ? and a.email = 'mentor@rapport.test' order by e.id limit 1", Long.class,
                program.id());
        var out = new StringWriter();
        imports.export(program.id(), Set.of(ids.get(0), ids.get(1), elsewhere), out);
        var lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("ana." + tag + "@example.org,Ana Costa,mentor,3");
        assertThat(lines.get(2)).startsWith("mentee@rapport.test,Lena Fischer,mentee");
        assertThat(out.toString()).doesNotContain("ben." + tag).doesNotContain("mentor@rapport.test");
    }

    @Test
    void a_file_level_problem_is_reported_alone() throws IOException {
        var preview = preview("name,capacity\nAna,2\n");
        assertThat(preview.fileError()).contains("email").contains("role");
        assertThat(preview.canImport()).isFalse();
        var latin1 = imports.preview(program.id(), new ByteArrayInputStream(
                "email,name,role\njos\u00e9@example.org,Jos\u00e9,mentee\n".getBytes(StandardCharsets.ISO_8859_1)),
                p -> { });
        assertThat(latin1.fileError()).contains("UTF-8");
    }
}
