package app.rapport.feedback.ui;

import app.rapport.base.ui.HomeSection;
import app.rapport.feedback.PeerRequestService;
import app.rapport.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Optional;

/** The portal home's part for peers: the feedback requests waiting for the person's answer. */
@org.springframework.stereotype.Component
class FeedbackHomeSection implements HomeSection {

    private final PeerRequestService feedback;

    FeedbackHomeSection(PeerRequestService feedback) {
        this.feedback = feedback;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.get().isEmpty()) {
            return Optional.empty();
        }
        var items = feedback.inbox().stream().filter(i -> i.status() == app.rapport.feedback.RequestStatus.OPEN)
                .toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        var box = new Div(new H3("Colleagues ask for your view"), InboxCards.of(items));
        box.addClassName("rapport-home-relationships");
        box.setId("home-feedback-requests");
        return Optional.of(box);
    }
}
