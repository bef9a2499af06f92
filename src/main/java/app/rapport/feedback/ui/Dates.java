package app.rapport.feedback.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.Times;
import java.time.Instant;
import java.time.LocalDate;

/** Dates as the feedback pages show them. */
final class Dates {

    private Dates() {
    }

    static String day(LocalDate date) {
        return Days.format(date);
    }

    static String day(Instant at) {
        return Times.date(at);
    }
}
