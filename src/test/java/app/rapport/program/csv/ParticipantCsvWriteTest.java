package app.rapport.program.csv;

import static app.rapport.program.csv.ParticipantCsvFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.ParticipantRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Export, formula neutralisation and the round trip back through the reader. */
class ParticipantCsvWriteTest {

    private static String write(List<ParticipantRow> rows) {
        var out = new StringWriter();
        try {
            ParticipantCsv.write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static ParticipantRow mentee(String email, String name) {
        return new ParticipantRow(0, email, name, EnrolmentRole.MENTEE, null, List.of(), List.of(), null, null,
                List.of());
    }

    @Test
    void the_header_and_rows_are_written_with_lists_joined_by_semicolons() {
        var rows = List.of(
                new ParticipantRow(7, "lena@example.org", "Lena Fischer", EnrolmentRole.MENTOR, 3,
                        List.of("Java", "Leadership"), List.of("Public speaking"), "Research", "Europe/Berlin",
                        List.of("German", "English")),
                new ParticipantRow(8, "tom@example.org", "Tom Berg", EnrolmentRole.MENTEE, 5,
                        List.of(), List.of("Career change"), null, null, List.of()));

        assertThat(write(rows)).isEqualTo(
                "email,name,role,capacity,skills,goals,department,timezone,languages\n"
                        + "lena@example.org,Lena Fischer,mentor,3,Java;Leadership,Public speaking,Research,Europe/Berlin,"
                        + "German;English\n"
                        // A mentee's capacity is never written, even if one was set.
                        + "tom@example.org,Tom Berg,mentee,,,Career change,,,\n");
    }

    @Test
    void an_empty_list_gives_only_the_header() {
        assertThat(write(List.of())).isEqualTo(String.join(",", ParticipantCsv.HEADER) + "\n");
    }

    @Test
    void cells_are_quoted_only_when_needed() {
        var csv = write(List.of(mentee("ana@example.org", "Lopez, Ana \"Nana\""),
                mentee("bo@example.org", "Bo\nBerg")));

        assertThat(csv.lines().skip(1).toList()).containsExactly(
                "ana@example.org,\"Lopez, Ana \"\"Nana\"\"\",mentee,,,,,,",
                "bo@example.org,\"Bo",
                "Berg\",mentee,,,,,,");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe() {
        var row = new ParticipantRow(0, "-x@example.org", "=HYPERLINK(\"http://evil\")", EnrolmentRole.MENTEE, null,
                List.of("+Java", "Go"), List.of("@home"), "\tSales", "\rOps", List.of("-1"));

        var csv = write(List.of(row));

        // The CR cell is quoted, so the raw text is compared rather than split into lines.
        assertThat(csv.substring(csv.indexOf('\n') + 1))
                .isEqualTo("'-x@example.org,\"'=HYPERLINK(\"\"http://evil\"\")\",mentee,,'+Java;Go,'@home,"
                        + "'\tSales,\"'\rOps\",'-1\n");
    }

    @Test
    void text_that_only_contains_a_formula_character_later_is_left_alone() {
        var cells = write(List.of(mentee("ana@example.org", "Ana = Anna"))).lines().skip(1).findFirst().orElseThrow();

        assertThat(cells).startsWith("ana@example.org,Ana = Anna,");
    }

    @Test
    void the_formula_guard_survives_a_text_that_already_starts_with_an_apostrophe() {
        assertThat(Cells.neutralise("'=x")).isEqualTo("''=x");
        assertThat(Cells.fromFile(Cells.neutralise("'=x"))).isEqualTo("'=x");
        assertThat(Cells.neutralise("'plain")).isEqualTo("'plain");
        assertThat(Cells.fromFile("'plain")).isEqualTo("'plain");
    }

    @Test
    void the_writer_is_flushed_but_left_open() throws IOException {
        var out = new StringWriter() {
            boolean closed;

            @Override
            public void close() throws IOException {
                closed = true;
                super.close();
            }
        };

        ParticipantCsv.write(List.of(mentee("ana@example.org", "Ana")), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toString()).endsWith("ana@example.org,Ana,mentee,,,,,,\n");
    }

    @Test
    void a_written_file_reads_back_as_the_same_rows() {
        var random = new Random(7);
        var awkward = List.of("=SUM(A1)", "+49 30 1234", "-minus", "@mention", "Comma, inside", "Semi", "Quote \"q\"",
                "Line\nbreak", "Ünïcödé ✓", "'quoted'", "''=double", "plain");
        var zones = List.of("Europe/Berlin", "UTC", "America/Argentina/Buenos_Aires", "Asia/Kolkata");
        var rows = new ArrayList<ParticipantRow>();
        for (int i = 0; i < 500; i++) {
            boolean mentor = random.nextBoolean();
            rows.add(new ParticipantRow(i + 2,
                    (random.nextInt(5) == 0 ? "-" : "") + "person." + i + "@example.org",
                    pick(random, awkward) + " " + i,
                    mentor ? EnrolmentRole.MENTOR : EnrolmentRole.MENTEE,
                    mentor ? 1 + random.nextInt(10) : null,
                    tags(random, awkward, "skill"),
                    tags(random, awkward, "goal"),
                    random.nextBoolean() ? null : pick(random, awkward),
                    random.nextBoolean() ? null : pick(random, zones),
                    tags(random, List.of("German", "English", "French", "-Klingon"), "lang")));
        }

        var csv = write(rows);
        var result = parse(csv);

        assertThat(result.ok()).as("%s", result.errors()).isTrue();
        assertThat(result.rows()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                .containsExactlyElementsOf(rows);
        // Quoted line breaks push later records down: line numbers must follow the physical lines.
        var physicalLines = csv.split("\n", -1);
        for (var row : result.rows()) {
            assertThat(physicalLines[row.line() - 1]).startsWith(Cells.neutralise(row.email()) + ",");
        }
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> tags(Random random, List<String> pool, String prefix) {
        var tags = new ArrayList<String>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            // Semicolons separate the entries, so no entry may contain one; the index keeps them distinct.
            tags.add(pick(random, pool).replace(";", "") + " " + prefix + i);
        }
        return tags;
    }
}
