package app.rapport.program.ui;

import app.rapport.program.ProgramStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A program's status as a small coloured label: a component, or the class a grid template puts on it. */
final class Badges {

    private Badges() {
    }

    static Span status(ProgramStatus status) {
        var badge = new Span(status.label());
        badge.addClassNames("rapport-badge", statusClass(status));
        return badge;
    }

    static String statusClass(ProgramStatus status) {
        return "rapport-badge-" + status.name().toLowerCase(Locale.ROOT);
    }
}
