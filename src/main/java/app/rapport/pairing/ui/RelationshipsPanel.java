package app.rapport.pairing.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.pairing.RelationshipFilter;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.pairing.RelationshipSummary;
import app.rapport.program.ProgramDetails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every relationship of a program: filtered by status and name, paged lazily; withdraw an unanswered
 * proposal, complete, end, or see its history. Names and close reasons wrap rather than being cut.
 */
final class RelationshipsPanel extends Composite<VerticalLayout> {

    private final transient RelationshipService relationships;
    private final ProgramDetails program;
    private final CheckboxGroup<RelationshipStatus> statuses = new CheckboxGroup<>();
    private final TextField text = new TextField();
    private final Grid<RelationshipSummary> grid = new Grid<>(RelationshipSummary.class, false);

    RelationshipsPanel(RelationshipService relationships, ProgramDetails program) {
        this.relationships = relationships;
        this.program = program;
        statuses.setItems(RelationshipStatus.values());
        statuses.setItemLabelGenerator(RelationshipStatus::label);
        statuses.setValue(EnumSet.of(RelationshipStatus.PROPOSED, RelationshipStatus.ACTIVE));
        statuses.setAriaLabel("Statuses");
        statuses.setId("relationship-statuses");
        statuses.addValueChangeListener(e -> refresh());
        text.setPlaceholder("Search mentor or mentee");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAriaLabel("Search mentor or mentee");
        text.setId("relationship-search");
        text.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(text, statuses);
        filters.setWrap(true);
        filters.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);

        grid.setId("relationships");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RelationshipSummary::menteeName).setHeader("Mentee").setKey("mentee")
                .setSortProperty("menteeName").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(RelationshipSummary::mentorName).setHeader("Mentor").setKey("mentor")
                .setSortProperty("mentorName").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(r -> Labels.status(r.status())).setHeader("Status").setSortProperty("status")
                .setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(r -> Labels.score(r.matchScore())).setHeader("Score").setSortProperty("matchScore")
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(RelationshipsPanel::waiting).setHeader("Progress").setKey("progress").setWidth("14rem")
                .setFlexGrow(3);
        grid.addColumn(r -> Labels.date(r.proposedAt())).setHeader("Proposed").setSortProperty("proposedAt")
                .setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("19rem").setFlexGrow(0);
        grid.setEmptyStateText("No relationships with these statuses yet. Propose a pairing above, or match "
                + "everyone at once on the Matching tab.");
        grid.setItems(q -> relationships.search(program.id(), filter(), q.getOffset(), q.getLimit(),
                        VaadinSpringDataHelpers.toSpringDataSort(q)).stream(),
                q -> (int) relationships.count(program.id(), filter()));
        grid.setHeight("28rem");
        getContent().setPadding(false);
        getContent().add(filters, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private RelationshipFilter filter() {
        return new RelationshipFilter(statuses.getValue(), text.getValue());
    }

    private static String waiting(RelationshipSummary r) {
        return switch (r.status()) {
            case PROPOSED -> r.mentorAcceptedAt() == null && r.menteeAcceptedAt() == null ? "Waiting for both"
                    : r.mentorAcceptedAt() == null ? "Waiting for " + r.mentorName()
                    : "Waiting for " + r.menteeName();
            case ACTIVE -> "Since " + Labels.date(r.startedAt());
            default -> r.closeReason() == null ? Labels.date(r.closedAt())
                    : Labels.date(r.closedAt()) + ": " + r.closeReason();
        };
    }

    private Div actions(RelationshipSummary r) {
        var history = button("History", () -> new HistoryDialog(r, relationships.history(r.id())).open());
        history.setAriaLabel("History of " + r.menteeName() + " and " + r.mentorName());
        var box = new Div(history);
        if (r.status().started()) {
            // The workspace belongs to the workspace feature; the coordinators read it there.
            var open = button("Open", () -> UI.getCurrent().navigate("relationships/" + r.id()));
            open.setAriaLabel("Open the workspace of " + r.menteeName() + " and " + r.mentorName());
            box.add(open);
        }
        if (r.status() == RelationshipStatus.ACTIVE && !program.readOnly()) {
            var complete = button("Complete", () -> new ReasonDialog("Mark as completed",
                    r.menteeName() + " and " + r.mentorName() + " reached the end of their relationship.",
                    "Mark completed", false, false, note -> act(() -> relationships.complete(r.id(), r.version(),
                            note), "Marked as completed")).open());
            var end = button("End", () -> new ReasonDialog("End early",
                    "Ending stops the relationship of " + r.menteeName() + " and " + r.mentorName()
                            + " before its time. Its history stays.",
                    "End relationship", true, true, reason -> act(() -> relationships.end(r.id(), r.version(),
                            reason), "Relationship ended")).open());
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(complete, end);
        }
        if (r.withdrawable() && !program.readOnly()) {
            var withdraw = button("Withdraw", () -> new ReasonDialog("Withdraw the proposal",
                    "Nobody has answered the proposal of " + r.menteeName() + " and " + r.mentorName()
                            + " yet. Withdrawing takes it off both home pages and frees the mentor's slot; "
                            + "the pair may be proposed again later.",
                    "Withdraw proposal", true, true, reason -> act(() -> relationships.withdraw(r.id(), r.version(),
                            reason), "Proposal withdrawn")).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setAriaLabel("Withdraw the proposal of " + r.menteeName() + " and " + r.mentorName());
            box.add(withdraw);
        }
        box.addClassName("rapport-row-actions");
        return box;
    }

    private void act(Supplier<RelationshipSummary> action, String done) {
        try {
            action.get();
            Notifications.success(done);
        } catch (AccessDeniedException e) {
            throw new RuleViolation(null, "You may no longer change this relationship.");
        } finally {
            refresh();
        }
    }

    private static Button button(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
