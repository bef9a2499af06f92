package app.rapport.progress.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline figure of the dashboard: the value large, what it counts below, and a hint. */
final class Figure extends Composite<Div> {

    Figure(String id, String value, String label, String hint) {
        var number = new Span(value);
        number.addClassName("rapport-figure-value");
        var caption = new Span(label);
        caption.addClassName("rapport-figure-label");
        var box = getContent();
        box.addClassName("rapport-figure");
        box.setId(id);
        box.add(number, caption);
        if (hint != null) {
            var small = new Span(hint);
            small.addClassName("rapport-figure-hint");
            box.add(small);
        }
    }

    static String percent(Integer value) {
        return value == null ? "–" : value + " %";
    }
}
