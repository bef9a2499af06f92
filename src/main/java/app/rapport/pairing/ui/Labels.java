package app.rapport.pairing.ui;

import app.rapport.pairing.RelationshipStatus;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import app.rapport.base.ui.Times;
import java.util.Locale;

/** Status badges, score chips and dates as the pairing pages show them. */
final class Labels {


    private Labels() {
    }

    static Span status(RelationshipStatus status) {
        var badge = new Span(status.label());
        badge.addClassNames("rapport-badge", "rapport-badge-rel-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** The score as a small coloured chip: green from 70, amber from 40, grey below. */
    static Span score(Integer score) {
        var chip = new Span(score == null ? "–" : String.valueOf(score));
        chip.addClassNames("rapport-score", score == null ? "rapport-score-none"
                : score >= 70 ? "rapport-score-high" : score >= 40 ? "rapport-score-mid" : "rapport-score-low");
        chip.getElement().setAttribute("title", "Match score, 0 to 100");
        return chip;
    }

    static String date(Instant at) {
        return at == null ? "" : Times.date(at);
    }

    static String dateTime(Instant at) {
        return Times.dateTime(at);
    }
}
