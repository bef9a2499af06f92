package app.rapport.feedback.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.DateFields;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.TextLimits;
import app.rapport.feedback.AskContext;
import app.rapport.feedback.AskDraft;
import app.rapport.feedback.FeedbackRoundService;
import app.rapport.feedback.PeerOption;
import app.rapport.feedback.RoundSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.stream.Collectors;

/**
 * Asks colleagues who have seen the pair together for their view: whom, an optional question, by
 * when; or adds people to a round already asked.
 */
final class AskFeedbackDialog extends Dialog {

    private final transient FeedbackRoundService feedback;
    private final transient AskContext pair;
    private final transient Runnable onAsked;
    /** The round people are added to; null when a new round is asked. */
    private final RoundSummary round;
    private final MultiSelectComboBox<PeerOption> peers = new MultiSelectComboBox<>("Whom to ask");
    private final TextArea message = new TextArea("Your question (optional)");
    private final DatePicker dueOn = new DatePicker("Answer by");

    /** Asks a new round. */
    AskFeedbackDialog(FeedbackRoundService feedback, AskContext pair, Runnable onAsked) {
        this(feedback, pair, null, onAsked);
    }

    /** Adds people to {@code round}, which the caller asked; or asks a new round when it is null. */
    AskFeedbackDialog(FeedbackRoundService feedback, AskContext pair, RoundSummary round, Runnable onAsked) {
        this.feedback = feedback;
        this.pair = pair;
        this.round = round;
        this.onAsked = onAsked;
        int threshold = pair.threshold();
        setHeaderTitle((round == null ? "Ask for feedback on " : "Ask more people about ")
                + pair.menteeName() + " & " + pair.mentorName());
        peers.setId("ask-peers");
        peers.setWidthFull();
        peers.setHelperText(round == null
                ? "At least " + threshold + " colleagues who have seen the two of you work together. Type a name, "
                        + "or a colleague's whole email address."
                : "Already asked: " + String.join(", ", round.peersAsked()) + ". Type a name, or a colleague's "
                        + "whole email address.");
        peers.setItemLabelGenerator(p -> p.email() == null ? p.name() : p.name() + " (" + p.email() + ")");
        peers.setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : feedback.candidates(pair.relationshipId(), query.getFilter().orElse(""), query.getLimit()).stream());
        message.setId("ask-message");
        message.setValueChangeMode(ValueChangeMode.EAGER);
        message.setWidthFull();
        message.setPlaceholder("For example: how do we come across in the Monday planning meeting?");
        TextLimits.limit(message, AskDraft.MESSAGE_MAX);
        dueOn.setId("ask-due");
        DateFields.dayMonthYear(dueOn);
        dueOn.setHelperText("Day/month/year. Leave empty for two weeks from today; at most 90 days ahead.");
        add(new Paragraph("Their answers are anonymous unless they sign, and you see them only together, once "
                + threshold + " have answered: honest views and one small change each."), peers);
        if (round == null) {
            add(message, dueOn);
        }
        var ask = new Button(round == null ? "Ask" : "Ask them too", e -> ask());
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setId("ask-send");
        var shown = FieldSnapshot.of(peers, message, dueOn);
        getFooter().add(DiscardGuard.cancelButton(this, shown::changed), ask);
        setWidth("min(36rem, 95vw)");
    }

    private void ask() {
        peers.setInvalid(false);
        if (peers.getValue().isEmpty()) {
            peers.setErrorMessage("Choose at least one colleague");
            peers.setInvalid(true);
            return;
        }
        // The picker marks text that is no date itself (with DateFields' message); a refusal by the
        // service stays until the date is changed.
        if (dueOn.isInvalid() || TextLimits.refused(message)) {
            return;
        }
        var chosen = peers.getValue().stream().map(PeerOption::accountId).collect(Collectors.toSet());
        try {
            if (round == null) {
                feedback.ask(new AskDraft(pair.relationshipId(), chosen, message.getValue(), dueOn.getValue()));
            } else {
                feedback.addPeers(round.roundId(), chosen);
            }
            Notifications.success("Asked " + peers.getValue().size() + (peers.getValue().size() == 1 ? " colleague."
                    : " colleagues."));
            close();
            onAsked.run();
        } catch (RuleViolation e) {
            var errors = new FieldErrors().on("dueOn", dueOn).on("message", message).on("peers", peers);
            if (!errors.show(e)) {
                errors.show("peers", e.getMessage());
            }
        }
    }
}
