package app.rapport.program.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the console shows them. */
final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private Dates() {
    }

    static String range(LocalDate from, LocalDate to) {
        return FORMAT.format(from) + (to == null ? " – open end" : " – " + FORMAT.format(to));
    }
}
