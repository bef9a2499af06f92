package app.rapport.base.ui.chart;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a chart shows, as plain data: one value per x label for each series, plus an optional note
 * per label. The same spec feeds the drawing ({@link #toChartJsConfig()}) and the data table beside
 * it, so the two can never disagree. Labels with a note are highlighted in the chart and carry the
 * note in the tooltip and in the table.
 *
 * <p>Start with {@link #line} or {@link #bar} and add to it with the {@code with...} methods; each
 * returns a new spec.
 *
 * @param kind     how series without a kind of their own are drawn
 * @param title    the chart's heading and accessible name
 * @param xTitle   what the labels are (such as "Week"); the table's first column heading
 * @param labels   the x categories, in order (such as "3 Mar")
 * @param series   the values drawn, each with one value (or null) per label
 * @param yTitle   the left axis title (null for none)
 * @param yMin     the left axis minimum (null: from zero)
 * @param yMax     the left axis maximum (null: from the data)
 * @param y2Title  a second axis on the right for series on it (null: no title; the axis exists when
 *                 this is set or a series is on it)
 * @param stacked  whether series on the same axis are stacked
 * @param notes    one entry per label: null, or a short text such as "Gap: 23 days without an interaction"
 */
public record ChartSpec(Kind kind, String title, String xTitle, List<String> labels, List<Series> series,
        String yTitle, Double yMin, Double yMax, String y2Title, boolean stacked, List<String> notes) {

    /** How a series is drawn. */
    public enum Kind {
        LINE, BAR;

        String chartJsType() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Lumo-like colours given to series in order when they name none. */
    static final List<String> PALETTE = List.of("#1f705a", "#2f6fd6", "#e09b2d", "#8a5cc2", "#5e6e80", "#c2577f");
    /** The colour of highlighted (noted) bars and points: close to Lumo's error colour. */
    static final String HIGHLIGHT = "#e2434d";
    private static final String HIGHLIGHT_BAND = "rgba(226, 67, 77, 0.09)";
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final JsonMapper JSON = JsonMapper.builder(
            JsonFactory.builder().characterEscapes(new ScriptSafeEscapes()).build()).build();

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xTitle, "xTitle");
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (var s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
        if (notes != null && notes.size() != labels.size()) {
            throw new IllegalArgumentException(notes.size() + " notes for " + labels.size() + " labels");
        }
        notes = nullable(notes == null ? Collections.nCopies(labels.size(), null)
                : notes.stream().map(n -> n == null || n.isBlank() ? null : n.strip()).toList());
    }

    /** A line chart with no series yet. */
    public static ChartSpec line(String title, String xTitle, List<String> labels) {
        return new ChartSpec(Kind.LINE, title, xTitle, labels, List.of(), null, null, null, null, false, null);
    }

    /** A bar chart with no series yet. */
    public static ChartSpec bar(String title, String xTitle, List<String> labels) {
        return new ChartSpec(Kind.BAR, title, xTitle, labels, List.of(), null, null, null, null, false, null);
    }

    /** This spec with the given series added after the existing ones. */
    public ChartSpec withSeries(Series... more) {
        var all = new ArrayList<>(series);
        all.addAll(List.of(more));
        return new ChartSpec(kind, title, xTitle, labels, all, yTitle, yMin, yMax, y2Title, stacked, notes);
    }

    /** This spec with the left axis titled and bounded (null bounds: automatic). */
    public ChartSpec withYAxis(String newTitle, Double min, Double max) {
        return new ChartSpec(kind, title, xTitle, labels, series, newTitle, min, max, y2Title, stacked, notes);
    }

    /** This spec with a second axis on the right, for series {@link Series#onSecondAxis() on it}. */
    public ChartSpec withSecondYAxis(String newTitle) {
        return new ChartSpec(kind, title, xTitle, labels, series, yTitle, yMin, yMax, newTitle, stacked, notes);
    }

    /** This spec with series on the same axis stacked on each other. */
    public ChartSpec withStacked() {
        return new ChartSpec(kind, title, xTitle, labels, series, yTitle, yMin, yMax, y2Title, true, notes);
    }

    /** This spec with one note (or null) per label; noted labels are highlighted. */
    public ChartSpec withNotes(List<String> newNotes) {
        return new ChartSpec(kind, title, xTitle, labels, series, yTitle, yMin, yMax, y2Title, stacked, newNotes);
    }

    /** Nothing to draw: no labels or no series. */
    public boolean isEmpty() {
        return labels.isEmpty() || series.isEmpty();
    }

    public boolean hasNotes() {
        return notes.stream().anyMatch(Objects::nonNull);
    }

    public boolean hasSecondAxis() {
        return y2Title != null || series.stream().anyMatch(Series::secondAxis);
    }

    /** The colour a series is drawn in: its own, or the palette's by position. */
    String colorOf(int seriesIndex) {
        var own = series.get(seriesIndex).color();
        return own != null ? own : PALETTE.get(seriesIndex % PALETTE.size());
    }

    /**
     * The Chart.js configuration as JSON, for the {@code <rapport-chart>} element. Functions cannot
     * travel as JSON, so number formats and notes go in an extra {@code rapport} member that the
     * element turns into tooltip callbacks and highlight bands. {@code <}, {@code >}, {@code &} and
     * {@code '} are escaped, so the text is safe even if someone inlines it into a page.
     */
    public String toChartJsConfig() {
        var root = JSON.createObjectNode();
        root.put("type", kind.chartJsType());
        var data = root.putObject("data");
        var labelArray = data.putArray("labels");
        labels.forEach(labelArray::add);
        var datasets = data.putArray("datasets");
        for (int i = 0; i < series.size(); i++) {
            datasets.add(dataset(i));
        }
        root.set("options", options());
        root.set("rapport", extras());
        return JSON.writeValueAsString(root);
    }

    private ObjectNode dataset(int index) {
        var s = series.get(index);
        var color = colorOf(index);
        var d = JSON.createObjectNode();
        var drawnAs = s.kind() != null ? s.kind() : kind;
        d.put("type", drawnAs.chartJsType());
        d.put("label", s.name());
        var values = d.putArray("data");
        s.values().forEach(values::add);
        d.put("yAxisID", s.secondAxis() ? "y2" : "y");
        d.put("borderColor", color);
        if (drawnAs == Kind.BAR) {
            perLabel(d, "backgroundColor", color, HIGHLIGHT);
            d.put("borderRadius", 4);
            d.put("maxBarThickness", 40);
            d.put("order", 2);
        } else {
            d.put("backgroundColor", color);
            perLabel(d, "pointBackgroundColor", color, HIGHLIGHT);
            perLabel(d, "pointBorderColor", color, HIGHLIGHT);
            perLabel(d, "pointRadius", 3, 6);
            d.put("pointHoverRadius", 6);
            d.put("borderWidth", 2.5);
            // Monotone curves never overshoot the data (a 100% line stays at 100%).
            d.put("cubicInterpolationMode", "monotone");
            d.put("spanGaps", true);
            d.put("fill", false);
            // Lines draw over bars.
            d.put("order", 1);
        }
        return d;
    }

    /** One value for all labels, or, when notes exist, one per label with the highlight at noted ones. */
    private void perLabel(ObjectNode dataset, String field, String plain, String highlighted) {
        if (!hasNotes()) {
            dataset.put(field, plain);
            return;
        }
        var array = dataset.putArray(field);
        notes.forEach(note -> array.add(note == null ? plain : highlighted));
    }

    private void perLabel(ObjectNode dataset, String field, int plain, int highlighted) {
        if (!hasNotes()) {
            dataset.put(field, plain);
            return;
        }
        var array = dataset.putArray(field);
        notes.forEach(note -> array.add(note == null ? plain : highlighted));
    }

    private ObjectNode options() {
        var o = JSON.createObjectNode();
        o.put("responsive", true);
        o.put("maintainAspectRatio", false);
        o.put("locale", "en-GB");
        var interaction = o.putObject("interaction");
        interaction.put("mode", "index");
        interaction.put("intersect", false);
        var plugins = o.putObject("plugins");
        plugins.putObject("title").put("display", false);
        var legend = plugins.putObject("legend");
        legend.put("display", series.size() > 1);
        legend.put("position", "bottom");
        var legendLabels = legend.putObject("labels");
        legendLabels.put("usePointStyle", true);
        legendLabels.put("boxWidth", 8);
        legendLabels.put("boxHeight", 8);
        legendLabels.put("padding", 16);
        var tooltip = plugins.putObject("tooltip");
        tooltip.put("backgroundColor", "rgba(27, 43, 65, 0.94)");
        tooltip.put("padding", 10);
        tooltip.put("cornerRadius", 6);
        tooltip.put("boxPadding", 4);
        tooltip.put("usePointStyle", true);
        tooltip.put("footerColor", "#ffc2c6");
        tooltip.putObject("footerFont").put("weight", "normal");
        var scales = o.putObject("scales");
        var x = scales.putObject("x");
        x.put("stacked", stacked);
        x.putObject("grid").put("display", false);
        axisTitle(x, xTitle);
        x.putObject("ticks").put("maxRotation", 0);
        var y = valueAxis(scales.putObject("y"), yTitle, false);
        if (yMin != null) {
            y.put("min", yMin);
        }
        if (yMax != null) {
            y.put("max", yMax);
        }
        if (hasSecondAxis()) {
            valueAxis(scales.putObject("y2"), y2Title, true);
        }
        return o;
    }

    private ObjectNode valueAxis(ObjectNode axis, String axisTitle, boolean secondAxis) {
        if (secondAxis) {
            axis.put("position", "right");
        }
        axis.put("stacked", stacked);
        axis.put("beginAtZero", true);
        axis.putObject("border").put("display", false);
        // Ticks no finer than the figures: counts get whole-number steps, not 0.5.
        var precision = series.stream().filter(s -> s.secondAxis() == secondAxis).mapToInt(Series::decimals).max().orElse(0);
        axis.putObject("ticks").put("precision", precision);
        var grid = axis.putObject("grid");
        grid.put("color", "rgba(26, 57, 96, 0.08)");
        // Grid lines of two axes rarely meet; the left axis draws them.
        grid.put("drawOnChartArea", !secondAxis);
        axisTitle(axis, axisTitle);
        return axis;
    }

    private static void axisTitle(ObjectNode axis, String text) {
        var t = axis.putObject("title");
        t.put("display", text != null && !text.isBlank());
        t.put("text", text == null ? "" : text);
        t.putObject("font").put("weight", "600");
    }

    private ObjectNode extras() {
        var extras = JSON.createObjectNode();
        var noteArray = extras.putArray("notes");
        notes.forEach(noteArray::add);
        extras.put("bandColor", HIGHLIGHT_BAND);
        var formats = extras.putArray("series");
        for (var s : series) {
            var f = formats.addObject();
            f.put("unit", s.unit());
            f.put("decimals", s.decimals());
        }
        return extras;
    }

    private static <T> List<T> nullable(List<T> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * One row of values drawn against the labels.
     *
     * @param name       the legend and table column name
     * @param values     one per label; null where there is no value (lines span the gap)
     * @param color      a {@code #rrggbb} colour, or null for the palette's
     * @param kind       how it is drawn, or null for the chart's kind (so bars and a line can mix)
     * @param secondAxis whether it is measured on the right-hand axis
     * @param unit       the unit shown in the table heading and tooltip (such as "min" or "%"), or null
     * @param decimals   how many decimals values are shown with (0 to 6)
     */
    public record Series(String name, List<Double> values, String color, Kind kind, boolean secondAxis,
            String unit, int decimals) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = nullable(values);
            if (color != null && !HEX_COLOR.matcher(color).matches()) {
                throw new IllegalArgumentException("Colour must be #rrggbb: " + color);
            }
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("decimals must be 0 to 6: " + decimals);
            }
        }

        /** A series in the chart's kind and the palette's colour, with whole numbers and no unit. */
        public static Series of(String name, List<Double> values) {
            return new Series(name, values, null, null, false, null, 0);
        }

        public Series withColor(String hex) {
            return new Series(name, values, hex, kind, secondAxis, unit, decimals);
        }

        /** Drawn as the given kind whatever the chart's kind is. */
        public Series drawnAs(Kind newKind) {
            return new Series(name, values, color, newKind, secondAxis, unit, decimals);
        }

        public Series onSecondAxis() {
            return new Series(name, values, color, kind, true, unit, decimals);
        }

        public Series withUnit(String newUnit, int newDecimals) {
            return new Series(name, values, color, kind, secondAxis, newUnit, newDecimals);
        }

        /** The table column heading: the name, and the unit in brackets if there is one. */
        public String heading() {
            return unit == null || unit.isBlank() ? name : name + " (" + unit + ")";
        }

        /** A value as the table shows it: UK number format with this series' decimals, half up; empty for null. */
        public String format(Double value) {
            if (value == null) {
                return "";
            }
            var format = NumberFormat.getNumberInstance(Locale.UK);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            // Half up, as the tooltip's Intl.NumberFormat rounds: 3.25 shows as 3.3 in both.
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(value);
        }
    }

    /** JSON escapes that keep the text inert if it ever lands inside a script element or HTML attribute. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            for (char c : "<>&'".toCharArray()) {
                asciiEscapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Line and paragraph separators end a JavaScript string literal in older engines.
            return ch == '\u2028' || ch == '\u2029' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
