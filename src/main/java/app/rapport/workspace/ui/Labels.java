package app.rapport.workspace.ui;

import app.rapport.base.ui.Times;
import java.time.Instant;
import java.time.LocalDate;
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
        return at == null ? "" : DAY.format(Times.day(at));
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
