package app.rapport.workspace.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.workspace.Interaction;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * The interactions of a relationship, newest first and paged lazily, with what was asked for and
 * given. The pair logs, confirms the other's entries and changes their own; everyone else reads.
 * A stalled pair sees the nudge above the list.
 */
public final class InteractionsTab extends Composite<VerticalLayout> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final transient InteractionService service;
    private final transient Viewer viewer;
    private final Div nudge = new Div();
    private final Grid<Interaction> grid = new Grid<>(Interaction.class, false);

    public InteractionsTab(InteractionService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
        nudge.setId("interaction-nudge");
        nudge.addClassName("rapport-nudge");

        var title = new H3("Interactions");
        var lead = new Paragraph("Every meeting and exchange, with who asked for help and who gave it.");
        lead.addClassName("rapport-lead");
        var header = new Div(new Div(title, lead));
        header.addClassName("rapport-toolbar");
        if (viewer.canWrite()) {
            var log = new Button("Log an interaction", VaadinIcon.PLUS.create(),
                    e -> new InteractionDialog(service, viewer, null, this::refresh).open());
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            log.setId("interaction-log");
            header.add(log);
        }

        grid.setId("interactions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> DAY.format(i.date())).setHeader("Date").setKey("date").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::what).setHeader("What happened").setKey("what").setFlexGrow(3);
        grid.addComponentColumn(this::loggedBy).setHeader("Logged by").setKey("logged").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("13rem").setFlexGrow(0);
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(InteractionsTab::notes));
        grid.setEmptyStateText(viewer.canWrite()
                ? "Nothing logged yet. After your next meeting, log it here: even a 10-minute chat counts."
                : "No interactions logged yet.");
        grid.setItems(q -> service.page(viewer.relationshipId(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(viewer.relationshipId()));
        grid.setHeight("30rem");
        // Rows are tall (asks, gives, actions), so a few fill the grid: fetch 20 at a time, not 50.
        grid.setPageSize(20);

        getContent().setPadding(false);
        getContent().add(nudge, header, grid);
        showNudge();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showNudge();
    }

    private void showNudge() {
        nudge.removeAll();
        var found = service.nudge(viewer.relationshipId());
        found.ifPresent(n -> {
            var icon = VaadinIcon.LIGHTBULB.create();
            var text = new Span(n.message());
            text.addClassName("rapport-nudge-text");
            nudge.add(icon, text);
        });
        nudge.setVisible(found.isPresent());
    }

    private Component what(Interaction i) {
        var headline = new Span(capitalised(i.description()) + ", started by " + viewer.nameOf(i.initiatedBy()));
        headline.addClassName("rapport-interaction-title");
        var box = new Div(headline);
        box.addClassName("rapport-interaction");
        if (i.helpAskedBy() != null) {
            box.add(help(viewer.nameOf(i.helpAskedBy()) + " asked for help: ", i.helpAsked(), "rapport-help-asked"));
        }
        if (i.helpGivenBy() != null) {
            box.add(help(viewer.nameOf(i.helpGivenBy()) + " gave help: ", i.helpGiven(), "rapport-help-given"));
        }
        if (i.notes() != null) {
            var toggle = new Button("Notes", VaadinIcon.NOTEBOOK.create(),
                    e -> grid.setDetailsVisible(i, !grid.isDetailsVisible(i)));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            toggle.setAriaLabel("Show or hide the notes");
            box.add(toggle);
        }
        return box;
    }

    private static Div help(String who, String what, String className) {
        var whoSpan = new Span(who);
        whoSpan.addClassName("rapport-help-who");
        var line = new Div(whoSpan, new Span(what));
        line.addClassNames("rapport-help", className);
        return line;
    }

    private static Component notes(Interaction i) {
        var text = new Paragraph(i.notes() == null ? "" : i.notes());
        text.addClassName("rapport-notes");
        return text;
    }

    private Component loggedBy(Interaction i) {
        var name = new Span(viewer.nameOf(i.loggedBy()));
        var badge = new Span(i.confirmed() ? "Confirmed" : "Not confirmed yet");
        badge.addClassNames("rapport-badge", i.confirmed() ? "rapport-badge-ok" : "rapport-badge-draft");
        var box = new Div(name, badge);
        box.addClassName("rapport-person");
        return box;
    }

    private Component actions(Interaction i) {
        var box = new Div();
        box.addClassName("rapport-row-actions");
        if (!viewer.canWrite()) {
            return box;
        }
        if (i.loggedBy() == viewer.side()) {
            box.add(button("Edit",
                    () -> new InteractionDialog(service, viewer, i, this::refresh).open()));
            var delete = button("Delete", () -> confirmDelete(i));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(delete);
        } else if (!i.confirmed()) {
            box.add(button("Confirm", () -> act(() -> service.confirm(i.id(), i.version()),
                    "Confirmed. Thank you!")));
        }
        return box;
    }

    private void confirmDelete(Interaction i) {
        var dialog = new ConfirmDialog("Delete this interaction?", "The " + i.description() + " on "
                + DAY.format(i.date()) + " will be removed from your history and the timeline. This cannot be undone.",
                "Delete", e -> act(() -> service.delete(i.id(), i.version()), "Interaction deleted"));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("interaction-delete-confirm");
        dialog.open();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (RuleViolation e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("This interaction was changed or removed meanwhile; the list is reloaded.");
        } finally {
            refresh();
        }
    }

    private static Button button(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
