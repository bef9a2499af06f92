package app.rapport.program.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Cell text rules shared by the reader and the writer. */
final class Cells {

    static final char LIST_SEPARATOR = ';';

    private static final int SHOWN_MAX = 40;

    private Cells() {
    }

    /**
     * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"),
     * so the writer puts a {@code '} in front and the reader takes it away again.
     */
    static boolean startsLikeFormula(CharSequence text, int from) {
        if (text.length() <= from) {
            return false;
        }
        char c = text.charAt(from);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * Prefixes a {@code '} when the text would start a formula. Text that already starts with quotes before
     * a formula character gets one more, so that {@link #fromFile} (which takes exactly one away) gives the
     * original back.
     */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsLikeFormula(text, leadingQuotes(text)) ? "'" + text : text;
    }

    /** A cell as the checks see it: trimmed, with the writer's formula guard removed. */
    static String fromFile(String raw) {
        if (raw == null) {
            return "";
        }
        var cell = raw.strip();
        int quotes = leadingQuotes(cell);
        if (quotes > 0 && startsLikeFormula(cell, quotes)) {
            // A guarded tab or CR start would otherwise survive as leading white space.
            cell = cell.substring(1).strip();
        }
        return cell;
    }

    private static int leadingQuotes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i;
    }

    /** Splits a list cell: entries trimmed, empty ones dropped, later case-insensitive repeats dropped. */
    static List<String> splitList(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        var entries = new ArrayList<String>();
        Set<String> seen = new HashSet<>();
        int start = 0;
        while (start <= cell.length()) {
            int end = cell.indexOf(LIST_SEPARATOR, start);
            if (end < 0) {
                end = cell.length();
            }
            var entry = cell.substring(start, end).strip();
            if (!entry.isEmpty() && seen.add(entry.toLowerCase(Locale.ROOT))) {
                entries.add(entry);
            }
            start = end + 1;
        }
        return entries;
    }

    static String joinList(List<String> entries) {
        return entries == null ? "" : String.join(String.valueOf(LIST_SEPARATOR), entries);
    }

    /** Cell text for an error message, cut short so that one bad cell cannot flood the error list. */
    static String shown(String text) {
        return text.length() <= SHOWN_MAX ? text : text.substring(0, SHOWN_MAX) + "…";
    }
}
