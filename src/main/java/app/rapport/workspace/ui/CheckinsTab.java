package app.rapport.workspace.ui;

import app.rapport.base.ui.PhoneColumns;
import app.rapport.workspace.Checkin;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Check-ins of a relationship: this period's prompt for the caller (check in, or edit the one
 * made), then every check-in of both sides, newest period first, paged lazily. Reflections show
 * only where the service handed them over.
 */
public final class CheckinsTab extends Composite<VerticalLayout> {

    // Lit templates filled from one JSON object per row; ${item.x} is always bound as text.
    // A long reflection shows its first lines until "Show more" (the server keeps which are open).
    private static final String REFLECTION = """
            ${item.reflection != null ? html`<div class="rapport-reflection">\
            <span class="rapport-notes ${item.clamped ? 'rapport-clamp' : ''}">${item.reflection}</span>\
            ${item.long ? html`<vaadin-button theme="tertiary-inline small" class="rapport-show-more" \
            aria-expanded="${item.clamped ? 'false' : 'true'}" @click=${toggle}>\
            ${item.clamped ? 'Show more' : 'Show less'}</vaadin-button>` : ''}\
            ${item.note ? html`<span class="rapport-reflection-note">${item.note}</span>` : ''}</div>`
                : html`<span class="rapport-reflection-note">${item.note}</span>`}""";
    /** Longer than about three lines of the column. */
    static final int CLAMPED_FROM = 200;
    private static final String ACTIONS = """
            <div>${item.own ? html`<vaadin-button theme="tertiary small" @click=${edit}>Edit</vaadin-button>`
                : ''}</div>""";

    private static final String STACKED = "<div class=\"rapport-stacked\"><span class=\"rapport-stacked-head\">"
            + "${item.period} · ${item.who}</span><div class=\"rapport-stacked-ratings\">"
            + "<span class=\"rapport-score ${item.connectionBand}\">Connection ${item.connection} / 5</span>"
            + "<span class=\"rapport-score ${item.trustBand}\">Trust ${item.trust} / 5</span>"
            + "<span class=\"rapport-score ${item.valueBand}\">Value ${item.value} / 5</span>"
            + "</div>" + REFLECTION + ACTIONS + "</div>";

    private final transient CheckinService service;
    private final transient Viewer viewer;
    private final Div current = new Div();
    private final Grid<Checkin> grid = new Grid<>(Checkin.class, false);
    private final Set<Long> expanded = new HashSet<>();

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
        grid.addColumn(reflection(LitRenderer.of(REFLECTION))).setHeader("Reflection").setKey("reflection")
                .setFlexGrow(3);
        grid.addColumn(actions(LitRenderer.of(ACTIONS))).setKey("actions").setWidth("7rem").setFlexGrow(0);
        // On a phone: period and author, the three ratings on one line, then the reflection.
        var stacked = grid.addColumn(actions(reflection(LitRenderer.<Checkin>of(STACKED)))
                        .withProperty("period", c -> c.period().label())
                        .withProperty("who", Checkin::authorName)
                        .withProperty("connection", Checkin::connection)
                        .withProperty("connectionBand", c -> band(c.connection()))
                        .withProperty("trust", Checkin::trust)
                        .withProperty("trustBand", c -> band(c.trust()))
                        .withProperty("value", Checkin::value)
                        .withProperty("valueBand", c -> band(c.value())))
                .setHeader("Check-ins").setKey("stacked").setFlexGrow(1);
        PhoneColumns.follow(grid, stacked);
        grid.setEmptyStateText("No check-ins yet.");
        grid.setItems(new CallbackDataProvider<>(
                q -> service.page(viewer.relationshipId(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(viewer.relationshipId()), Checkin::id));
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
        // The header is one of three fixed words, written into the template once; the score is the row's data.
        grid.addColumn(LitRenderer.<Checkin>of("<span class=\"rapport-score ${item.band}\" aria-label=\"" + header
                        + " ${item.score} of 5\">${item.score} / 5</span>")
                        .withProperty("score", score::applyAsInt)
                        .withProperty("band", c -> band(score.applyAsInt(c))))
                .setHeader(header).setKey(key).setWidth("7.5rem").setFlexGrow(0);
    }

    private LitRenderer<Checkin> reflection(LitRenderer<Checkin> renderer) {
        return renderer.withProperty("reflection", Checkin::reflection)
                .withProperty("long", CheckinsTab::isLong)
                .withProperty("clamped", c -> isLong(c) && !expanded.contains(c.id()))
                .withProperty("note", this::reflectionNote)
                .withFunction("toggle", this::toggle);
    }

    private LitRenderer<Checkin> actions(LitRenderer<Checkin> renderer) {
        return renderer.withProperty("own", this::own).withFunction("edit", this::edit);
    }

    private static String band(int score) {
        return score >= 4 ? "rapport-score-high" : score == 3 ? "rapport-score-mid" : "rapport-score-low";
    }

    /** Under one's own reflection, who sees it; in place of a missing one, why it is missing. */
    private String reflectionNote(Checkin c) {
        boolean mine = c.side() == viewer.side();
        if (c.reflection() != null) {
            return !mine ? null : c.reflectionShared() ? "Shared with " + viewer.partnerName() : "Only you see this";
        }
        return mine ? "No reflection" : "Not shared";
    }

    private static boolean isLong(Checkin c) {
        var text = c.reflection();
        return text != null && (text.length() > CLAMPED_FROM || text.lines().count() > 3);
    }

    private void toggle(Checkin c) {
        if (!expanded.remove(c.id())) {
            expanded.add(c.id());
        }
        grid.getDataProvider().refreshItem(c);
    }

    private boolean own(Checkin c) {
        return viewer.canWrite() && c.side() == viewer.side();
    }

    private void edit(Checkin c) {
        // The browser may call this for any row it holds: only one's own check-in opens.
        if (own(c)) {
            new CheckinDialog(service, viewer, c, c.period().label(), this::refresh).open();
        }
    }
}
