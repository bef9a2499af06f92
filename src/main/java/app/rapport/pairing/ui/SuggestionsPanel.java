package app.rapport.pairing.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.pairing.MatchingService;
import app.rapport.pairing.MatchingService.MenteeOption;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.Suggestion;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.security.access.AccessDeniedException;

/**
 * Choose a mentee; the program's mentors are ranked for them with reasons, and one click proposes.
 * A mentor whose relationship with this mentee ended early shows that history, and proposing them
 * again asks for confirmation first.
 */
final class SuggestionsPanel extends Composite<VerticalLayout> {

    private final transient MatchingService matching;
    private final transient RelationshipService relationships;
    private final long programId;
    private final Runnable changed;
    private final ComboBox<MenteeOption> mentee = new ComboBox<>("Mentee");
    private final Grid<Suggestion> grid = new Grid<>(Suggestion.class, false);

    SuggestionsPanel(MatchingService matching, RelationshipService relationships, long programId, Runnable changed) {
        this.matching = matching;
        this.relationships = relationships;
        this.programId = programId;
        this.changed = changed;
        mentee.setId("pairing-mentee");
        mentee.setWidth("24rem");
        mentee.setPlaceholder("Type a name");
        mentee.setHelperText("Mentees without a relationship come first.");
        mentee.setItemLabelGenerator(m -> m.name() + (m.openRelationships() > 0
                ? " (" + m.openRelationships() + " open)" : ""));
        mentee.setItems(matching.mentees(programId));
        mentee.addValueChangeListener(e -> show());

        grid.setId("suggestions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(s -> Labels.score(s.proposable() ? s.match().score() : null)).setHeader("Score")
                .setKey("score").setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(SuggestionsPanel::mentor).setHeader("Mentor").setKey("mentor").setFlexGrow(2);
        grid.addComponentColumn(SuggestionsPanel::reasons).setHeader("Why").setKey("why").setFlexGrow(4);
        grid.addComponentColumn(this::action).setKey("action").setWidth("9rem").setFlexGrow(0);
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        grid.setEmptyStateText("Choose a mentee to see the mentors ranked for them.");
        getContent().setPadding(false);
        getContent().add(mentee, grid);
    }

    private void show() {
        var chosen = mentee.getValue();
        grid.setItems(chosen == null ? java.util.List.of() : matching.suggestions(programId, chosen.enrolmentId()));
    }

    private static Div mentor(Suggestion s) {
        var name = new Span(s.mentorName());
        name.addClassName("rapport-person-name");
        var box = new Div(name);
        if (s.department() != null) {
            var dept = new Span(s.department());
            dept.addClassName("rapport-person-email");
            box.add(dept);
        }
        box.addClassName("rapport-person");
        return box;
    }

    private static UnorderedList reasons(Suggestion s) {
        var list = new UnorderedList();
        list.addClassName("rapport-reasons");
        if (!s.proposable()) {
            var blocker = new ListItem(s.blocker());
            blocker.addClassName("rapport-reason-blocker");
            list.add(blocker);
        }
        if (s.endedBefore() != null) {
            var history = new ListItem(earlyEnd(s));
            history.addClassName("rapport-reason-blocker");
            list.add(history);
        }
        s.reasons().forEach(r -> list.add(new ListItem(r)));
        return list;
    }

    private Button action(Suggestion s) {
        var propose = new Button("Propose", e -> {
            if (s.endedBefore() == null) {
                propose(s);
            } else {
                confirmAgain(s);
            }
        });
        propose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        propose.setEnabled(s.proposable());
        propose.setAriaLabel("Propose " + s.mentorName());
        return propose;
    }

    private static String earlyEnd(Suggestion s) {
        var ended = s.endedBefore();
        return "Their relationship ended early on " + Labels.date(ended.at())
                + (ended.reason() == null ? "" : ": “" + ended.reason() + "”");
    }

    private void confirmAgain(Suggestion s) {
        var chosen = mentee.getValue();
        var dialog = new ConfirmDialog("Propose " + chosen.name() + " and " + s.mentorName() + " again?",
                earlyEnd(s) + ". Propose them again only if what ended it has changed.", "Propose again",
                e -> propose(s));
        dialog.setCancelable(true);
        dialog.setId("propose-again");
        dialog.open();
    }

    private void propose(Suggestion s) {
        var chosen = mentee.getValue();
        try {
            relationships.propose(programId, s.mentorEnrolmentId(), chosen.enrolmentId(), s.endedBefore() != null);
            Notifications.success("Proposed " + chosen.name() + " with " + s.mentorName()
                    + ". Both will see it on their home page.");
            mentee.setItems(matching.mentees(programId));
            mentee.clear();
            changed.run();
        } catch (RuleViolation | AccessDeniedException ex) {
            Notifications.error(ex.getMessage());
            show();
        }
    }
}
