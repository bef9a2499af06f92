package app.rapport.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard's relationships table as CSV, one row per relationship with its metrics. Names
 * that a spreadsheet would run as a formula are prefixed with an apostrophe (OWASP "CSV injection").
 */
final class RelationshipsCsv implements AutoCloseable {

    static final String[] HEADER = {"Mentor", "Mentee", "Status", "Started", "Last interaction", "Interactions",
        "Minutes", "Mentor asks", "Mentee asks", "Mentor gives", "Mentee gives", "Mentor rating (8 weeks)",
        "Mentee rating (8 weeks)", "Peer rating", "Goal progress (%)", "Health", "Health 4 weeks ago", "One-sided"};

    private final CSVPrinter printer;

    RelationshipsCsv(Writer out) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(RelationshipRow r) {
        try {
            printer.printRecord(text(r.mentorName()), text(r.menteeName()), r.status().label(), day(r.startedOn()),
                    day(r.lastInteractionOn()), r.interactions(), r.minutes(), r.mentorAsks(), r.menteeAsks(),
                    r.mentorGives(), r.menteeGives(), rating(r.mentorRating()), rating(r.menteeRating()),
                    rating(r.peerRating()), number(r.goalProgress()), number(r.health()),
                    number(r.healthFourWeeksAgo()), r.oneSided() ? "yes" : "no");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String rating(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }
}
