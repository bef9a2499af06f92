package app.rapport.workspace.ui;

import app.rapport.workspace.Checkin;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.ToIntFunction;

/**
 * Check-ins of a relationship: this period's prompt for the caller (check in, or edit the one
 * made), then every check-in of both sides, newest period first, paged lazily. Reflections show
 * only where the service handed them over.
 */
public final class CheckinsTab extends Composite<VerticalLayout> {

    private final transient CheckinService service;
    private final transient Viewer viewer;
    private final Div current = new Div();
    private final Grid<Checkin> grid = new Grid<>(Checkin.class, false);

    public CheckinsTab(CheckinService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
        var cadence = viewer.program().checkinCadenceDays();
        var title = new H3("Check-ins");
        var lead = new Paragraph("Every " + cadence + (cadence == 1 ? " day" : " days")
                + ", each side rates connection, trust and value from 1 to 5. Both sides and the coordinators see "
                + "the ratings; a reflection stays with its author unless they share it.");
        lead.addClassName("rapport-lead");
        current.setId("checkin-current");
        current.addClassName("rapport-panel");

        grid.setId("checkins");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.period().label()).setHeader("Period").setKey("period").setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(Checkin::authorName).setHeader("Who").setKey("who").setFlexGrow(1);
        rating("Connection", "connection", Checkin::connection);
        rating("Trust", "trust", Checkin::trust);
        rating("Value", "value", Checkin::value);
        grid.addComponentColumn(this::reflection).setHeader("Reflection").setKey("reflection").setFlexGrow(3);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("7rem").setFlexGrow(0);
        grid.setEmptyStateText("No check-ins yet.");
        grid.setItems(q -> service.page(viewer.relationshipId(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(viewer.relationshipId()));
        grid.setHeight("26rem");

        getContent().setPadding(false);
        getContent().add(new Div(title, lead), current, grid);
        showCurrent();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCurrent();
    }

    /** This period, and for the pair the one thing to do in it. */
    private void showCurrent() {
        current.removeAll();
        var period = service.currentPeriod(viewer.relationshipId());
        current.add(new H4("This period: " + period.label()));
        if (!viewer.canWrite()) {
            current.add(new Paragraph(viewer.isParty() ? "This workspace is read-only now."
                    : "Coordinators read the check-ins; the pair writes them."));
            return;
        }
        var mine = service.mine(viewer.relationshipId());
        if (mine.isPresent()) {
            var c = mine.get();
            current.add(new Paragraph("You checked in: connection " + c.connection() + ", trust " + c.trust()
                    + ", value " + c.value() + ". Your next check-in opens when this period ends."));
            var edit = new Button("Edit my check-in", VaadinIcon.EDIT.create(),
                    e -> new CheckinDialog(service, viewer, c, period.label(), this::refresh).open());
            edit.setId("checkin-edit-mine");
            current.add(edit);
        } else {
            current.add(new Paragraph("How is it going with " + viewer.partnerName() + "? It takes a minute."));
            var open = new Button("Check in", VaadinIcon.CHECK.create(),
                    e -> new CheckinDialog(service, viewer, null, period.label(), this::refresh).open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("checkin-open");
            current.add(open);
        }
    }

    private void rating(String header, String key, ToIntFunction<Checkin> score) {
        grid.addComponentColumn(c -> {
            int n = score.applyAsInt(c);
            var badge = new Span(n + " / 5");
            badge.addClassNames("rapport-score", n >= 4 ? "rapport-score-high" : n == 3 ? "rapport-score-mid"
                    : "rapport-score-low");
            badge.getElement().setAttribute("aria-label", header + " " + n + " of 5");
            return badge;
        }).setHeader(header).setKey(key).setWidth("7.5rem").setFlexGrow(0);
    }

    private Component reflection(Checkin c) {
        if (c.reflection() != null) {
            var text = new Span(c.reflection());
            text.addClassName("rapport-notes");
            var box = new Div(text);
            if (c.side() == viewer.side()) {
                var note = new Span(c.reflectionShared() ? "Shared with " + viewer.partnerName() : "Only you see this");
                note.addClassName("rapport-reflection-note");
                box.add(note);
            }
            return box;
        }
        var hidden = new Span(c.side() == viewer.side() ? "No reflection" : "Not shared");
        hidden.addClassName("rapport-reflection-note");
        return hidden;
    }

    private Component actions(Checkin c) {
        var box = new Div();
        if (viewer.canWrite() && c.side() == viewer.side()) {
            var edit = new Button("Edit", e -> new CheckinDialog(service, viewer, c, c.period().label(),
                    this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(edit);
        }
        return box;
    }
}
