package app.rapport.program.csv;

import static app.rapport.program.csv.ParticipantCsvFixtures.HEADER_LINE;
import static app.rapport.program.csv.ParticipantCsvFixtures.file;
import static app.rapport.program.csv.ParticipantCsvFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.ParticipantRow;
import app.rapport.program.ProfileLimits;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The checks on each data line and the messages they give. */
class ParticipantCsvRowTest {

    private static ParseResult parseRows(String... lines) {
        return parse(file(HEADER_LINE, lines));
    }

    private static ParticipantRow onlyRow(String line) {
        var result = parseRows(line);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(1);
        return result.rows().get(0);
    }

    private static List<String> messages(String line) {
        return parseRows(line).errors().stream().map(RowError::message).toList();
    }

    private static String tags(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).collect(Collectors.joining(";"));
    }

    @Test
    void emails_are_trimmed_and_lower_cased() {
        assertThat(onlyRow("  Lena.Fischer@Example.ORG ,Lena,mentee,,,,,,").email()).isEqualTo("lena.fischer@example.org");
    }

    @Test
    void a_missing_or_invalid_email_is_an_error() {
        assertThat(messages(",Ana,mentee,,,,,,")).containsExactly("Email is missing");
        assertThat(messages("ana.example.org,Ana,mentee,,,,,,")).containsExactly("Invalid email 'ana.example.org'");
        assertThat(messages("ana@example,Ana,mentee,,,,,,")).containsExactly("Invalid email 'ana@example'");
    }

    @Test
    void the_same_email_twice_in_any_case_is_an_error_on_the_later_lines() {
        var result = parseRows(
                "ana@example.org,Ana,mentee,,,,,,",
                "bo@example.org,Bo,mentee,,,,,,",
                "ANA@Example.org,Ana again,mentor,,,,,,",
                " ana@example.ORG,Ana thrice,mentee,,,,,,");

        assertThat(result.errors()).containsExactly(
                new RowError(4, "Email ana@example.org also appears on line 2"),
                new RowError(5, "Email ana@example.org also appears on line 2"));
        assertThat(result.rows()).extracting(ParticipantRow::line).containsExactly(2, 3);
    }

    @Test
    void a_duplicate_is_reported_even_when_the_first_line_had_other_errors() {
        var result = parseRows("ana@example.org,Ana,coach,,,,,,", "ana@example.org,Ana,mentee,,,,,,");

        assertThat(result.errors()).containsExactly(
                new RowError(2, "Unknown role 'coach': use mentor or mentee"),
                new RowError(3, "Email ana@example.org also appears on line 2"));
    }

    @Test
    void the_name_is_required_and_limited() {
        var longest = "N".repeat(ProfileLimits.NAME_MAX);

        assertThat(messages("ana@example.org,  ,mentee,,,,,,")).containsExactly("Name is missing");
        assertThat(onlyRow("ana@example.org,  " + longest + " ,mentee,,,,,,").name()).isEqualTo(longest);
        assertThat(messages("ana@example.org," + longest + "x,mentee,,,,,,"))
                .containsExactly("Name is longer than 100 characters");
    }

    @Test
    void the_role_is_read_in_any_case() {
        assertThat(onlyRow("ana@example.org,Ana,MENTEE,,,,,,").role()).isEqualTo(EnrolmentRole.MENTEE);
        assertThat(onlyRow("ana@example.org,Ana, Mentor ,,,,,,").role()).isEqualTo(EnrolmentRole.MENTOR);
    }

    @Test
    void an_unknown_or_missing_role_is_an_error() {
        assertThat(messages("ana@example.org,Ana,coach,,,,,,"))
                .containsExactly("Unknown role 'coach': use mentor or mentee");
        assertThat(messages("ana@example.org,Ana,,,,,,,")).containsExactly("Role is missing: use mentor or mentee");
    }

    @Test
    void a_mentor_without_capacity_gets_the_default() {
        assertThat(onlyRow("ana@example.org,Ana,mentor,,,,,,").capacity()).isEqualTo(ProfileLimits.CAPACITY_DEFAULT);
    }

    @Test
    void a_mentor_capacity_within_the_limits_is_read() {
        assertThat(onlyRow("ana@example.org,Ana,mentor,1,,,,,").capacity()).isEqualTo(1);
        assertThat(onlyRow("ana@example.org,Ana,mentor, 10 ,,,,,").capacity()).isEqualTo(10);
    }

    @Test
    void a_capacity_out_of_range_or_not_a_whole_number_is_an_error() {
        for (var capacity : List.of("0", "11", "-1", "2.5", "two", "1e1", "99999999999", "+3")) {
            assertThat(messages("ana@example.org,Ana,mentor," + capacity + ",,,,,"))
                    .as("capacity %s", capacity)
                    .containsExactly("Capacity must be a whole number from 1 to 10");
        }
    }

    @Test
    void a_capacity_on_a_mentee_is_an_error_and_an_empty_one_is_null() {
        assertThat(messages("ana@example.org,Ana,mentee,2,,,,,")).containsExactly("Only mentors have a capacity");
        assertThat(onlyRow("ana@example.org,Ana,mentee,,,,,,").capacity()).isNull();
    }

    @Test
    void lists_are_trimmed_without_empty_entries_and_case_insensitive_repeats() {
        var row = onlyRow("ana@example.org,Ana,mentee,,\" Java ;;java; Kotlin;JAVA ; \",Speaking;speaking,,,German;german");

        assertThat(row.skills()).containsExactly("Java", "Kotlin");
        assertThat(row.goals()).containsExactly("Speaking");
        assertThat(row.languages()).containsExactly("German");
    }

    @Test
    void a_tag_that_is_too_long_is_an_error() {
        var longest = "s".repeat(ProfileLimits.TAG_MAX);
        var tooLong = "g".repeat(ProfileLimits.TAG_MAX + 1);

        assertThat(onlyRow("ana@example.org,Ana,mentee,," + longest + ",,,,").skills()).containsExactly(longest);
        assertThat(messages("ana@example.org,Ana,mentee,,,Listening;" + tooLong + ",,,"))
                .containsExactly("Goal '" + "g".repeat(40) + "…' is longer than 50 characters");
    }

    @Test
    void too_many_tags_in_a_list_is_an_error_counted_after_removing_repeats() {
        var twenty = tags("skill", ProfileLimits.TAGS_PER_LIST_MAX);

        assertThat(onlyRow("ana@example.org,Ana,mentee,,\"" + twenty + ";SKILL1\",,,,").skills()).hasSize(20);
        assertThat(messages("ana@example.org,Ana,mentee,,\"" + twenty + ";skill21\",,,,"))
                .containsExactly("Too many skills: 21, at most 20");
        assertThat(messages("ana@example.org,Ana,mentee,,,\"" + tags("goal", 25) + "\",,,"))
                .containsExactly("Too many goals: 25, at most 20");
    }

    @Test
    void languages_have_their_own_limits() {
        assertThat(messages("ana@example.org,Ana,mentee,,,,,,\"" + tags("lang", 11) + "\""))
                .containsExactly("Too many languages: 11, at most 10");
        assertThat(messages("ana@example.org,Ana,mentee,,,,,," + "l".repeat(ProfileLimits.LANGUAGE_MAX + 1)))
                .containsExactly("Language '" + "l".repeat(40) + "…' is longer than 40 characters");
        assertThat(onlyRow("ana@example.org,Ana,mentee,,,,,," + "l".repeat(ProfileLimits.LANGUAGE_MAX)).languages())
                .hasSize(1);
    }

    @Test
    void the_department_is_optional_and_limited() {
        assertThat(onlyRow("ana@example.org,Ana,mentee,,,,  ,,").department()).isNull();
        assertThat(onlyRow("ana@example.org,Ana,mentee,,,, Sales ,,").department()).isEqualTo("Sales");
        assertThat(messages("ana@example.org,Ana,mentee,,,," + "d".repeat(ProfileLimits.DEPARTMENT_MAX + 1) + ",,"))
                .containsExactly("Department is longer than 100 characters");
    }

    @Test
    void a_known_time_zone_is_read_in_its_own_spelling() {
        assertThat(onlyRow("ana@example.org,Ana,mentee,,,,,Europe/Berlin,").timezone()).isEqualTo("Europe/Berlin");
        assertThat(onlyRow("ana@example.org,Ana,mentee,,,,,UTC,").timezone()).isEqualTo("UTC");
        assertThat(onlyRow("ana@example.org,Ana,mentee,,,,,america/new_york,").timezone()).isEqualTo("America/New_York");
        assertThat(onlyRow("ana@example.org,Ana,mentee,,,,,,").timezone()).isNull();
    }

    @Test
    void an_unknown_time_zone_is_an_error() {
        for (var zone : List.of("Mars/Base", "+02:00", "GMT+2", "Berlin")) {
            assertThat(messages("ana@example.org,Ana,mentee,,,,," + zone + ","))
                    .as("zone %s", zone)
                    .containsExactly("Unknown time zone '" + zone + "': use an IANA id such as Europe/Berlin");
        }
    }

    @Test
    void too_many_cells_is_an_error() {
        var result = parse(file("email,name,role", "ana@example.org,Ana,mentee,Java"));

        assertThat(result.errors()).containsExactly(new RowError(2, "Too many cells: the first line has 3 columns "
                + "but this line has 4 (does a cell with a comma or semicolon need quotes?)"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void empty_cells_after_the_last_column_are_harmless() {
        var result = parse(file("email,name,role", "ana@example.org,Ana,mentee,,  ,"));

        assertThat(result.ok()).isTrue();
    }

    @Test
    void a_row_with_fewer_cells_than_the_header_has_the_rest_empty() {
        var row = onlyRow("ana@example.org,Ana,mentor");

        assertThat(row.capacity()).isEqualTo(2);
        assertThat(row.skills()).isEmpty();
        assertThat(row.timezone()).isNull();
    }

    @Test
    void each_problem_of_a_row_is_its_own_error_and_the_row_is_left_out() {
        var result = parseRows(
                "not-an-email,,coach,x,,,,Mars/Base,",
                "bo@example.org,Bo,mentee,,,,,,");

        assertThat(result.errors()).containsExactly(
                new RowError(2, "Invalid email 'not-an-email'"),
                new RowError(2, "Name is missing"),
                new RowError(2, "Unknown role 'coach': use mentor or mentee"),
                new RowError(2, "Capacity must be a whole number from 1 to 10"),
                new RowError(2, "Unknown time zone 'Mars/Base': use an IANA id such as Europe/Berlin"));
        assertThat(result.rows()).extracting(ParticipantRow::email).containsExactly("bo@example.org");
        assertThat(result.dataLines()).isEqualTo(2);
        assertThat(result.ok()).isFalse();
    }

    @Test
    void the_exporters_formula_guard_is_removed() {
        var row = onlyRow("'-ana@example.org,'=Ana,mentee,,'+Java;C++,'@home,'-Sales,,");

        assertThat(row.email()).isEqualTo("-ana@example.org");
        assertThat(row.name()).isEqualTo("=Ana");
        assertThat(row.skills()).containsExactly("+Java", "C++");
        assertThat(row.goals()).containsExactly("@home");
        assertThat(row.department()).isEqualTo("-Sales");
    }

    @Test
    void an_apostrophe_that_is_not_a_formula_guard_is_kept() {
        assertThat(onlyRow("ana@example.org,'Ana',mentee,,,,,,").name()).isEqualTo("'Ana'");
        assertThat(onlyRow("ana@example.org,''=Ana,mentee,,,,,,").name()).isEqualTo("'=Ana");
    }

    @Test
    void error_messages_cut_long_cell_text_short() {
        var role = "r".repeat(500);

        assertThat(messages("ana@example.org,Ana," + role + ",,,,,,"))
                .containsExactly("Unknown role '" + "r".repeat(40) + "…': use mentor or mentee");
    }
}
