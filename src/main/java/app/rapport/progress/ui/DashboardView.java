package app.rapport.progress.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.BackgroundTasks;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.RouteIds;
import app.rapport.base.ui.chart.ChartCard;
import app.rapport.base.ui.chart.ChartSpec;
import app.rapport.program.ui.ProgramHeader;
import app.rapport.progress.Health;
import app.rapport.progress.ProgramDashboard;
import app.rapport.progress.ProgressService;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import app.rapport.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code /programs/{id}/dashboard}: a program at a glance for its coordinators: headline figures,
 * the health of active pairs and its trend, the relationships at risk with their reasons, and every
 * relationship with its metrics (lazy, filterable, exportable as CSV).
 */
@Route("programs/:programId/dashboard")
@PageTitle("Program dashboard")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR})
public final class DashboardView extends VerticalLayout implements BeforeEnterObserver {


    private final transient ProgressService progress;
    private final transient BackgroundTasks tasks;

    public DashboardView(ProgressService progress, BackgroundTasks tasks) {
        this.progress = progress;
        this.tasks = tasks;
        addClassName("rapport-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.id(event, "programId").orElse(null);
        ProgramDashboard dashboard;
        try {
            if (id == null) {
                throw new AccessDeniedException("No program");
            }
            dashboard = progress.dashboard(id);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(dashboard);
    }

    private void show(ProgramDashboard d) {
        removeAll();
        var program = d.program();
        add(new ProgramHeader(program, ProgramHeader.Section.DASHBOARD), figures(d));
        var charts = new Div(card("chart-distribution", ProgressCharts.distribution(d)),
                card("chart-trend", ProgressCharts.trend(d)));
        charts.addClassName("rapport-chart-grid");
        add(charts, new AtRiskList(d.atRisk(), d.atRiskCount(), program.id()),
                new RelationshipsTable(progress, program.id(), program.name(), d::relationships), footnote(d));
    }

    private static Div figures(ProgramDashboard d) {
        var health = d.averageHealth() == null ? "–" : String.valueOf(d.averageHealth());
        var band = d.averageHealth() == null ? null : Health.Band.of(d.averageHealth()).label();
        var row = new Div(
                new Figure("figure-active", String.valueOf(d.activePairs()), "Active pairs",
                        "of " + d.relationships() + " relationships"),
                new Figure("figure-health", health, "Average health", band),
                new Figure("figure-interactions", String.valueOf(d.interactionsLast30Days()),
                        "Interactions", "in the last 30 days"),
                new Figure("figure-checkins", Figure.percent(d.checkinRate()), "Check-in rate",
                        "last 30 days, pairs active throughout"),
                new Figure("figure-peers", Figure.percent(d.peerResponseRate()), "Peer response rate",
                        "peers asked in the last 6 months"));
        row.addClassName("rapport-figures");
        return row;
    }

    private static ChartCard card(String id, ChartSpec spec) {
        var card = new ChartCard(spec);
        card.setId(id);
        return card;
    }

    private Div footnote(ProgramDashboard d) {
        var note = new Paragraph("Metrics as of " + Days.LONG_DAY.format(d.computedOn()) + ". They follow every change as it "
                + "happens and are recomputed in full every night.");
        note.addClassName("rapport-footnote");
        var help = new Button("How is the health score made?", e -> new HealthHelpDialog().open());
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        help.setId("health-help");
        var box = new Div(note, help);
        if (CurrentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
            var rebuild = new Button("Recompute all metrics now");
            rebuild.addClickListener(e -> confirmRebuild(d, rebuild));
            rebuild.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            rebuild.setId("progress-rebuild");
            box.add(rebuild);
        }
        box.addClassName("rapport-dashboard-footer");
        return box;
    }

    private void confirmRebuild(ProgramDashboard d, Button button) {
        var dialog = new ConfirmDialog("Recompute all metrics?",
                "Every relationship of the workspace is computed afresh from what was recorded. It takes a few "
                        + "seconds per thousand relationships; people can go on working meanwhile.",
                "Recompute", e -> rebuild(d, button));
        dialog.setCancelable(true);
        dialog.open();
    }

    /** Runs the rebuild away from the UI thread and tells the admin when it is done. */
    private void rebuild(ProgramDashboard d, Button button) {
        button.setEnabled(false);
        button.setText("Recomputing…");
        tasks.task("Rebuilding progress", fraction -> progress.rebuild())
                .pollEvery(500)
                .onDone(report -> {
                    Notifications.success("Recomputed " + report.relationships() + " relationships in "
                            + report.took().toMillis() + " ms.");
                    show(progress.dashboard(d.program().id()));
                })
                .onFailed(() -> {
                    Notifications.error("The metrics could not be recomputed. The nightly run will try again.");
                    button.setEnabled(true);
                    button.setText("Recompute all metrics now");
                })
                .start();
    }
}
