package app.rapport.program.csv;

import static app.rapport.program.csv.ParticipantCsvFixtures.HEADER_LINE;
import static app.rapport.program.csv.ParticipantCsvFixtures.concat;
import static app.rapport.program.csv.ParticipantCsvFixtures.file;
import static app.rapport.program.csv.ParticipantCsvFixtures.parse;
import static app.rapport.program.csv.ParticipantCsvFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.ParticipantRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The file as a whole: size, encoding, delimiter, header, quoting, line numbers and progress. */
class ParticipantCsvReadTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void a_comma_file_is_read() {
        var result = parse(file(HEADER_LINE,
                "lena@example.org,Lena Fischer,mentor,3,Java;Leadership,Public speaking,Research,Europe/Berlin,German;English",
                "tom@example.org,Tom Berg,mentee,,Java,Career change,,,English"));

        assertThat(result.ok()).isTrue();
        assertThat(result.dataLines()).isEqualTo(2);
        assertThat(result.rows()).containsExactly(
                new ParticipantRow(2, "lena@example.org", "Lena Fischer", EnrolmentRole.MENTOR, 3,
                        List.of("Java", "Leadership"), List.of("Public speaking"), "Research", "Europe/Berlin",
                        List.of("German", "English")),
                new ParticipantRow(3, "tom@example.org", "Tom Berg", EnrolmentRole.MENTEE, null,
                        List.of("Java"), List.of("Career change"), null, null, List.of("English")));
    }

    @Test
    void a_semicolon_file_with_a_bom_is_read() {
        var text = "email;name;role;capacity;skills\r\n"
                + "lena@example.org;Fischer, Lena;Mentor;4;Java\r\n";
        var result = parse(concat(BOM, utf8(text)));

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.email()).isEqualTo("lena@example.org");
            assertThat(row.name()).isEqualTo("Fischer, Lena");
            assertThat(row.capacity()).isEqualTo(4);
            assertThat(row.skills()).containsExactly("Java");
        });
    }

    @Test
    void a_comma_file_with_a_bom_is_read_and_the_bom_does_not_hide_the_first_column() {
        var result = parse(concat(BOM, utf8(file("email,name,role", "ana@example.org,Ana,mentee"))));

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).extracting(ParticipantRow::email).containsExactly("ana@example.org");
    }

    @Test
    void the_delimiter_is_the_one_that_splits_the_first_line_into_more_column_names() {
        // Commas inside the names must not win over the semicolons of the header.
        var result = parse(file("Email;Name;Role;Department", "ana@example.org;Doe, Ana;mentee;R&D, Berlin"));

        assertThat(result.ok()).isTrue();
        assertThat(result.rows().get(0).name()).isEqualTo("Doe, Ana");
        assertThat(result.rows().get(0).department()).isEqualTo("R&D, Berlin");
    }

    @Test
    void quoted_header_names_count_when_the_delimiter_is_detected() {
        var result = parse(file("\"email\";\"name\";\"role\"", "ana@example.org;\"Ana; the second\";mentee"));

        assertThat(result.ok()).isTrue();
        assertThat(result.rows().get(0).name()).isEqualTo("Ana; the second");
    }

    @Test
    void columns_may_come_in_any_order_and_case_and_unknown_columns_are_ignored() {
        var result = parse(file(" ROLE ,Notes,Languages,E-Mail backup,eMail,  Name",
                "mentee,call her first,French,x,ana@example.org,Ana"));

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.role()).isEqualTo(EnrolmentRole.MENTEE);
            assertThat(row.email()).isEqualTo("ana@example.org");
            assertThat(row.name()).isEqualTo("Ana");
            assertThat(row.languages()).containsExactly("French");
            assertThat(row.skills()).isEmpty();
        });
    }

    @Test
    void optional_columns_may_be_left_out() {
        var result = parse(file("email,name,role", "bo@example.org,Bo,mentor"));

        assertThat(result.rows()).containsExactly(new ParticipantRow(2, "bo@example.org", "Bo", EnrolmentRole.MENTOR,
                2, List.of(), List.of(), null, null, List.of()));
    }

    @Test
    void quoted_cells_may_hold_the_delimiter_quotes_and_line_breaks() {
        var result = parse(file(HEADER_LINE,
                "ana@example.org,\"Ana \"\"Nana\"\" Lopez\",mentor,,\"Java;Go\",\"Public speaking;",
                "Negotiation, in English\",\"Sales, EMEA\",,",
                "bo@example.org,Bo,coach"));

        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.name()).isEqualTo("Ana \"Nana\" Lopez");
            assertThat(row.skills()).containsExactly("Java", "Go");
            assertThat(row.goals()).containsExactly("Public speaking", "Negotiation, in English");
            assertThat(row.department()).isEqualTo("Sales, EMEA");
        });
        // The quoted line break makes the next record start on physical line 4.
        assertThat(result.errors()).containsExactly(new RowError(4, "Unknown role 'coach': use mentor or mentee"));
    }

    @Test
    void spaces_around_quoted_cells_are_ignored() {
        var result = parse(file("email, name, role", "ana@example.org, \"Lopez, Ana\" , mentee"));

        assertThat(result.ok()).isTrue();
        assertThat(result.rows().get(0).name()).isEqualTo("Lopez, Ana");
    }

    @Test
    void crlf_and_cr_line_ends_are_read() {
        var crlf = parse("email,name,role\r\nana@example.org,Ana,mentee\r\nbo@example.org,Bo,x\r\n");
        var cr = parse("email,name,role\rana@example.org,Ana,mentee\rbo@example.org,Bo,x");

        for (var result : List.of(crlf, cr)) {
            assertThat(result.rows()).extracting(ParticipantRow::line).containsExactly(2);
            assertThat(result.errors()).extracting(RowError::line).containsExactly(3);
        }
    }

    @Test
    void blank_lines_are_skipped_and_line_numbers_stay_physical() {
        var result = parse("email,name,role\n\nana@example.org,Ana,mentee\n   \n\n"
                + "bo@example.org,Bo,coach\n\n");

        assertThat(result.dataLines()).isEqualTo(2);
        assertThat(result.rows()).extracting(ParticipantRow::line).containsExactly(3);
        assertThat(result.errors()).containsExactly(new RowError(6, "Unknown role 'coach': use mentor or mentee"));
    }

    @Test
    void blank_lines_before_the_header_are_skipped_too() {
        var result = parse("\n  \nemail;name;role\nana@example.org;Ana;mentee\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).extracting(ParticipantRow::line).containsExactly(4);
    }

    @Test
    void a_file_of_only_delimiters_is_not_a_participant_list() {
        assertThat(parse(",,,\n;;\n").fileError()).startsWith("The file does not look like a participant list");
    }

    @Test
    void rows_of_empty_cells_as_spreadsheets_write_them_are_skipped() {
        var result = parse(file(HEADER_LINE, ",,,,,,,,", "ana@example.org,Ana,mentee,,,,,,", ",,,,,,,,,,"));

        assertThat(result.ok()).isTrue();
        assertThat(result.dataLines()).isEqualTo(1);
        assertThat(result.rows()).extracting(ParticipantRow::line).containsExactly(3);
    }

    @Test
    void a_file_with_only_the_header_has_no_rows() {
        var result = parse(HEADER_LINE);

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).isEmpty();
        assertThat(result.dataLines()).isZero();
    }

    @Test
    void missing_required_columns_are_named() {
        var result = parse(file("Name,capacity,skills", "Ana,2,Java"));

        assertThat(result.fileError()).isEqualTo("Missing columns: email, role. The first line must be: "
                + "email,name,role,capacity,skills,goals,department,timezone,languages");
        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void a_header_without_either_delimiter_is_read_as_one_comma_column() {
        var result = parse(file("email", "ana@example.org"));

        assertThat(result.fileError()).startsWith("Missing columns: name, role.");
    }

    @Test
    void a_column_named_twice_is_refused() {
        var result = parse(file("email,name,role,Email", "a@example.org,A,mentee,b@example.org"));

        assertThat(result.fileError()).startsWith("The column 'email' appears twice in the first line.");
    }

    @Test
    void a_first_line_without_any_required_column_is_not_a_participant_list() {
        var result = parse(file("Vorname,Nachname,Abteilung", "Ana,Lopez,Vertrieb"));

        assertThat(result.fileError())
                .startsWith("The file does not look like a participant list")
                .contains("The first line must be: email,name,role,capacity,skills,goals,department,timezone,languages");
    }

    @Test
    void a_tab_separated_file_is_not_a_participant_list() {
        var result = parse(file("email\tname\trole", "ana@example.org\tAna\tmentee"));

        assertThat(result.fileError()).startsWith("The file does not look like a participant list");
    }

    @Test
    void an_empty_file_is_refused() {
        for (var bytes : List.of(new byte[0], BOM, utf8(" \n\r\n"))) {
            assertThat(parse(bytes).fileError())
                    .startsWith("The file is empty.")
                    .endsWith("The first line must be: " + String.join(",", ParticipantCsv.HEADER));
        }
    }

    @Test
    void a_binary_file_is_refused() {
        // The start of an .xlsx workbook, which is a zip archive.
        var workbook = new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00};

        var result = parse(workbook);

        assertThat(result.fileError()).startsWith("The file is not a CSV text file: it contains binary data");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void invalid_utf8_is_refused_with_its_line_and_byte() {
        var text = utf8("email,name,role\nana@example.org,Ana,mentee\njo@example.org,Jo");
        var broken = concat(text, new byte[] {(byte) 0xC3, 0x28}, utf8(",mentee\n"));

        var result = parse(broken);

        assertThat(result.fileError()).isEqualTo("The file is not UTF-8 encoded: line 3 contains the byte 0xC3, "
                + "which is not valid UTF-8 (often an accented letter from an older program). "
                + "Please save it as CSV UTF-8 and upload it again.");
    }

    @Test
    void a_latin1_file_is_refused_rather_than_read_with_replacement_characters() {
        var latin1 = concat(utf8("email,name,role\nrene@example.org,Ren"), new byte[] {(byte) 0xE9}, utf8(",mentee\n"));

        var result = parse(latin1);

        assertThat(result.fileError())
                .startsWith("The file is not UTF-8 encoded: line 2 contains the byte 0xE9")
                .contains("save it as CSV UTF-8");
    }

    @Test
    void a_file_cut_off_in_the_middle_of_a_character_is_refused() {
        var cut = concat(utf8("email,name,role\nrene@example.org,Ren"), new byte[] {(byte) 0xC3});

        assertThat(parse(cut).fileError()).startsWith("The file is not UTF-8 encoded: line 2 contains the byte 0xC3");
    }

    @Test
    void a_utf16_file_is_refused_as_not_utf8() {
        var utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "email,name,role\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(parse(utf16).fileError()).startsWith("The file is not UTF-8 encoded: it is UTF-16")
                .contains("save it as CSV UTF-8");
    }

    @Test
    void accented_letters_in_utf8_are_read() {
        var result = parse(file("email,name,role,department", "rene@example.org,René Ørsted,mentee,Öffentlichkeit"));

        assertThat(result.rows().get(0).name()).isEqualTo("René Ørsted");
        assertThat(result.rows().get(0).department()).isEqualTo("Öffentlichkeit");
    }

    @Test
    void a_file_over_the_limit_is_refused() throws IOException {
        var bytes = utf8(file("email,name,role", "ana@example.org,Ana,mentee"));

        var tooLarge = ParticipantCsv.parse(new ByteArrayInputStream(bytes), bytes.length - 1L, null);
        var exactly = ParticipantCsv.parse(new ByteArrayInputStream(bytes), bytes.length, null);

        assertThat(tooLarge.fileError()).startsWith("The file is larger than " + (bytes.length - 1) + " bytes.");
        assertThat(exactly.ok()).isTrue();
    }

    @Test
    void the_limit_is_described_in_megabytes() {
        assertThat(FileText.describeSize(ParticipantCsv.MAX_BYTES)).isEqualTo("5 MB");
        assertThat(FileText.describeSize(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(FileText.describeSize(1536L * 1024)).isEqualTo("1.5 MB");
        assertThat(FileText.describeSize(64L * 1024)).isEqualTo("64 KB");
        assertThat(FileText.describeSize(100)).isEqualTo("100 bytes");
    }

    @Test
    void a_large_stream_is_not_read_beyond_the_limit() throws IOException {
        var endless = new CountingEndlessStream();

        var result = ParticipantCsv.parse(endless, 1000, null);

        assertThat(result.fileError()).startsWith("The file is larger than");
        assertThat(endless.read).isEqualTo(1001);
    }

    @Test
    void an_unclosed_quote_is_a_file_error_with_its_line() {
        var result = parse(file("email,name,role", "ana@example.org,Ana,mentee", "bo@example.org,\"Bo,mentor",
                "cy@example.org,Cy,mentee"));

        assertThat(result.fileError()).startsWith("The file could not be read from line 3 on: a quoted cell is not closed");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void text_after_a_closing_quote_is_a_file_error_with_its_line() {
        var result = parse(file("email,name,role", "ana@example.org,\"Ana\" Lopez,mentee"));

        assertThat(result.fileError()).startsWith("The file could not be read from line 2 on");
    }

    @Test
    void a_quote_inside_an_unquoted_cell_is_kept() {
        var result = parse(file("email,name,role", "ana@example.org,Ana \"Nana\" Lopez,mentee"));

        assertThat(result.rows().get(0).name()).isEqualTo("Ana \"Nana\" Lopez");
    }

    @Test
    void progress_rises_to_one() throws IOException {
        var text = new StringBuilder(HEADER_LINE).append('\n');
        for (int i = 0; i < 2000; i++) {
            text.append("p").append(i).append("@example.org,Person ").append(i).append(",mentee,,,,,,\n");
        }
        var values = new ArrayList<Double>();

        ParticipantCsv.parse(new ByteArrayInputStream(utf8(text.toString())), ParticipantCsv.MAX_BYTES, values::add);

        assertThat(values).first().isEqualTo(0.0);
        assertThat(values).last().isEqualTo(1.0);
        assertThat(values).isSorted().allSatisfy(value -> assertThat(value).isBetween(0.0, 1.0));
        // Several steps in between, but no more than one per percent (plus start and end).
        assertThat(values.size()).isBetween(10, 103);
    }

    @Test
    void progress_reaches_one_also_when_the_file_is_refused() throws IOException {
        var values = new ArrayList<Double>();

        ParticipantCsv.parse(new ByteArrayInputStream(new byte[0]), ParticipantCsv.MAX_BYTES, values::add);

        assertThat(values).last().isEqualTo(1.0);
    }

    @Test
    void ten_thousand_generated_rows_are_all_read() {
        var random = new Random(42);
        var roles = List.of("mentor", "Mentee", "MENTOR", "mentee");
        var zones = List.of("Europe/Berlin", "America/New_York", "UTC", "", "Asia/Tokyo");
        var text = new StringBuilder("Email;Name;Role;Capacity;Skills;Goals;Department;Timezone;Languages\n");
        for (int i = 0; i < 10_000; i++) {
            var role = roles.get(random.nextInt(roles.size()));
            var capacity = role.equalsIgnoreCase("mentor") ? String.valueOf(1 + random.nextInt(10)) : "";
            text.append("Person.").append(i).append("@Example.org;Person ").append(i).append(';')
                    .append(role).append(';').append(capacity).append(';')
                    .append("\"Java;skill").append(random.nextInt(50)).append(";JAVA\";")
                    .append("goal").append(random.nextInt(50)).append(';')
                    .append("\"Dept ").append(random.nextInt(20)).append("\";")
                    .append(zones.get(random.nextInt(zones.size()))).append(';')
                    .append("English\n");
        }

        var result = parse(text.toString());

        assertThat(result.ok()).isTrue();
        assertThat(result.dataLines()).isEqualTo(10_000);
        assertThat(result.rows()).hasSize(10_000);
        assertThat(result.rows().get(9_999).line()).isEqualTo(10_001);
        assertThat(result.rows().get(0).email()).isEqualTo("person.0@example.org");
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.skills()).hasSize(2).first().isEqualTo("Java"));
    }

    /** Hands out 'a' forever and counts what was taken. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            read += length;
            return length;
        }
    }
}
