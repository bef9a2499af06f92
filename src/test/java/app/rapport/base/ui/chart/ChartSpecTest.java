package app.rapport.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.ui.chart.ChartSpec.Kind;
import app.rapport.base.ui.chart.ChartSpec.Series;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js config a spec turns into: text escaped, highlights only where notes are, axes as asked. */
class ChartSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WEEKS = List.of("3 Mar", "10 Mar", "17 Mar");

    @Test
    void text_is_json_escaped_and_cannot_close_a_script_element() throws Exception {
        var sneaky = "He said \"hi\" </script><script>alert('x')</script> \\ & done";
        var spec = ChartSpec.line("Minutes \"per\" week", "Week", List.of("<b>3 Mar</b>", "10 Mar", "17 Mar"))
                .withSeries(Series.of(sneaky, Arrays.asList(1.0, 2.0, 3.0)))
                .withNotes(Arrays.asList(null, "Gap: </script> & \"23\" days", null));

        var json = spec.toChartJsConfig();

        assertThat(json).doesNotContain("</script>").doesNotContain("<b>").doesNotContain("'")
                .contains("\\u003C/script\\u003E");
        var config = JSON.readTree(json);
        assertThat(config.at("/data/datasets/0/label").asText()).isEqualTo(sneaky);
        assertThat(config.at("/data/labels/0").asText()).isEqualTo("<b>3 Mar</b>");
        assertThat(config.at("/rapport/notes/1").asText()).isEqualTo("Gap: </script> & \"23\" days");
        assertThat(config.at("/rapport/notes/0").isNull()).isTrue();
    }

    @Test
    void labels_series_values_and_formats_reach_the_config() throws Exception {
        var spec = ChartSpec.bar("Time together", "Week", WEEKS)
                .withYAxis("Minutes", 0.0, 120.0)
                .withSeries(Series.of("Minutes", Arrays.asList(30.0, null, 45.5)).withUnit("min", 1).withColor("#123456"));

        var config = JSON.readTree(spec.toChartJsConfig());

        assertThat(config.get("type").asText()).isEqualTo("bar");
        assertThat(texts(config.at("/data/labels"))).containsExactlyElementsOf(WEEKS);
        var dataset = config.at("/data/datasets/0");
        assertThat(dataset.get("data").get(0).asDouble()).isEqualTo(30.0);
        assertThat(dataset.get("data").get(1).isNull()).isTrue();
        assertThat(dataset.get("data").get(2).asDouble()).isEqualTo(45.5);
        assertThat(dataset.get("backgroundColor").asText()).isEqualTo("#123456");
        assertThat(config.at("/options/scales/y/title/text").asText()).isEqualTo("Minutes");
        assertThat(config.at("/options/scales/y/max").asDouble()).isEqualTo(120.0);
        assertThat(config.at("/options/maintainAspectRatio").asBoolean(true)).isFalse();
        assertThat(config.at("/rapport/series/0/unit").asText()).isEqualTo("min");
        assertThat(config.at("/rapport/series/0/decimals").asInt()).isEqualTo(1);
    }

    @Test
    void bars_and_points_take_the_highlight_colour_only_at_noted_labels() throws Exception {
        var spec = ChartSpec.bar("Interactions", "Week", WEEKS)
                .withSeries(Series.of("Interactions", Arrays.asList(2.0, 0.0, 3.0)).withColor("#1f705a"),
                        Series.of("Mood", Arrays.asList(3.5, 3.0, 4.0)).drawnAs(Kind.LINE).withColor("#2f6fd6"))
                .withNotes(Arrays.asList(null, "Gap: 23 days without an interaction", ""));

        var config = JSON.readTree(spec.toChartJsConfig());

        assertThat(texts(config.at("/data/datasets/0/backgroundColor")))
                .containsExactly("#1f705a", ChartSpec.HIGHLIGHT, "#1f705a");
        assertThat(config.at("/data/datasets/1/type").asText()).isEqualTo("line");
        assertThat(texts(config.at("/data/datasets/1/pointBackgroundColor")))
                .containsExactly("#2f6fd6", ChartSpec.HIGHLIGHT, "#2f6fd6");
        assertThat(spec.notes()).containsExactly(null, "Gap: 23 days without an interaction", null);
    }

    @Test
    void without_notes_a_series_has_one_colour_and_nothing_is_highlighted() throws Exception {
        var spec = ChartSpec.bar("Interactions", "Week", WEEKS).withSeries(Series.of("Interactions", List.of(1.0, 2.0, 3.0)));

        var config = JSON.readTree(spec.toChartJsConfig());

        assertThat(spec.hasNotes()).isFalse();
        assertThat(config.at("/data/datasets/0/backgroundColor").asText()).isEqualTo(ChartSpec.PALETTE.get(0));
        assertThat(config.toString()).doesNotContain(ChartSpec.HIGHLIGHT);
    }

    @Test
    void a_second_axis_exists_only_when_asked_for() throws Exception {
        var one = ChartSpec.line("Check-ins", "Week", WEEKS).withSeries(Series.of("Done", List.of(1.0, 2.0, 3.0)));
        var two = one.withSecondYAxis("Mood (1-5)")
                .withSeries(Series.of("Mood", List.of(3.0, 4.0, 5.0)).onSecondAxis());

        var without = JSON.readTree(one.toChartJsConfig());
        var with = JSON.readTree(two.toChartJsConfig());

        assertThat(without.at("/options/scales").has("y2")).isFalse();
        assertThat(without.at("/data/datasets/0/yAxisID").asText()).isEqualTo("y");
        assertThat(with.at("/options/scales/y2/position").asText()).isEqualTo("right");
        assertThat(with.at("/options/scales/y2/title/text").asText()).isEqualTo("Mood (1-5)");
        assertThat(with.at("/data/datasets/1/yAxisID").asText()).isEqualTo("y2");
    }

    @Test
    void stacking_and_legend_follow_the_spec() throws Exception {
        var single = ChartSpec.bar("Goals", "Week", WEEKS).withSeries(Series.of("Open", List.of(1.0, 1.0, 1.0)));
        var stacked = single.withSeries(Series.of("Done", List.of(0.0, 1.0, 2.0))).withStacked();

        var one = JSON.readTree(single.toChartJsConfig());
        var both = JSON.readTree(stacked.toChartJsConfig());

        assertThat(one.at("/options/plugins/legend/display").asBoolean()).isFalse();
        assertThat(one.at("/options/scales/y/stacked").asBoolean()).isFalse();
        assertThat(both.at("/options/plugins/legend/display").asBoolean()).isTrue();
        assertThat(both.at("/options/plugins/legend/position").asText()).isEqualTo("bottom");
        assertThat(both.at("/options/scales/y/stacked").asBoolean()).isTrue();
        assertThat(both.at("/options/scales/x/stacked").asBoolean()).isTrue();
    }

    @Test
    void series_must_have_one_value_per_label_and_a_hex_colour() {
        var spec = ChartSpec.line("Minutes", "Week", WEEKS);
        assertThatThrownBy(() -> spec.withSeries(Series.of("Short", List.of(1.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 3 labels");
        assertThatThrownBy(() -> spec.withNotes(List.of("one")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Series.of("Bad", List.of()).withColor("red;background:url(x)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void values_are_formatted_in_uk_style_with_the_series_decimals() {
        var series = Series.of("Minutes", Arrays.asList(1234.5, null)).withUnit("min", 1);

        assertThat(series.format(1234.5)).isEqualTo("1,234.5");
        assertThat(series.format(2.0)).isEqualTo("2.0");
        assertThat(series.format(null)).isEmpty();
        assertThat(Series.of("Count", List.of()).format(2.6)).isEqualTo("3");
        assertThat(series.heading()).isEqualTo("Minutes (min)");
        assertThat(Series.of("Count", List.of()).heading()).isEqualTo("Count");
    }

    @Test
    void a_spec_keeps_its_own_copy_of_the_values() {
        var values = new ArrayList<>(Arrays.asList(1.0, null, 3.0));
        var spec = ChartSpec.line("Minutes", "Week", WEEKS).withSeries(Series.of("Minutes", values));

        values.set(0, 99.0);

        assertThat(spec.series().get(0).values()).containsExactly(1.0, null, 3.0);
        assertThat(spec.isEmpty()).isFalse();
        assertThat(ChartSpec.line("Minutes", "Week", List.of()).isEmpty()).isTrue();
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
