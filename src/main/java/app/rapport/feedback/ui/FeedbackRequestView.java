package app.rapport.feedback.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.Notifications;
import app.rapport.feedback.PeerRequest;
import app.rapport.feedback.PeerRequestService;
import app.rapport.feedback.RequestStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code /feedback/{id}}: a request as its addressed peer sees it: the pair's names, the program,
 * the requester's message and the due date, nothing else; and the peer's answer, editable until
 * the due date. Anyone else is told the page does not exist. Leaving with an answer typed but not
 * sent asks first.
 */
@Route("feedback/:requestId")
@PageTitle("Feedback request")
@PermitAll
public final class FeedbackRequestView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final transient PeerRequestService feedback;
    private PeerRequest request;
    private AnswerForm form;
    private final Paragraph status = new Paragraph();

    public FeedbackRequestView(PeerRequestService feedback) {
        this.feedback = feedback;
        addClassName("rapport-page");
        setPadding(false);
        status.setId("answer-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = app.rapport.base.ui.RouteIds.id(event, "requestId").orElse(null);
        try {
            request = id == null ? null : feedback.request(id);
        } catch (AccessDeniedException e) {
            request = null;
        }
        if (request == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form != null && request.editable() && form.hasChanges()) {
            var action = event.postpone();
            DiscardGuard.confirm(() -> true, action::proceed);
        }
    }

    private void show() {
        removeAll();
        var title = new H2("How do " + request.menteeName() + " and " + request.mentorName() + " work together?");
        var facts = new Paragraph(request.programName() + " · asked by " + request.requestedBy() + " · answer by "
                + Dates.day(request.dueOn()));
        facts.addClassName("rapport-lead");
        facts.setId("request-facts");
        add(new Div(title, facts));
        if (request.message() != null && !request.message().isBlank()) {
            var quote = new Div(new Span(request.message()));
            quote.addClassName("rapport-quote");
            quote.setId("request-message");
            add(quote);
        }
        var why = new Paragraph("You have seen them work together. Say what you observed and one small change "
                + "that would make a difference. They see only averages and the advice texts, in no particular "
                + "order, and only once " + request.threshold() + " colleagues have answered; a change you make "
                + "later shows together with at least " + (request.threshold() - 1) + " others. "
                + (request.coordinatorsSeeName()
                        ? "Your name shows to the pair only if you sign; the program's coordinators see it with "
                                + "your answer."
                        : "Your name shows only if you sign."));
        why.setId("request-why");
        why.addClassName("rapport-lead");
        form = new AnswerForm();
        form.show(request.answer());
        form.setReadOnly(!request.editable());
        var card = new Div(form);
        card.addClassNames("rapport-panel", "rapport-form-card");
        add(why, card, status);
        showStatus();
        if (request.editable()) {
            var send = new Button(request.answer() == null ? "Send my answer" : "Update my answer", e -> send());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("answer-send");
            var actions = new Div(send);
            if (request.status() == RequestStatus.OPEN) {
                var decline = new Button("Decline", e -> confirmDecline());
                decline.setId("answer-decline");
                actions.add(decline);
            }
            actions.addClassName("rapport-row-actions");
            add(actions);
        }
    }

    private void showStatus() {
        status.setText(switch (request.status()) {
            case OPEN -> request.editable() ? "Waiting for your answer." : "This request closed on "
                    + Dates.day(request.dueOn()) + ".";
            case ANSWERED -> request.editable() ? "Thank you: your answer is in. You can change it until "
                    + Dates.day(request.dueOn()) + "." : "Thank you: your answer is in. The request has closed.";
            case DECLINED -> "You declined this request.";
            case CANCELLED -> "The request was withdrawn; nothing more is needed from you.";
        });
    }

    private void send() {
        var answer = form.read();
        if (answer.isEmpty()) {
            return;
        }
        try {
            request = feedback.answer(request.requestId(), request.version(), answer.get());
            Notifications.success("Thank you. Your answer is saved.");
            show();
        } catch (RuleViolation e) {
            if (!form.showFieldError(e.field(), e.getMessage())) {
                Notifications.error(e.getMessage());
            }
        }
    }

    private void confirmDecline() {
        var dialog = new ConfirmDialog("Decline this request?", "The requester is not told who declined.",
                "Decline", e -> decline());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("decline-confirm");
        dialog.open();
    }

    private void decline() {
        try {
            request = feedback.decline(request.requestId(), request.version());
            Notifications.success("Declined. Thank you for saying so.");
            show();
        } catch (RuleViolation e) {
            Notifications.error(e.getMessage());
        }
    }
}
