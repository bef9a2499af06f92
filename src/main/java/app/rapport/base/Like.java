package app.rapport.base;

import java.util.Locale;

/**
 * Lower-case SQL LIKE patterns from what a person typed, with LIKE's own wildcards escaped, so
 * searching for "100%" finds "100%" and not everything. Blank text gives null ("no filter").
 */
public final class Like {

    private Like() {
    }

    public static String containing(String typed) {
        return typed == null || typed.isBlank() ? null : "%" + escape(typed) + "%";
    }

    public static String startingWith(String typed) {
        return (typed == null || typed.isBlank() ? "" : escape(typed)) + "%";
    }

    private static String escape(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
