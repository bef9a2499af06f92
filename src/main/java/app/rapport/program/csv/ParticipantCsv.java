package app.rapport.program.csv;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.ParticipantRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The participant CSV file of a mentoring program: reading with all checks, and writing.
 *
 * <p>The first line names the columns, {@code email,name,role,capacity,skills,goals,department,timezone,languages},
 * in any order and case; email, name and role are required, unknown columns are ignored. Cells are separated by
 * commas or semicolons (taken from the first line) and quoted as in RFC 4180. Skills, goals and languages are
 * lists separated by {@code ;} inside their cell. The file is UTF-8, with or without byte order mark.
 */
public final class ParticipantCsv {

    /** The documented first line, in the order {@link #write} uses. */
    public static final List<String> HEADER = List.of(
            "email", "name", "role", "capacity", "skills", "goals", "department", "timezone", "languages");

    /** The largest file the app accepts. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final String EXPECTED_HEADER = "The first line must be: " + String.join(",", HEADER);

    // Progress is reported in steps of at least this much, so a listener that repaints a UI is not flooded.
    private static final double PROGRESS_STEP = 0.01;

    private static final CSVFormat WRITE_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ParticipantCsv() {
    }

    /**
     * Why a file of {@code size} bytes is refused, with its size and the limit; a negative size when the
     * file is known only to be larger than the limit (it came without a length and was not read further).
     */
    public static String tooLarge(long size) {
        return FileText.tooLarge(size, MAX_BYTES);
    }

    /**
     * Reads and validates a whole file. Never throws for bad input: problems come back in the result, either as
     * one file-level error (too large, not UTF-8, not CSV, missing columns, broken quotes) or as one
     * {@link RowError} per problem in a data line.
     *
     * @param in       the file's bytes; read up to {@code maxBytes + 1} bytes and not closed
     * @param maxBytes the largest accepted size, normally {@link #MAX_BYTES}
     * @param progress receives values from 0.0 to 1.0 while the file is checked, ending with 1.0; may be null
     * @return the valid rows, the row errors and the number of non-blank data lines
     * @throws IOException only if reading {@code in} fails
     */
    public static ParseResult parse(InputStream in, long maxBytes, DoubleConsumer progress) throws IOException {
        DoubleConsumer listener = progress == null ? value -> { } : progress;
        listener.accept(0.0);
        var result = parseText(in, maxBytes, listener);
        listener.accept(1.0);
        return result;
    }

    private static ParseResult parseText(InputStream in, long maxBytes, DoubleConsumer progress)
            throws IOException {
        var file = FileText.read(in, maxBytes);
        if (file.error() != null) {
            return ParseResult.ofFileError(file.error());
        }
        var text = file.text();
        var format = CSVFormat.RFC4180.builder()
                .setDelimiter(Header.detectDelimiter(text))
                // Blank lines come through as records so that the line counter stays right; they are skipped below.
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            return new Reading(parser, text.length(), progress).read();
        } catch (BrokenQuotes e) {
            return ParseResult.ofFileError("The file could not be read from line " + e.line
                    + " on: a quoted cell is not closed properly. A cell that starts with \" must end with \", "
                    + "and a \" inside it must be written as \"\".");
        }
    }

    /** One pass over the records of a file. */
    private static final class Reading {

        private final CSVParser parser;
        private final long length;
        private final DoubleConsumer progress;
        private final RowChecker checker = new RowChecker();
        private final List<ParticipantRow> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private double reported;

        Reading(CSVParser parser, long length, DoubleConsumer progress) {
            this.parser = parser;
            this.length = Math.max(1, length);
            this.progress = progress;
        }

        ParseResult read() {
            var records = parser.iterator();
            var first = next(records);
            // Leading blank lines are forgiven, like blank lines between the rows.
            while (first != null && isBlank(first)) {
                first = next(records);
            }
            var header = Header.of(first == null ? List.of() : first.toList());
            if (header.error() != null) {
                return ParseResult.ofFileError(header.error());
            }
            int dataLines = 0;
            while (true) {
                // The parser reads a record ahead in hasNext(), so its line counter must be taken before.
                int line = (int) parser.getCurrentLineNumber() + 1;
                var record = next(records);
                if (record == null) {
                    break;
                }
                reportProgress(record.getCharacterPosition());
                if (isBlank(record)) {
                    continue;
                }
                dataLines++;
                checkRecord(line, record, header.header());
            }
            return new ParseResult(null, rows, errors, dataLines);
        }

        private CSVRecord next(Iterator<CSVRecord> records) {
            long line = parser.getCurrentLineNumber() + 1;
            try {
                return records.hasNext() ? records.next() : null;
            } catch (UncheckedIOException e) {
                // Commons CSV cannot resynchronise after a broken quote, so nothing after it can be trusted.
                if (e.getCause() instanceof CSVException) {
                    throw new BrokenQuotes(line);
                }
                throw e;
            }
        }

        private void checkRecord(int line, CSVRecord record, Header header) {
            var cells = new String[Column.values().length];
            for (var column : Column.values()) {
                int index = header.indexOf(column);
                cells[column.ordinal()] = index >= 0 && index < record.size() ? Cells.fromFile(record.get(index)) : "";
            }
            int errorsBefore = errors.size();
            int filled = lastFilledCell(record) + 1;
            if (filled > header.width()) {
                errors.add(new RowError(line, "Too many cells: the first line has " + header.width()
                        + " columns but this line has " + filled
                        + " (does a cell with a comma or semicolon need quotes?)"));
            }
            var row = checker.check(line, column -> cells[column.ordinal()], errors);
            if (row != null && errors.size() == errorsBefore) {
                rows.add(row);
            }
        }

        private void reportProgress(long position) {
            double fraction = Math.min(1.0, (double) position / length);
            if (fraction - reported >= PROGRESS_STEP) {
                reported = fraction;
                progress.accept(fraction);
            }
        }
    }

    /** A record Commons CSV could not split, with the line where it starts. */
    private static final class BrokenQuotes extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long line;

        BrokenQuotes(long line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    // Excel writes rows that only ever had formatting as ",,,,"; they are as empty as a blank line.
    private static boolean isBlank(CSVRecord record) {
        return lastFilledCell(record) < 0;
    }

    // Trailing empty cells are harmless padding; only cells with content beyond the header count as too many.
    private static int lastFilledCell(CSVRecord record) {
        for (int i = record.size() - 1; i >= 0; i--) {
            if (!record.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes the header and the rows: comma-separated, LF line ends, cells quoted only when needed, list entries
     * joined with {@code ;}, the role in lower case and the capacity only for mentors. A cell that a spreadsheet
     * would run as a formula (starting with {@code = + - @}, tab or CR) gets a leading {@code '};
     * {@link #parse} removes it again. The writer is flushed, not closed.
     *
     * @param rows the participants, written in this order
     * @param out  where the text goes; its encoding (UTF-8) is the caller's concern
     * @throws IOException if writing fails
     */
    public static void write(List<ParticipantRow> rows, Writer out) throws IOException {
        // Not closed on purpose: closing the printer would close the caller's writer.
        var printer = new CSVPrinter(out, WRITE_FORMAT);
        printer.printRecord(HEADER);
        for (var row : rows) {
            boolean mentor = row.role() == EnrolmentRole.MENTOR;
            printer.printRecord(
                    Cells.neutralise(row.email()),
                    Cells.neutralise(row.name()),
                    row.role() == null ? "" : row.role().name().toLowerCase(Locale.ROOT),
                    mentor && row.capacity() != null ? row.capacity().toString() : "",
                    Cells.neutralise(Cells.joinList(row.skills())),
                    Cells.neutralise(Cells.joinList(row.goals())),
                    Cells.neutralise(row.department()),
                    Cells.neutralise(row.timezone()),
                    Cells.neutralise(Cells.joinList(row.languages())));
        }
        printer.flush();
    }

    static String expectedHeader() {
        return EXPECTED_HEADER;
    }
}
