package app.rapport.workspace.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the workspace shows them. */
final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private Labels() {
    }

    static String date(Instant at) {
        return at == null ? "" : DAY.format(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
