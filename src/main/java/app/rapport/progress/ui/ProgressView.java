package app.rapport.progress.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.RouteIds;
import app.rapport.base.ui.chart.ChartCard;
import app.rapport.base.ui.chart.ChartSpec;
import app.rapport.progress.ProgressService;
import app.rapport.progress.RelationshipProgress;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code /relationships/{id}/progress}: how a relationship is doing over time, for the pair and the
 * program's coordinators (the service decides; anyone else gets "not found"). The health score with
 * its reasons, then five charts, each with its data table, over a chosen range of weeks.
 */
@Route("relationships/:relationshipId/progress")
@PageTitle("Progress")
@PermitAll
public final class ProgressView extends VerticalLayout implements BeforeEnterObserver {


    private final transient ProgressService progress;
    private final transient Clock clock;
    private final Div charts = new Div();
    private long relationshipId;

    public ProgressView(ProgressService progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
        addClassName("rapport-page");
        setPadding(false);
        charts.addClassName("rapport-chart-grid");
        charts.setId("progress-charts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.id(event, "relationshipId").orElse(null);
        var today = Days.today(clock);
        RelationshipProgress first;
        try {
            if (id == null) {
                throw new AccessDeniedException("No relationship");
            }
            first = progress.progress(id, today.minusWeeks(26).plusDays(1), today);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        relationshipId = id;
        removeAll();
        charts.removeAll();
        var start = first.startedOn() == null ? today : first.startedOn();
        var range = new RangePicker(start.isAfter(today) ? today : start, today, RangePicker.Preset.MONTHS_6);
        add(header(first), new HealthPanel(first.health()), range, charts);
        show(first);
        range.onChange(this::load);
    }

    private void load(LocalDate from, LocalDate to) {
        show(progress.progress(relationshipId, from, to));
    }

    private void show(RelationshipProgress p) {
        charts.removeAll();
        if (p.weeks().isEmpty()) {
            var empty = new Paragraph(p.startedOn() == null ? "This relationship has not started: there is no "
                    + "progress to show yet." : "Nothing was recorded in this range.");
            empty.addClassName("rapport-empty");
            empty.setId("progress-empty");
            charts.add(empty);
            return;
        }
        charts.add(card("chart-interactions", ProgressCharts.interactions(p)),
                card("chart-ratings", ProgressCharts.ratings(p)),
                card("chart-goals", ProgressCharts.goals(p)),
                card("chart-asks", ProgressCharts.asksAndGives(p)),
                card("chart-health", ProgressCharts.health(p)));
    }

    private static ChartCard card(String id, ChartSpec spec) {
        var card = new ChartCard(spec);
        card.setId(id);
        return card;
    }

    private static Div header(RelationshipProgress p) {
        var status = new Span(p.status().label());
        status.addClassNames("rapport-badge", "rapport-badge-rel-" + p.status().name().toLowerCase(Locale.ROOT));
        var title = new Div(new H2("Progress: " + p.menteeName() + " & " + p.mentorName()), status);
        title.addClassName("rapport-program-title");
        var facts = new StringBuilder(p.programName());
        if (p.startedOn() != null) {
            facts.append(" · since ").append(Days.LONG_DAY.format(p.startedOn()));
        }
        facts.append(" · stall threshold ").append(p.stallThresholdDays()).append(" days");
        if (p.computedOn() != null) {
            facts.append(" · metrics as of ").append(Days.LONG_DAY.format(p.computedOn()));
        }
        var lead = new Paragraph(facts.toString());
        lead.addClassName("rapport-lead");
        lead.setId("progress-facts");
        var links = new Div(new Anchor("relationships/" + p.relationshipId(), "Open the workspace"));
        if (!p.party()) {
            links.add(new Anchor("programs/" + p.programId() + "/dashboard", "Program dashboard"));
        }
        links.addClassName("rapport-links");
        var box = new Div(title, lead, links);
        box.addClassName("rapport-program-header");
        return box;
    }
}
