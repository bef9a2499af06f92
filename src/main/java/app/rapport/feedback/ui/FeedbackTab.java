package app.rapport.feedback.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.feedback.Advice;
import app.rapport.feedback.AskContext;
import app.rapport.feedback.AskedPeer;
import app.rapport.feedback.FeedbackRoundService;
import app.rapport.feedback.RoundResults;
import app.rapport.feedback.RoundSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;

/**
 * Peer feedback in the workspace (practice 2): ask colleagues, follow the rounds, and read what
 * they saw, in aggregate, once enough of them have answered.
 */
final class FeedbackTab extends Composite<VerticalLayout> {

    private final transient FeedbackRoundService feedback;
    private final transient AskContext pair;
    private final Div rounds = new Div();

    FeedbackTab(FeedbackRoundService feedback, long relationshipId) {
        this.feedback = feedback;
        this.pair = feedback.askContext(relationshipId);
        var title = new H3("Peer feedback");
        var lead = new Paragraph("Colleagues who have seen you work together give honest observations and one small "
                + "change each. You see their answers together, without names unless they sign, once enough have "
                + "answered.");
        lead.addClassName("rapport-lead");
        var header = new Div(new Div(title, lead));
        header.addClassName("rapport-toolbar");
        if (pair.askable()) {
            var ask = new Button("Ask for feedback", VaadinIcon.COMMENTS_O.create(),
                    e -> new AskFeedbackDialog(feedback, pair, this::refresh).open());
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ask.setId("feedback-ask");
            header.add(ask);
        }
        rounds.setId("feedback-rounds");
        rounds.addClassName("rapport-workspace-tab");
        getContent().setPadding(false);
        getContent().add(header, rounds);
        refresh();
    }

    private void refresh() {
        rounds.removeAll();
        var all = feedback.rounds(pair.relationshipId());
        if (all.isEmpty()) {
            var empty = new Paragraph("No one has been asked yet. Think of two or three colleagues who have seen you "
                    + "together in a meeting or a project, and ask them.");
            empty.addClassName("rapport-empty");
            rounds.add(empty);
            return;
        }
        all.forEach(r -> rounds.add(round(r)));
    }

    private Div round(RoundSummary r) {
        var card = new Div();
        card.addClassNames("rapport-card", "rapport-feedback-round");
        card.add(new H4("Asked by " + r.requestedBy() + " on " + Dates.day(r.requestedAt()) + " · answers by "
                + Dates.day(r.dueOn())));
        if (r.message() != null && !r.message().isBlank()) {
            var quote = new Div(new Span(r.message()));
            quote.addClassName("rapport-quote");
            card.add(quote);
        }
        card.add(new Paragraph("Asked: " + String.join(", ", r.peersAsked())));
        if (!r.withdrawable().isEmpty()) {
            var withdraw = new MenuBar();
            withdraw.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
            var item = withdraw.addItem("Withdraw a request…");
            r.withdrawable().forEach(p -> item.getSubMenu().addItem(p.name(), e -> confirmWithdraw(r, p)));
            card.add(withdraw);
        }
        if (r.results() == null) {
            int missing = r.answersNeeded();
            var hidden = new Paragraph(r.answers() + " of " + r.threshold() + " answers so far: " + missing
                    + (missing == 1 ? " more answer needed" : " more answers needed")
                    + "; the results stay hidden until then.");
            hidden.addClassName("rapport-feedback-hidden");
            card.add(hidden);
            if (r.fewerAskedThanNeeded()) {
                var warning = new Paragraph(r.peersAsked().size() + (r.peersAsked().size() == 1 ? " person is"
                        : " people are") + " asked and the results need " + r.threshold() + " answers: ask more "
                        + "people, or this round may never show its results.");
                warning.addClassName("rapport-feedback-warning");
                warning.setId("feedback-too-few");
                card.add(warning);
            }
        } else {
            card.add(results(r.results(), r.threshold()));
        }
        if (r.canAddPeers()) {
            var more = new Button("Ask more people…", VaadinIcon.PLUS.create(),
                    e -> new AskFeedbackDialog(feedback, pair, r, this::refresh).open());
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClassName("rapport-feedback-more");
            card.add(more);
        }
        if (r.canRemind()) {
            var remind = new Button("Send a reminder", VaadinIcon.BELL_O.create(), e -> {
                try {
                    feedback.remind(r.roundId());
                    Notifications.success("Reminder sent to those who have not answered yet.");
                } catch (RuleViolation ex) {
                    Notifications.error(ex.getMessage());
                }
                refresh();
            });
            remind.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            card.add(remind);
        }
        return card;
    }

    private void confirmWithdraw(RoundSummary r, AskedPeer peer) {
        var dialog = new ConfirmDialog("Withdraw the request to " + peer.name() + "?",
                "They will no longer be asked. Whatever they may have answered already stays counted.", "Withdraw",
                e -> {
                    try {
                        feedback.cancel(r.roundId(), peer.accountId());
                        Notifications.success("Request to " + peer.name() + " withdrawn.");
                    } catch (RuleViolation ex) {
                        Notifications.error(ex.getMessage());
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private static Div results(RoundResults results, int threshold) {
        var box = new Div();
        box.addClassName("rapport-feedback-results");
        var count = new Paragraph(results.answers() + " answers. Later answers and changes show together, once "
                + "there are at least " + threshold + " of them, so that no one's answer stands out.");
        count.addClassName("rapport-feedback-count");
        box.add(count);
        box.add(bar("Observed rapport", results.rapport()), bar("Give and take", results.giveAndTake()),
                bar("Communication", results.communication()));
        var advice = new UnorderedList();
        advice.addClassName("rapport-advice");
        for (Advice a : results.advice()) {
            var item = new ListItem(new Span(a.text()));
            if (a.signedBy() != null) {
                var by = new Span(" — " + a.signedBy());
                by.addClassName("rapport-advice-by");
                item.add(by);
            }
            advice.add(item);
        }
        box.add(new H4("Small changes they suggest"), advice);
        return box;
    }

    private static Div bar(String label, Double average) {
        var row = new Div();
        row.addClassName("rapport-goal-progress");
        var name = new Span(label);
        name.addClassName("rapport-feedback-dimension");
        var value = new Span(average == null ? "not observed" : String.format(Locale.UK, "%.1f / 5", average));
        value.addClassName("rapport-goal-percent");
        var progress = new ProgressBar(0, 5, average == null ? 0 : average);
        progress.getElement().setAttribute("aria-label", label + ": " + value.getText());
        row.add(name, progress, value);
        return row;
    }
}
