package app.rapport.progress.ui;

import app.rapport.progress.Health;
import app.rapport.progress.Health.Effect;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

/** The health score as a big number in its band's colour, with every reason (as text) beside it. */
final class HealthPanel extends Composite<Div> {

    HealthPanel(Health health) {
        var box = getContent();
        box.addClassName("rapport-health");
        box.setId("progress-health");
        if (health == null) {
            box.add(new H3("Health"), new Paragraph("Not computed yet: the metrics appear after the next change or "
                    + "the nightly update."));
            return;
        }
        var score = new Span(String.valueOf(health.score()));
        score.addClassNames("rapport-health-score", band(health.band()));
        score.setId("health-score");
        score.getElement().setAttribute("aria-label", "Health " + health.score() + " of 100");
        var label = new Span(health.band().label());
        label.addClassNames("rapport-health-band", band(health.band()));
        var dial = new Div(score, new Span("of 100"), label);
        dial.addClassName("rapport-health-dial");
        var reasons = new UnorderedList();
        reasons.setId("health-reasons");
        reasons.addClassName("rapport-health-reasons");
        for (var reason : health.reasons()) {
            var item = new ListItem(new Span(mark(reason.effect())), new Span(reason.text()));
            item.addClassName("rapport-reason-" + reason.effect().name().toLowerCase(Locale.ROOT));
            reasons.add(item);
        }
        if (health.reasons().isEmpty()) {
            reasons.add(new ListItem("Nothing stands out either way."));
        }
        var why = new Div(new H3("Why"), reasons);
        why.addClassName("rapport-health-why");
        box.add(dial, why);
    }

    static String band(Health.Band band) {
        return "rapport-band-" + band.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String mark(Effect effect) {
        return switch (effect) {
            case LOWERS -> "▼";
            case NOTE -> "•";
            case LIFTS -> "▲";
        };
    }
}
