package app.rapport.base.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.web.util.HtmlUtils;

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
    private final Div table = new Div();
    private ChartSpec spec;
    private final OncePerResponse tableSender = new OncePerResponse(table,
            () -> table.getElement().executeJs("this.innerHTML = $0", table(spec)));

    public ChartCard(ChartSpec spec) {
        var figure = new Div(chart);
        figure.addClassName("rapport-chart-figure");
        tableBox.addClassName("rapport-chart-table-box");
        // A scrolling region must be reachable by keyboard and named.
        tableBox.getElement().setAttribute("tabindex", "0");
        tableBox.getElement().setAttribute("role", "region");
        body.addClassName("rapport-chart-body");
        tableBox.add(table);
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
        tableSender.schedule();
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

    /** The table's column headings, as rendered (read back from its HTML). */
    public List<String> tableHeader() {
        return texts(rendered().selectFirst("thead tr"));
    }

    /** The table's rows, as rendered: the label, one cell per series, then the note if there is a note column. */
    public List<List<String>> tableRows() {
        return rendered().select("tbody tr").stream().map(ChartCard::texts).toList();
    }

    private Document rendered() {
        return Jsoup.parseBodyFragment(table(spec));
    }

    /**
     * The table as one piece of HTML, sent to the browser as a one-off call like the chart's config
     * (see {@link Chart}): not one state node per cell, and not kept on the server for the life of the
     * page, which matters for the memory each open page holds. Every text is escaped here, so labels,
     * series names and notes are always shown as text.
     */
    static String table(ChartSpec spec) {
        var withNotes = spec.hasNotes();
        var html = new StringBuilder(256 + spec.labels().size() * 64 * (1 + spec.series().size()));
        html.append("<table class=\"rapport-chart-table\"><caption class=\"rapport-chart-caption\">")
                .append(escape(spec.title())).append("</caption><thead><tr>");
        columnHeading(html, spec.xTitle(), null);
        spec.series().forEach(s -> columnHeading(html, s.heading(), null));
        if (withNotes) {
            columnHeading(html, NOTE_HEADING, NOTE_CLASS);
        }
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < spec.labels().size(); i++) {
            var note = spec.notes().get(i);
            html.append(note == null ? "<tr>" : "<tr class=\"rapport-chart-row-noted\">");
            html.append("<th scope=\"row\">").append(escape(spec.labels().get(i))).append("</th>");
            for (var s : spec.series()) {
                html.append("<td>").append(escape(s.format(s.values().get(i)))).append("</td>");
            }
            if (withNotes) {
                html.append("<td class=\"").append(NOTE_CLASS).append("\">").append(escape(note == null ? "" : note))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static void columnHeading(StringBuilder html, String text, String cssClass) {
        html.append(cssClass == null ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"" + cssClass + "\">")
                .append(escape(text)).append("</th>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private static List<String> texts(Element row) {
        return row.children().stream().map(Element::text).toList();
    }
}
