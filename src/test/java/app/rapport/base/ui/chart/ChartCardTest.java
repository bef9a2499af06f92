package app.rapport.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.base.ui.chart.ChartSpec.Kind;
import app.rapport.base.ui.chart.ChartSpec.Series;
import app.rapport.support.SentJavaScript;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The card without a browser: its table holds exactly the charted figures, as text. */
class ChartCardTest {

    private static final List<String> WEEKS = List.of("3 Mar", "10 Mar", "17 Mar");

    private static ChartSpec minutesAndMood() {
        return ChartSpec.bar("Time together", "Week", WEEKS)
                .withSecondYAxis("Mood")
                .withSeries(Series.of("Minutes", Arrays.asList(30.0, null, 1245.0)).withUnit("min", 0),
                        Series.of("Mood", Arrays.asList(3.25, 4.0, null)).withUnit(null, 1).drawnAs(Kind.LINE).onSecondAxis());
    }

    @Test
    void the_table_shows_the_same_numbers_as_the_chart() {
        var card = new ChartCard(minutesAndMood());

        assertThat(card.tableHeader()).containsExactly("Week", "Minutes (min)", "Mood");
        assertThat(card.tableRows()).containsExactly(
                List.of("3 Mar", "30", "3.3"),
                List.of("10 Mar", "", "4.0"),
                List.of("17 Mar", "1,245", ""));
        assertThat(card.isShowingEmptyState()).isFalse();
    }

    @Test
    void the_chart_gets_its_title_as_its_name() {
        var card = new ChartCard(minutesAndMood());
        var chart = card.getChart().getElement();

        assertThat(chart.getTag()).isEqualTo("rapport-chart");
        assertThat(chart.getAttribute("aria-label")).isEqualTo("Time together");
        assertThat(chart.getStyle().get("height")).isEqualTo(Chart.DEFAULT_HEIGHT);
    }

    @Test
    void config_and_table_go_to_the_browser_once_per_response_and_again_on_each_attach() {
        MockVaadin.setup();
        try {
            var spec = minutesAndMood();
            SentJavaScript.sendPending();
            var card = new ChartCard(spec);
            assertThat(sentInOneRoundTrip()).as("nothing is sent before the card is shown").isEmpty();

            UI.getCurrent().add(card);
            assertThat(sentInOneRoundTrip()).containsExactlyInAnyOrder(
                    "this.config = $0 " + spec.toChartJsConfig(),
                    "this.innerHTML = $0 " + ChartCard.table(spec));
            assertThat(card.getChart().getElement().hasProperty("config"))
                    .as("the config is not kept in the UI's state").isFalse();
            assertThat(sentInOneRoundTrip()).as("nothing again while it stays").isEmpty();

            var noted = spec.withNotes(Arrays.asList(null, "Gap", null));
            card.setSpec(spec.withNotes(Arrays.asList("first", null, null)));
            card.setSpec(noted);
            assertThat(sentInOneRoundTrip()).as("two changes in one round trip send the latest once").containsExactlyInAnyOrder(
                    "this.config = $0 " + noted.toChartJsConfig(),
                    "this.innerHTML = $0 " + ChartCard.table(noted));

            UI.getCurrent().remove(card);
            UI.getCurrent().add(card);
            assertThat(sentInOneRoundTrip()).as("a new element in the browser gets both again").hasSize(2);
        } finally {
            MockVaadin.tearDown();
        }
    }

    @Test
    void a_chart_shown_without_a_spec_sends_nothing_until_it_gets_one() {
        MockVaadin.setup();
        try {
            SentJavaScript.sendPending();
            var chart = new Chart();
            UI.getCurrent().add(chart);
            assertThat(sentInOneRoundTrip()).isEmpty();

            chart.setSpec(minutesAndMood());
            assertThat(sentInOneRoundTrip()).containsExactly("this.config = $0 " + minutesAndMood().toChartJsConfig());
        } finally {
            MockVaadin.tearDown();
        }
    }

    /** The JavaScript calls the next response carries: each call's expression and its arguments. */
    private static List<String> sentInOneRoundTrip() {
        var sent = new ArrayList<String>();
        for (var invocation : SentJavaScript.inOneRoundTrip()) {
            var call = invocation.getInvocation();
            // Vaadin wraps an element's call in a function applied to the element, its last argument.
            var text = new StringBuilder(call.getExpression().contains("this.config = $0") ? "this.config = $0"
                    : call.getExpression().contains("this.innerHTML = $0") ? "this.innerHTML = $0" : call.getExpression());
            call.getParameters().stream().filter(String.class::isInstance).forEach(p -> text.append(' ').append(p));
            sent.add(text.toString());
        }
        return sent;
    }

    @Test
    void a_note_column_appears_only_when_a_label_has_a_note() {
        var card = new ChartCard(minutesAndMood());
        assertThat(card.tableHeader()).doesNotContain(ChartCard.NOTE_HEADING);

        card.setSpec(minutesAndMood().withNotes(Arrays.asList(null, "Gap: 23 days without an interaction", null)));

        assertThat(card.tableHeader()).last().isEqualTo(ChartCard.NOTE_HEADING);
        assertThat(card.tableRows()).extracting(row -> row.get(row.size() - 1))
                .containsExactly("", "Gap: 23 days without an interaction", "");
    }

    @Test
    void text_in_the_table_stays_text() {
        var spec = ChartSpec.line("<i>Mood</i>", "Week", List.of("<b>3 Mar</b>"))
                .withSeries(Series.of("<img src=x onerror=alert(1)>", List.of(1.0)))
                .withNotes(List.of("<script>alert(1)</script>"));

        var card = new ChartCard(spec);

        assertThat(card.tableHeader()).containsExactly("Week", "<img src=x onerror=alert(1)>", "Note");
        assertThat(card.tableRows()).containsExactly(List.of("<b>3 Mar</b>", "1", "<script>alert(1)</script>"));
        assertThat(card.getContent().getElement().getOuterHTML()).doesNotContain("<script>", "<img", "<b>");
    }

    @Test
    void an_empty_range_shows_the_empty_state_instead_of_chart_and_table() {
        var card = new ChartCard(ChartSpec.line("Minutes", "Week", List.of()).withSeries(Series.of("Minutes", List.of())));

        assertThat(card.isShowingEmptyState()).isTrue();
        assertThat(card.tableRows()).isEmpty();

        card.setSpec(minutesAndMood());

        assertThat(card.isShowingEmptyState()).isFalse();
        assertThat(card.tableRows()).hasSize(3);
    }

    @Test
    void the_element_script_loads_chart_js_from_a_webjar_on_the_classpath() throws IOException {
        String script;
        try (InputStream in = ChartCardTest.class.getResourceAsStream("/META-INF/resources/js/rapport-chart.js")) {
            assertThat(in).as("frontend/js/rapport-chart.js is packaged").isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var matcher = Pattern.compile("'(webjars/chart\\.js/[^']+\\.js)'").matcher(script);

        assertThat(matcher.find()).isTrue();
        assertThat(ChartCardTest.class.getResource("/META-INF/resources/" + matcher.group(1)))
                .as("the Chart.js version in the script matches the WebJar in pom.xml").isNotNull();
    }
}
