package app.rapport.progress.ui;

import app.rapport.pairing.RelationshipStatus;
import app.rapport.progress.AtRisk;
import app.rapport.progress.Health;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The relationships that need a coordinator's attention, worst first, each with every reason and
 * a link to its progress page (a proposal, which has no progress yet, links to the pairing page).
 * The first few show at once; the rest on request.
 */
final class AtRiskList extends Composite<Div> {

    static final int FIRST = 12;

    private final long programId;
    private final UnorderedList items = new UnorderedList();

    AtRiskList(List<AtRisk> atRisk, int count, long programId) {
        this.programId = programId;
        var box = getContent();
        box.addClassName("rapport-at-risk");
        box.setId("at-risk");
        var heading = new H3("At risk (" + count + ")");
        heading.setId("at-risk-heading");
        box.add(heading);
        if (atRisk.isEmpty()) {
            var empty = new Paragraph("No relationship needs attention right now: every active pair met within the "
                    + "stall threshold, none lost 15 points of health in 4 weeks, none is one-sided, and no "
                    + "proposal waits longer than a week.");
            empty.addClassName("rapport-empty");
            box.add(empty);
            return;
        }
        items.addClassName("rapport-risk-list");
        atRisk.stream().limit(FIRST).forEach(r -> items.add(item(r)));
        box.add(items);
        if (count > atRisk.size()) {
            var note = new Paragraph("The " + atRisk.size() + " most urgent are listed (lowest health first); the "
                    + "table below sorts all " + count + " with everything else.");
            note.addClassName("rapport-footnote");
            box.add(note);
        }
        if (atRisk.size() > FIRST) {
            var more = new Button("Show all " + atRisk.size());
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.setId("at-risk-more");
            more.addClickListener(e -> {
                atRisk.stream().skip(FIRST).forEach(r -> items.add(item(r)));
                more.setVisible(false);
            });
            box.add(more);
        }
    }

    private ListItem item(AtRisk r) {
        var reasons = new UnorderedList();
        reasons.addClassName("rapport-risk-reasons");
        r.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        var head = new Div(health(r), pair(r));
        head.addClassName("rapport-risk-head");
        var item = new ListItem(head, reasons);
        item.addClassName("rapport-risk-item");
        return item;
    }

    private Component pair(AtRisk r) {
        var name = r.menteeName() + " & " + r.mentorName();
        if (r.status() == RelationshipStatus.PROPOSED) {
            return new Anchor("programs/" + programId + "/pairing", name + " (proposed)");
        }
        return new Anchor("relationships/" + r.relationshipId() + "/progress", name);
    }

    private static Component health(AtRisk r) {
        if (r.health() == null) {
            var none = new Span("–");
            none.addClassName("rapport-health-chip");
            return none;
        }
        var score = new Span(String.valueOf(r.health()));
        score.addClassNames("rapport-health-chip", HealthPanel.band(Health.Band.of(r.health())));
        score.getElement().setAttribute("title", "Health " + r.health() + " of 100");
        return score;
    }
}
