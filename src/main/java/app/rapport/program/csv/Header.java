package app.rapport.program.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each documented column is in a file, read from its first line. */
final class Header {

    private final Map<Column, Integer> indexes;
    private final int width;

    private Header(Map<Column, Integer> indexes, int width) {
        this.indexes = indexes;
        this.width = width;
    }

    /** The index of the column in a record, or -1 when the file does not have it. */
    int indexOf(Column column) {
        return indexes.getOrDefault(column, -1);
    }

    /** How many cells the first line has, unknown columns included. */
    int width() {
        return width;
    }

    /** Exactly one of the two is set. */
    record Outcome(Header header, String error) {
    }

    static Outcome of(List<String> cells) {
        Map<Column, Integer> indexes = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            var column = Column.byHeader(normalise(cells.get(i)));
            if (column == null) {
                // Unknown columns are the spreadsheet owner's own notes; they do not stop the import.
                continue;
            }
            if (indexes.putIfAbsent(column, i) != null) {
                return new Outcome(null, "The column '" + column.header() + "' appears twice in the first line. "
                        + ParticipantCsv.expectedHeader());
            }
        }
        var missing = new ArrayList<String>();
        boolean anyRequired = false;
        for (var column : Column.values()) {
            if (column.required()) {
                if (indexes.containsKey(column)) {
                    anyRequired = true;
                } else {
                    missing.add(column.header());
                }
            }
        }
        if (!anyRequired) {
            return new Outcome(null, "The file does not look like a participant list: its first line has none of "
                    + "the columns email, name and role. " + ParticipantCsv.expectedHeader()
                    + " (separated by commas or semicolons).");
        }
        if (!missing.isEmpty()) {
            return new Outcome(null, "Missing columns: " + String.join(", ", missing) + ". "
                    + ParticipantCsv.expectedHeader());
        }
        return new Outcome(new Header(indexes, cells.size()), null);
    }

    /**
     * Picks the delimiter from the first non-blank line: the one of comma and semicolon that splits it into more
     * known column names. A tie (also a line with neither) means comma, the documented default.
     */
    static char detectDelimiter(String text) {
        var firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        return knownNames(firstLine, ';') > knownNames(firstLine, ',') ? ';' : ',';
    }

    private static int knownNames(String line, char delimiter) {
        int known = 0;
        int start = 0;
        while (start <= line.length()) {
            int end = line.indexOf(delimiter, start);
            if (end < 0) {
                end = line.length();
            }
            if (Column.byHeader(normalise(unquote(line.substring(start, end).strip()))) != null) {
                known++;
            }
            start = end + 1;
        }
        return known;
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1) : cell;
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
