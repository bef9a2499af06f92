package app.rapport.base.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * A card with a heading, a {@link Chart} and, beside it, a table of exactly the figures drawn. The
 * canvas says nothing to a screen reader and is hard to read precisely, so every chart comes with
 * its numbers as text. On wide cards the two sit side by side; on narrow ones the table goes below.
 */
public final class ChartCard extends Composite<Div> {

    static final String EMPTY_TEXT = "No data in this range yet";
    static final String NOTE_HEADING = "Note";
    private static final String NOTE_CLASS = "rapport-chart-note";

    private final H3 heading = new H3();
    private final Chart chart = new Chart();
    private final Div tableBox = new Div();
    private final Div body = new Div();
    private final Paragraph empty = new Paragraph(EMPTY_TEXT);
    private NativeTable table;
    private ChartSpec spec;

    public ChartCard(ChartSpec spec) {
        var figure = new Div(chart);
        figure.addClassName("rapport-chart-figure");
        tableBox.addClassName("rapport-chart-table-box");
        // A scrolling region must be reachable by keyboard and named.
        tableBox.getElement().setAttribute("tabindex", "0");
        tableBox.getElement().setAttribute("role", "region");
        body.addClassName("rapport-chart-body");
        body.add(figure, tableBox);
        empty.addClassName("rapport-chart-empty");
        getContent().addClassNames("rapport-card", "rapport-chart-card");
        getContent().add(heading, body, empty);
        setSpec(spec);
    }

    /** Shows the spec in the chart and the table, or the empty state when it has nothing to show. */
    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        heading.setText(spec.title());
        chart.setSpec(spec);
        tableBox.getElement().setAttribute("aria-label", spec.title() + ", figures");
        table = table(spec);
        tableBox.removeAll();
        tableBox.add(table);
        body.setVisible(!spec.isEmpty());
        empty.setVisible(spec.isEmpty());
    }

    public ChartSpec getSpec() {
        return spec;
    }

    /** The chart, for its height or further styling. */
    public Chart getChart() {
        return chart;
    }

    public boolean isShowingEmptyState() {
        return empty.isVisible();
    }

    /** The table's column headings, as rendered. */
    public List<String> tableHeader() {
        return texts(table.getHead().getRows().get(0));
    }

    /** The table's rows, as rendered: the label, one cell per series, then the note if there is a note column. */
    public List<List<String>> tableRows() {
        return table.getBody().getRows().stream().map(ChartCard::texts).toList();
    }

    private static NativeTable table(ChartSpec spec) {
        var table = new NativeTable();
        table.addClassName("rapport-chart-table");
        table.setCaptionText(spec.title());
        table.getCaption().addClassName("rapport-chart-caption");
        var withNotes = spec.hasNotes();
        var header = table.getHead().addRow();
        columnHeading(header, spec.xTitle());
        spec.series().forEach(s -> columnHeading(header, s.heading()));
        if (withNotes) {
            columnHeading(header, NOTE_HEADING).addClassName(NOTE_CLASS);
        }
        var rows = table.getBody();
        for (int i = 0; i < spec.labels().size(); i++) {
            var row = rows.addRow();
            var label = row.addHeaderCell();
            label.setText(spec.labels().get(i));
            label.getElement().setAttribute("scope", "row");
            for (var s : spec.series()) {
                row.addDataCell().setText(s.format(s.values().get(i)));
            }
            if (withNotes) {
                var note = spec.notes().get(i);
                var noteCell = row.addDataCell();
                noteCell.setText(note == null ? "" : note);
                noteCell.addClassName(NOTE_CLASS);
                if (note != null) {
                    row.addClassName("rapport-chart-row-noted");
                }
            }
        }
        return table;
    }

    private static NativeTableHeaderCell columnHeading(NativeTableRow row, String text) {
        var cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList();
    }
}
