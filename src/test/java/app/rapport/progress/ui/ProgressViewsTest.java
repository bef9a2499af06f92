package app.rapport.progress.ui;

import app.rapport.base.ui.NotFoundView;
import app.rapport.base.ui.chart.ChartCard;
import app.rapport.pairing.RelationshipFilter;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.ProgramDirectory;
import app.rapport.progress.ProgressService;
import app.rapport.progress.RelationshipProgress;
import app.rapport.progress.RelationshipRow;
import app.rapport.progress.WeekMetrics;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.SqlCounter;
import app.rapport.support.TestPeople;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import app.rapport.program.ProgramFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page and the program dashboard on the demo workspace: what each costs in SQL
 * statements (the whole navigation: guard, reads, the grid's first page), that every chart's data
 * table lists exactly the metrics the service computed, and who is turned away.
 */
class ProgressViewsTest extends BrowserlessTestBase {

    @Autowired ProgramDirectory programs;
    @Autowired ProgressService progress;
    @Autowired RelationshipService relationships;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProgramsHomeSection programsSection;
    @Autowired app.rapport.program.ProgramService programService;

    private long demoProgram() {
        return programs.demoProgram().orElseThrow().id();
    }

    private long danielAndLena() {
        return TestPeople.asAdmin(users, () -> relationships.search(demoProgram(),
                new RelationshipFilter(Set.of(RelationshipStatus.ACTIVE), "Lena Fischer"),
                0, 10, null).stream().filter(r -> r.mentorName().equals("Daniel Okafor")).findFirst().orElseThrow()
                .id());
    }

    @Test
    void a_coordinators_home_lists_their_programs_with_active_pairs_and_pairs_at_risk_linking_to_each_dashboard() {
        signIn("coordinator@rapport.test");
        var all = programService.search(new ProgramFilter(null, null), PageRequest.of(0, 100));
        var expected = all.stream().sorted(ProgramsHomeSection.ORDER).limit(ProgramsHomeSection.SHOWN).toList();
        navigate("profile");
        SqlCounter.reset();
        navigate("");
        long statements = SqlCounter.count();
        LoggerFactory.getLogger(ProgressViewsTest.class).info("Coordinator home with {} programs shown: {} statements",
                expected.size(), statements);
        var cards = find(com.vaadin.flow.component.html.Div.class).withClassName("rapport-program-card").all();
        assertThat(cards).extracting(com.vaadin.flow.component.Component::getId).map(java.util.Optional::orElseThrow)
                .containsExactlyElementsOf(expected.stream().map(p -> "home-program-" + p.id()).toList());
        for (var p : expected) {
            var card = find(com.vaadin.flow.component.html.Div.class).id("home-program-" + p.id());
            var dashboard = progress.dashboard(p.id());
            assertThat(find(Anchor.class, card).withText(p.name()).single().getHref()).isEqualTo("programs/" + p.id());
            assertThat(find(Anchor.class, card).withText("Open the dashboard").single().getHref())
                    .isEqualTo("programs/" + p.id() + "/dashboard");
            assertThat(find(Span.class, card).withClassName("rapport-program-card-pairs").single().getText())
                    .startsWith(dashboard.activePairs() + " active pair");
            assertThat(find(Span.class).id("home-program-at-risk-" + p.id()).getText()).isEqualTo(
                    dashboard.atRiskCount() == 0 ? "No pairs at risk"
                            : dashboard.atRiskCount() + (dashboard.atRiskCount() == 1 ? " pair" : " pairs") + " at risk");
        }
        // The programs' part costs its count, its page with their counts, then two per program shown.
        SqlCounter.reset();
        assertThat(programsSection.create()).isPresent();
        assertThat(SqlCounter.count()).isLessThanOrEqualTo(4 + 2L * expected.size());
    }

    @Test
    void a_coordinator_of_nothing_is_told_how_to_start_and_sees_no_one_elses_program() {
        signIn("mei.tanaka@rapport.test");
        navigate("");
        var box = find(com.vaadin.flow.component.html.Div.class).id("coordinated-programs");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, box).single().getText())
                .startsWith("You coordinate no program yet");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("home-program-" + demoProgram()).all())
                .isEmpty();
    }

    @Test
    void the_dashboard_opens_in_at_most_ten_statements_and_lists_what_the_service_computed() {
        long program = demoProgram();
        signIn("coordinator@rapport.test");
        navigate("");
        SqlCounter.reset();
        navigate("programs/" + program + "/dashboard");
        long statements = SqlCounter.count();

        LoggerFactory.getLogger(ProgressViewsTest.class).info("Dashboard of the demo program: {} statements",
                statements);
        assertThat(currentView()).isInstanceOf(DashboardView.class);
        assertThat(statements).isBetween(3L, 10L);
        var dashboard = progress.dashboard(program);
        assertThat(find(Span.class).withClassName("rapport-figure-value").withText(
                String.valueOf(dashboard.activePairs())).single()).isNotNull();
        var distribution = chart("chart-distribution");
        assertThat(column(distribution, 1)).containsExactlyElementsOf(
                dashboard.distribution().stream().map(String::valueOf).toList());
        var trend = chart("chart-trend");
        assertThat(column(trend, 1)).containsExactlyElementsOf(
                dashboard.trend().stream().map(w -> String.valueOf(w.averageHealth())).toList());
        assertThat(dashboard.atRisk()).isNotEmpty();
        @SuppressWarnings("unchecked")
        Grid<RelationshipRow> grid = find(Grid.class).id("relationships");
        assertThat(test(grid).size()).isEqualTo(dashboard.relationships());
    }

    @Test
    void the_progress_page_opens_in_at_most_ten_statements_and_its_tables_equal_the_metrics() {
        long relationship = danielAndLena();
        signIn("mentee@rapport.test");
        navigate("");
        SqlCounter.reset();
        navigate("relationships/" + relationship + "/progress");
        long statements = SqlCounter.count();

        LoggerFactory.getLogger(ProgressViewsTest.class).info("Progress page of the demo pair: {} statements",
                statements);
        assertThat(currentView()).isInstanceOf(ProgressView.class);
        assertThat(statements).isBetween(3L, 10L);
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var p = progress.progress(relationship, today.minusWeeks(26).plusDays(1), today);
        assertThat(p.weeks()).hasSizeGreaterThan(20);
        var interactions = chart("chart-interactions");
        assertThat(column(interactions, 0)).containsExactlyElementsOf(
                ProgressCharts.weekLabels(p.weeks().stream().map(WeekMetrics::weekStart).toList()));
        assertThat(column(interactions, 1)).containsExactlyElementsOf(ints(p, WeekMetrics::interactions));
        assertThat(column(interactions, 2)).containsExactlyElementsOf(ints(p, WeekMetrics::minutes));
        var ratings = chart("chart-ratings");
        assertThat(column(ratings, 1)).containsExactlyElementsOf(ones(p, WeekMetrics::mentorRating));
        assertThat(column(ratings, 2)).containsExactlyElementsOf(ones(p, WeekMetrics::menteeRating));
        assertThat(column(ratings, 3)).containsExactlyElementsOf(ones(p, WeekMetrics::peerRating));
        assertThat(column(chart("chart-health"), 1)).containsExactlyElementsOf(ints(p, WeekMetrics::health));
        var goals = chart("chart-goals");
        assertThat(goals.tableHeader()).hasSize(1 + p.goals().size());
        for (int g = 0; g < p.goals().size(); g++) {
            var line = p.goals().get(g).progress();
            assertThat(column(goals, g + 1)).containsExactlyElementsOf(
                    line.stream().map(v -> v == null ? "" : String.valueOf(v)).toList());
        }
        assertThat(chart("chart-asks").tableRows()).containsExactly(
                List.of("Mentor", String.valueOf(p.mentorAsks()), String.valueOf(p.mentorGives())),
                List.of("Mentee", String.valueOf(p.menteeAsks()), String.valueOf(p.menteeGives())));
        assertThat(find(Span.class).id("health-score").getText())
                .isEqualTo(String.valueOf(p.health().score()));
    }

    @Test
    void every_started_demo_relationship_has_a_progress_page_whatever_its_shape() {
        var started = TestPeople.asAdmin(users, () -> relationships.search(demoProgram(), new RelationshipFilter(
                Set.of(RelationshipStatus.ACTIVE, RelationshipStatus.ENDED, RelationshipStatus.COMPLETED), null),
                0, 500, null));
        assertThat(started).hasSizeGreaterThan(20);
        signIn("coordinator@rapport.test");
        for (var r : started) {
            navigate("relationships/" + r.id() + "/progress");
            assertThat(currentView()).as(r.menteeName() + " & " + r.mentorName()).isInstanceOf(ProgressView.class);
            assertThat(find(ChartCard.class).all()).hasSize(5);
        }
    }

    @Test
    void a_shorter_range_shows_fewer_weeks() {
        long relationship = danielAndLena();
        signIn("mentor@rapport.test");
        navigate("relationships/" + relationship + "/progress");
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        find(DatePicker.class).id("progress-from").setValue(today.minusWeeks(3));

        assertThat(chart("chart-interactions").tableRows()).hasSize(4);
        assertThat(find(Anchor.class).withText("Program dashboard").all()).isEmpty();
    }

    @Test
    void strangers_get_not_found_for_both_pages() {
        long relationship = danielAndLena();
        long program = demoProgram();
        signIn("peer@rapport.test");
        navigate("relationships/" + relationship + "/progress");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        signIn("mentee@rapport.test");
        navigate("programs/" + program + "/dashboard");
        assertThat(currentView()).isNotInstanceOf(DashboardView.class);
    }

    @Test
    void an_admin_recomputes_every_metric_from_the_dashboard_in_the_background() throws InterruptedException {
        long program = demoProgram();
        signIn("admin@rapport.test");
        navigate("programs/" + program + "/dashboard");
        var count = "select count(*) from progress_rebuild where finished_at is not null";
        int before = jdbc.queryForObject(count, Integer.class);
        test(find(Button.class).id("progress-rebuild")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        for (int i = 0; i < 300 && jdbc.queryForObject(count, Integer.class) == before; i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        MockVaadin.clientRoundtrip();
        var after = progress.lastRebuild().orElseThrow();
        assertThat(after.trigger()).isEqualTo("ADMIN");
        assertThat(after.relationships()).isGreaterThanOrEqualTo(dashboardRelationships(program));
        assertThat(find(Button.class).id("progress-rebuild").isEnabled()).isTrue();
    }

    @Test
    void a_coordinator_has_no_recompute_button() {
        signIn("coordinator@rapport.test");
        navigate("programs/" + demoProgram() + "/dashboard");
        assertThat(find(Button.class).withId("progress-rebuild").all()).isEmpty();
    }

    private int dashboardRelationships(long program) {
        return progress.dashboard(program).relationships();
    }

    // ---- reading the cards back ---------------------------------------------------------------

    private ChartCard chart(String id) {
        return find(ChartCard.class).id(id);
    }

    private static List<String> column(ChartCard card, int index) {
        var values = new ArrayList<String>();
        card.tableRows().forEach(row -> values.add(row.get(index)));
        return values;
    }

    private static List<String> ints(RelationshipProgress p, Function<WeekMetrics, Integer> metric) {
        return p.weeks().stream().map(w -> String.valueOf(metric.apply(w))).toList();
    }

    private static List<String> ones(RelationshipProgress p, Function<WeekMetrics, Double> metric) {
        return p.weeks().stream().map(metric).map(v -> v == null ? "" : String.format(Locale.UK, "%.1f", v))
                .toList();
    }
}
