package app.rapport.pairing.ui;

import app.rapport.pairing.RelationshipStep;
import app.rapport.pairing.RelationshipSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A relationship's steps in order: who did what, when, and why. */
final class HistoryDialog extends Dialog {

    HistoryDialog(RelationshipSummary relationship, List<RelationshipStep> steps) {
        setHeaderTitle(relationship.menteeName() + " and " + relationship.mentorName());
        var list = new OrderedList();
        list.addClassName("rapport-history");
        for (var step : steps) {
            var item = new ListItem();
            var when = new Span(Labels.dateTime(step.at()));
            when.addClassName("rapport-history-when");
            item.add(when, new Div(new Span(describe(step, relationship))));
            if (step.reason() != null) {
                var why = new Div(new Span("“" + step.reason() + "”"));
                why.addClassName("rapport-history-reason");
                item.add(why);
            }
            list.add(item);
        }
        if (!relationship.matchReasons().isEmpty()) {
            add(new Paragraph("Matched because: " + String.join("; ", relationship.matchReasons())));
        }
        add(list);
        getFooter().add(new Button("Close", e -> close()));
        setWidth("min(36rem, 95vw)");
    }

    private static String describe(RelationshipStep step, RelationshipSummary r) {
        var who = step.actorName();
        return switch (step.kind()) {
            case PROPOSED -> who + " proposed the pairing";
            case ACCEPTED -> who + " accepted";
            case ACTIVATED -> step.actorId() == r.mentorAccountId() || step.actorId() == r.menteeAccountId()
                    ? who + " accepted; the relationship started" : "The relationship started (" + who + ")";
            case DECLINED -> who + " declined";
            case ENDED -> who + " ended the relationship early";
            case COMPLETED -> who + " marked the relationship completed";
            case WITHDRAWN -> who + " withdrew the proposal";
        };
    }
}
