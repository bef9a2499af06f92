package app.rapport.feedback.ui;

import app.rapport.feedback.InboxItem;
import app.rapport.feedback.RequestStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** Requests addressed to the signed-in person, one card each, linking to the answer page. */
final class InboxCards {

    private InboxCards() {
    }

    static Div of(List<InboxItem> items) {
        var cards = new Div();
        cards.addClassName("rapport-cards");
        items.forEach(i -> cards.add(card(i)));
        return cards;
    }

    private static Div card(InboxItem i) {
        var card = new Div();
        card.addClassName("rapport-card");
        card.add(new H3(VaadinIcon.COMMENTS_O.create(), new Span(i.menteeName() + " & " + i.mentorName())));
        var state = new Span(i.status() == RequestStatus.ANSWERED ? "Answered" : "Waiting for you");
        state.addClassNames("rapport-badge", i.status() == RequestStatus.ANSWERED ? "rapport-badge-ok"
                : "rapport-badge-rel-proposed");
        var meta = new Div(state, new Span("answer by " + Dates.day(i.dueOn())));
        meta.addClassName("rapport-card-meta");
        var program = new Div(new Span(i.programName()));
        program.addClassName("rapport-card-program");
        card.add(meta, program, new Paragraph(i.requestedBy() + " asked how you see them working together."
                + (i.remindedRecently() ? " They sent a reminder." : "")));
        var open = new Anchor("feedback/" + i.requestId(), i.status() == RequestStatus.ANSWERED ? "Change my answer"
                : "Answer");
        open.getElement().setAttribute("router-link", true);
        open.setId("inbox-open-" + i.requestId());
        card.add(open);
        return card;
    }
}
