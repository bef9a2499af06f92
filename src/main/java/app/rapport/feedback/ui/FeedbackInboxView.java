package app.rapport.feedback.ui;

import app.rapport.base.ui.ViewToolbar;
import app.rapport.feedback.PeerRequestService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** {@code /feedback}: the requests for feedback addressed to me, open or answered and still editable. */
@Route("feedback")
@PageTitle("Feedback requests")
@Menu(order = 5, icon = "vaadin:comments-o", title = "Feedback requests")
@PermitAll
public final class FeedbackInboxView extends VerticalLayout implements BeforeEnterObserver {

    private final transient PeerRequestService feedback;

    public FeedbackInboxView(PeerRequestService feedback) {
        this.feedback = feedback;
        addClassName("rapport-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new ViewToolbar("Feedback requests", "Colleagues ask you how a pair you have seen together works."));
        var items = feedback.inbox();
        if (items.isEmpty()) {
            var empty = new Paragraph("No one has asked you for feedback right now. When someone asks how a pair you "
                    + "have seen together works, the request appears here and on your home page.");
            empty.addClassName("rapport-empty");
            empty.setId("inbox-empty");
            add(empty);
            return;
        }
        var cards = InboxCards.of(items);
        cards.setId("inbox");
        add(cards);
    }
}
