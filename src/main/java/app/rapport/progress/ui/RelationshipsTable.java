package app.rapport.progress.ui;

import app.rapport.base.Days;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.progress.Health;
import app.rapport.progress.ProgressService;
import app.rapport.progress.RelationshipRow;
import app.rapport.progress.RowQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Every relationship of the program with its metrics: a lazy grid (a page of rows per fetch,
 * sorted and filtered in the database), a link to each one's progress, and the same rows as CSV.
 */
final class RelationshipsTable extends Composite<Div> {


    private final transient ProgressService progress;
    private final long programId;
    private final Grid<RelationshipRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<RelationshipStatus> status = new Select<>();

    /** {@code total} is the program's count of relationships, known already, for the unfiltered grid. */
    RelationshipsTable(ProgressService progress, long programId, String programName, IntSupplier total) {
        this.progress = progress;
        this.programId = programId;
        search.setPlaceholder("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("relationships-search");
        search.getElement().setAttribute("aria-label", "Search relationships by name");
        status.setPlaceholder("Any status");
        status.setItems(RelationshipStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionCaption("Any status");
        status.setEmptySelectionAllowed(true);
        status.setId("relationships-status");
        status.getElement().setAttribute("aria-label", "Status");
        var bar = new Div(search, status, exportLink(programName));
        bar.addClassName("rapport-toolbar");
        configureGrid(total);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var box = getContent();
        box.addClassName("rapport-relationships-table");
        box.add(new H3("Relationships"), bar, grid);
    }

    private RowQuery query(RowQuery.Sort sort, boolean descending) {
        return new RowQuery(search.getValue(), status.getValue(), sort, descending);
    }

    private void configureGrid(IntSupplier total) {
        grid.setId("relationships");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(LitRenderer.<RelationshipRow>of("""
                ${item.link ? html`<a href="${item.link}">${item.name}</a>` : item.name}
                ${item.status ? html`<span class="rapport-row-status">${item.status}</span>` : ''}""")
                .withProperty("name", r -> r.menteeName() + " & " + r.mentorName())
                .withProperty("link", r -> r.startedOn() == null ? null
                        : "relationships/" + r.relationshipId() + "/progress")
                .withProperty("status", r -> r.status() == RelationshipStatus.ACTIVE ? null : r.status().label()))
                .setHeader("Relationship").setKey("pair")
                .setSortProperty(RowQuery.Sort.MENTEE.name()).setFlexGrow(3).setWidth("11rem");
        grid.addColumn(LitRenderer.<RelationshipRow>of("""
                ${item.health == null ? '–' : html`<span class="rapport-health-chip ${item.band}">${item.health}</span>`}
                ${item.trend ? html`<span class="${item.trendClass}" title="Change over 4 weeks">${item.trend}</span>`
                    : ''}""")
                .withProperty("health", RelationshipRow::health)
                .withProperty("band", r -> r.health() == null ? "" : HealthPanel.band(Health.Band.of(r.health())))
                .withProperty("trend", RelationshipsTable::trend)
                .withProperty("trendClass", r -> r.health() != null && r.healthFourWeeksAgo() != null
                        && r.health() > r.healthFourWeeksAgo() ? "rapport-trend-up" : "rapport-trend-down"))
                .setHeader("Health").setKey("health")
                .setSortProperty(RowQuery.Sort.HEALTH.name()).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.lastInteractionOn() == null ? "–" : Days.format(r.lastInteractionOn()))
                .setHeader("Last interaction").setKey("last").setSortProperty(RowQuery.Sort.LAST_INTERACTION.name())
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(RelationshipRow::interactions).setHeader("Interactions").setKey("interactions")
                .setSortProperty(RowQuery.Sort.INTERACTIONS.name()).setWidth("7.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> (r.menteeAsks() + r.mentorGives()) + " / " + (r.mentorAsks() + r.menteeGives()))
                .setHeader(header("Help given", "to mentee / mentor")).setKey("help").setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> one(r.mentorRating()) + " / " + one(r.menteeRating()) + " / " + one(r.peerRating()))
                .setHeader(header("Ratings", "mentor / mentee / peers")).setKey("ratings").setWidth("9.5rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.goalProgress() == null ? "–" : r.goalProgress() + " %").setHeader("Goals")
                .setKey("goals").setWidth("5.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText("No relationship matches.");
        grid.setMultiSort(false);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("health")).build());
        grid.setItems(q -> {
            var order = q.getSortOrders().stream().findFirst();
            var sort = order.map(o -> RowQuery.Sort.valueOf(o.getSorted())).orElse(RowQuery.Sort.HEALTH);
            boolean descending = order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false);
            return progress.relationships(programId, query(sort, descending), q.getOffset(), q.getLimit()).stream();
        }, q -> {
            var filter = query(null, false);
            return filter.unfiltered() ? total.getAsInt() : progress.countRelationships(programId, filter);
        });
        grid.setHeight("32rem");
    }

    /** " ▲7" or " ▼12": how health moved over the last 4 weeks; null when it did not or is unknown. */
    private static String trend(RelationshipRow r) {
        if (r.health() == null || r.healthFourWeeksAgo() == null || r.health().equals(r.healthFourWeeksAgo())) {
            return null;
        }
        int delta = r.health() - r.healthFourWeeksAgo();
        return (delta > 0 ? " ▲" : " ▼") + Math.abs(delta);
    }

    /** A column heading with a second, smaller line saying how to read the cells. */
    private static Component header(String title, String detail) {
        var small = new Span(detail);
        small.addClassName("rapport-header-detail");
        var box = new Div(new Span(title), small);
        box.addClassName("rapport-header-two-lines");
        return box;
    }

    private static String one(Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.1f", value);
    }

    private Anchor exportLink(String programName) {
        var fileName = programName.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + "-relationships.csv";
        DownloadHandler csv = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv;charset=UTF-8");
            try (var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                progress.exportCsv(programId, query(RowQuery.Sort.HEALTH, false), writer);
            }
        };
        var link = new Anchor(csv, "");
        link.getElement().setAttribute("download", true);
        link.setId("relationships-export");
        var button = new Button("Export CSV", VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }
}
