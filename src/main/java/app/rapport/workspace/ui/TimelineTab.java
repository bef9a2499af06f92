package app.rapport.workspace.ui;

import app.rapport.base.ui.PhoneColumns;
import app.rapport.base.ui.Times;
import app.rapport.workspace.TimelineEntry;
import app.rapport.workspace.TimelineKind;
import app.rapport.workspace.TimelineService;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;

/** Everything that happened in the relationship, newest first, filtered by kind, paged lazily (practice 3). */
public final class TimelineTab extends Composite<VerticalLayout> {


    private final CheckboxGroup<TimelineKind> kinds = new CheckboxGroup<>();
    private final Grid<TimelineEntry> grid = new Grid<>(TimelineEntry.class, false);

    public TimelineTab(TimelineService timeline, Viewer viewer) {
        kinds.setItems(TimelineKind.values());
        kinds.setItemLabelGenerator(TimelineKind::label);
        kinds.setAriaLabel("Show only");
        kinds.setId("timeline-kinds");
        kinds.setHelperText("Tick kinds to show only those.");
        kinds.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("timeline");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER,
                GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Times.date(e.at())).setHeader("When").setKey("when").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<TimelineEntry>of(
                        "<span class=\"rapport-badge rapport-badge-kind-${item.kind}\">${item.label}</span>")
                        .withProperty("kind", e -> e.kind().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", e -> e.kind().label()))
                .setHeader("What").setKey("kind").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(TimelineEntry::actorName).setHeader("Who").setKey("who").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(TimelineEntry::summary).setHeader("").setKey("summary").setFlexGrow(1);
        // On a phone: when, what and who on one line, the summary under them. Bound as text only.
        var stacked = grid.addColumn(LitRenderer.<TimelineEntry>of("""
                        <div class="rapport-stacked"><span class="rapport-stacked-head">${item.when} · \
                        <span class="rapport-badge rapport-badge-kind-${item.kind}">${item.label}</span> · \
                        ${item.who}</span><span>${item.summary}</span></div>""")
                        .withProperty("when", e -> Times.date(e.at()))
                        .withProperty("kind", e -> e.kind().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", e -> e.kind().label())
                        .withProperty("who", TimelineEntry::actorName)
                        .withProperty("summary", TimelineEntry::summary))
                .setHeader("Timeline").setKey("stacked").setFlexGrow(1);
        PhoneColumns.follow(grid, stacked);
        grid.setItems(q -> timeline.page(viewer.relationshipId(), kinds.getValue(), q.getOffset(), q.getLimit())
                .stream(), q -> (int) timeline.count(viewer.relationshipId(), kinds.getValue()));
        grid.setEmptyStateText("Nothing of these kinds has happened yet.");
        grid.setHeight("32rem");
        getContent().setPadding(false);
        getContent().add(kinds, grid);
    }
}
