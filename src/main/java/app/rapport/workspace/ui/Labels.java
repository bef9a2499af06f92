package app.rapport.workspace.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.Times;
import java.time.Instant;
import java.time.LocalDate;

/** Dates as the workspace shows them. */
final class Labels {


    private Labels() {
    }

    static String date(Instant at) {
        return Times.date(at);
    }

    static String day(LocalDate day) {
        return Days.format(day);
    }
}
