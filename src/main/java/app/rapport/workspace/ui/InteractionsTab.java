package app.rapport.workspace.ui;

import app.rapport.base.Days;
import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.PhoneColumns;
import app.rapport.workspace.Interaction;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.Viewer;
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
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.springframework.security.access.AccessDeniedException;

/**
 * The interactions of a relationship, newest first and paged lazily, with what was asked for and
 * given. The pair logs, confirms the other's entries and changes their own; everyone else reads.
 * A stalled pair sees the nudge above the list.
 */
public final class InteractionsTab extends Composite<VerticalLayout> {


    // Cells are Lit templates filled from one JSON object per row, not server-side components per
    // row. Every ${item.x} is bound as text, so what the pair typed is never read as markup.
    private static final String WHAT = """
            <div class="rapport-interaction">\
            <span class="rapport-interaction-title">${item.headline}</span>\
            ${item.askedBy ? html`<div class="rapport-help rapport-help-asked">\
            <span class="rapport-help-who">${item.askedBy}</span><span>${item.asked}</span></div>` : ''}\
            ${item.givenBy ? html`<div class="rapport-help rapport-help-given">\
            <span class="rapport-help-who">${item.givenBy}</span><span>${item.given}</span></div>` : ''}\
            ${item.hasNotes ? html`<vaadin-button theme="tertiary-inline small" \
            aria-label="Show or hide the notes" @click=${toggleNotes}>\
            <vaadin-icon icon="vaadin:notebook" slot="prefix"></vaadin-icon>Notes</vaadin-button>` : ''}\
            </div>""";
    private static final String LOGGED_BY = """
            <div class="rapport-person"><span>${item.loggedBy}</span>\
            ${item.confirmed ? html`<span class="rapport-badge rapport-badge-ok">Confirmed</span>`
                : html`<span class="rapport-badge rapport-badge-draft">Not confirmed yet</span>`}</div>""";
    private static final String ACTIONS = """
            <div class="rapport-row-actions">\
            ${item.own ? html`<vaadin-button theme="tertiary small" @click=${edit}>Edit</vaadin-button>\
            <vaadin-button theme="tertiary small error" @click=${remove}>Delete</vaadin-button>` : ''}\
            ${item.confirmable ? html`<vaadin-button theme="tertiary small" @click=${confirm}>Confirm</vaadin-button>`
                : ''}</div>""";
    private static final String STACKED = "<div class=\"rapport-stacked\"><span class=\"rapport-stacked-head\">"
            + "${item.date}</span>" + WHAT + LOGGED_BY + ACTIONS + "</div>";
    private static final String NOTES = """
            <p class="rapport-notes">${item.notes}</p>""";

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
        grid.addColumn(i -> Days.WEEKDAY.format(i.date())).setHeader("Date").setKey("date").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(what(LitRenderer.of(WHAT))).setHeader("What happened").setKey("what").setFlexGrow(3);
        grid.addColumn(loggedBy(LitRenderer.of(LOGGED_BY))).setHeader("Logged by").setKey("logged").setFlexGrow(1);
        grid.addColumn(actions(LitRenderer.of(ACTIONS))).setKey("actions").setWidth("13rem").setFlexGrow(0);
        // On a phone: the same parts, one under the other, in one column.
        var stacked = grid.addColumn(actions(loggedBy(what(LitRenderer.<Interaction>of(STACKED))))
                        .withProperty("date", i -> Days.WEEKDAY.format(i.date())))
                .setHeader("Interactions").setKey("stacked").setFlexGrow(1);
        PhoneColumns.follow(grid, stacked);
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(LitRenderer.<Interaction>of(NOTES).withProperty("notes", Interaction::notes));
        grid.setEmptyStateText(viewer.canWrite()
                ? "Nothing logged yet. After your next meeting, log it here: even a 10-minute chat counts."
                : "No interactions logged yet.");
        // Identified by id, so that a confirmed row replaces its old version in place (refreshItem).
        grid.setItems(new CallbackDataProvider<>(
                q -> service.page(viewer.relationshipId(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(viewer.relationshipId()), Interaction::id));
        grid.setHeight("30rem");
        // Rows are tall (asks, gives, actions), so a few fill the grid: fetch 20 at a time, not 50.
        grid.setPageSize(20);

        getContent().setPadding(false);
        getContent().add(nudge, header, grid);
        showNudge();
    }

    private LitRenderer<Interaction> what(LitRenderer<Interaction> renderer) {
        return renderer.withProperty("headline", i -> capitalised(i.description()) + ", started by "
                        + viewer.nameOf(i.initiatedBy()))
                .withProperty("askedBy", i -> i.helpAskedBy() == null ? null
                        : viewer.nameOf(i.helpAskedBy()) + " asked for help: ")
                .withProperty("asked", i -> i.helpAskedBy() == null ? null : i.helpAsked())
                .withProperty("givenBy", i -> i.helpGivenBy() == null ? null
                        : viewer.nameOf(i.helpGivenBy()) + " gave help: ")
                .withProperty("given", i -> i.helpGivenBy() == null ? null : i.helpGiven())
                .withProperty("hasNotes", i -> i.notes() != null)
                .withFunction("toggleNotes", i -> grid.setDetailsVisible(i, !grid.isDetailsVisible(i)));
    }

    private LitRenderer<Interaction> loggedBy(LitRenderer<Interaction> renderer) {
        return renderer.withProperty("loggedBy", i -> viewer.nameOf(i.loggedBy()))
                .withProperty("confirmed", Interaction::confirmed);
    }

    private LitRenderer<Interaction> actions(LitRenderer<Interaction> renderer) {
        return renderer.withProperty("own", this::own)
                .withProperty("confirmable", this::confirmable)
                .withFunction("edit", this::edit)
                .withFunction("remove", this::confirmDelete)
                .withFunction("confirm", this::confirm);
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

    private boolean own(Interaction i) {
        return viewer.canWrite() && i.loggedBy() == viewer.side();
    }

    private boolean confirmable(Interaction i) {
        return viewer.canWrite() && i.loggedBy() != viewer.side() && !i.confirmed();
    }

    // A template function can be called for any row the browser holds: each checks the row allows it.
    private void edit(Interaction i) {
        if (own(i)) {
            new InteractionDialog(service, viewer, i, this::refresh).open();
        }
    }

    private void confirm(Interaction i) {
        if (confirmable(i)) {
            // Confirming changes this row only, neither the order nor the count: send just that row again.
            act(() -> grid.getDataProvider().refreshItem(service.confirm(i.id(), i.version())),
                    "Confirmed. Thank you!");
        }
    }

    private void confirmDelete(Interaction i) {
        if (!own(i)) {
            return;
        }
        var dialog = new ConfirmDialog("Delete this interaction?", "The " + i.description() + " on "
                + Days.WEEKDAY.format(i.date()) + " will be removed from your history and the timeline. This cannot be undone.",
                "Delete", e -> act(() -> {
                    service.delete(i.id(), i.version());
                    refresh();
                }, "Interaction deleted"));
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
            refresh();
        } catch (AccessDeniedException e) {
            Notifications.error("This interaction was changed or removed meanwhile; the list is reloaded.");
            refresh();
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
