package app.rapport.feedback.ui;

import app.rapport.base.ui.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the feedback pages show them. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private Dates() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String day(Instant at) {
        return at == null ? "" : DAY.format(Times.day(at));
    }
}
