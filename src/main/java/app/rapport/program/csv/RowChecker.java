package app.rapport.program.csv;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.ParticipantRow;
import app.rapport.program.ProfileLimits;
import app.rapport.security.Emails;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the data rows of one file. Holds the emails seen so far, so use one instance per file and
 * feed it the rows in file order.
 */
final class RowChecker {

    // getAvailableZoneIds() copies the set on every call; looked up case-insensitively, kept in its own spelling.
    private static final Map<String, String> ZONES_BY_LOWER_CASE = zonesByLowerCase();

    private final Map<String, Integer> lineByEmail = new HashMap<>();

    /** The cells of one record, already cleaned with {@link Cells#fromFile}. */
    interface Values {
        String get(Column column);
    }

    /**
     * Adds an error for each problem of the row to {@code errors}.
     *
     * @return the row, or null if it had any problem
     */
    ParticipantRow check(int line, Values cells, List<RowError> errors) {
        int errorsBefore = errors.size();
        var email = email(line, cells.get(Column.EMAIL), errors);
        var name = text(line, cells.get(Column.NAME), "Name", ProfileLimits.NAME_MAX, true, errors);
        var role = role(line, cells.get(Column.ROLE), errors);
        var capacity = capacity(line, role, cells.get(Column.CAPACITY), errors);
        var skills = list(line, cells.get(Column.SKILLS), "skill", "skills",
                ProfileLimits.TAG_MAX, ProfileLimits.TAGS_PER_LIST_MAX, errors);
        var goals = list(line, cells.get(Column.GOALS), "goal", "goals",
                ProfileLimits.TAG_MAX, ProfileLimits.TAGS_PER_LIST_MAX, errors);
        var department = text(line, cells.get(Column.DEPARTMENT), "Department", ProfileLimits.DEPARTMENT_MAX,
                false, errors);
        var timezone = timezone(line, cells.get(Column.TIMEZONE), errors);
        var languages = list(line, cells.get(Column.LANGUAGES), "language", "languages",
                ProfileLimits.LANGUAGE_MAX, ProfileLimits.LANGUAGES_MAX, errors);
        if (errors.size() > errorsBefore) {
            return null;
        }
        return new ParticipantRow(line, email, name, role, capacity, skills, goals, department, timezone, languages);
    }

    private String email(int line, String cell, List<RowError> errors) {
        if (cell.isEmpty()) {
            errors.add(new RowError(line, "Email is missing"));
            return null;
        }
        if (!Emails.isValid(cell)) {
            errors.add(new RowError(line, "Invalid email '" + Cells.shown(cell) + "'"));
            return null;
        }
        var email = Emails.normalize(cell);
        // A map keeps this linear in the number of rows, which matters for files with thousands of them.
        var firstLine = lineByEmail.putIfAbsent(email, line);
        if (firstLine != null) {
            errors.add(new RowError(line, "Email " + email + " also appears on line " + firstLine));
        }
        return email;
    }

    private static String text(int line, String cell, String label, int max, boolean required,
            List<RowError> errors) {
        if (cell.isEmpty()) {
            if (required) {
                errors.add(new RowError(line, label + " is missing"));
            }
            return null;
        }
        if (cell.length() > max) {
            errors.add(new RowError(line, label + " is longer than " + max + " characters"));
            return null;
        }
        return cell;
    }

    private static EnrolmentRole role(int line, String cell, List<RowError> errors) {
        if (cell.isEmpty()) {
            errors.add(new RowError(line, "Role is missing: use mentor or mentee"));
            return null;
        }
        var lower = cell.toLowerCase(Locale.ROOT);
        for (var role : EnrolmentRole.values()) {
            if (role.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return role;
            }
        }
        errors.add(new RowError(line, "Unknown role '" + Cells.shown(cell) + "': use mentor or mentee"));
        return null;
    }

    private static Integer capacity(int line, EnrolmentRole role, String cell, List<RowError> errors) {
        if (role == EnrolmentRole.MENTEE) {
            if (!cell.isEmpty()) {
                errors.add(new RowError(line, "Only mentors have a capacity"));
            }
            return null;
        }
        if (cell.isEmpty()) {
            return ProfileLimits.CAPACITY_DEFAULT;
        }
        // Digits only: "2.5", "-1" and "two" are all mistakes the coordinator should see.
        boolean digits = cell.length() <= 3;
        for (int i = 0; i < cell.length() && digits; i++) {
            digits = cell.charAt(i) >= '0' && cell.charAt(i) <= '9';
        }
        int value = digits ? Integer.parseInt(cell) : -1;
        if (value < ProfileLimits.CAPACITY_MIN || value > ProfileLimits.CAPACITY_MAX) {
            errors.add(new RowError(line, "Capacity must be a whole number from " + ProfileLimits.CAPACITY_MIN
                    + " to " + ProfileLimits.CAPACITY_MAX));
            return null;
        }
        return value;
    }

    private static List<String> list(int line, String cell, String singular, String plural, int entryMax,
            int countMax, List<RowError> errors) {
        var entries = Cells.splitList(cell);
        for (var entry : entries) {
            if (entry.length() > entryMax) {
                errors.add(new RowError(line, capitalise(singular) + " '" + Cells.shown(entry)
                        + "' is longer than " + entryMax + " characters"));
            }
        }
        if (entries.size() > countMax) {
            errors.add(new RowError(line, "Too many " + plural + ": " + entries.size() + ", at most " + countMax));
        }
        return List.copyOf(entries);
    }

    private static String timezone(int line, String cell, List<RowError> errors) {
        if (cell.isEmpty()) {
            return null;
        }
        var zone = ZONES_BY_LOWER_CASE.get(cell.toLowerCase(Locale.ROOT));
        if (zone == null || zone.length() > ProfileLimits.TIMEZONE_MAX) {
            errors.add(new RowError(line, "Unknown time zone '" + Cells.shown(cell)
                    + "': use an IANA id such as Europe/Berlin"));
            return null;
        }
        return zone;
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Map<String, String> zonesByLowerCase() {
        var zones = new HashMap<String, String>();
        for (var id : ZoneId.getAvailableZoneIds()) {
            zones.put(id.toLowerCase(Locale.ROOT), id);
        }
        return Map.copyOf(zones);
    }
}
