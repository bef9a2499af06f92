package app.rapport.program.ui;

import app.rapport.program.EnrolmentStatus;
import app.rapport.program.ProgramStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Small coloured labels for statuses and tags. */
final class Badges {

    private Badges() {
    }

    static Span status(ProgramStatus status) {
        var badge = new Span(status.label());
        badge.addClassNames("rapport-badge", "rapport-badge-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Span enrolment(EnrolmentStatus status) {
        var badge = new Span(status == EnrolmentStatus.ACTIVE ? "Active" : "Withdrawn");
        badge.addClassNames("rapport-badge", status == EnrolmentStatus.ACTIVE ? "rapport-badge-ok" : "rapport-badge-off");
        return badge;
    }

    static Span tag(String text) {
        var badge = new Span(text);
        badge.addClassNames("rapport-badge", "rapport-badge-tag");
        return badge;
    }
}
