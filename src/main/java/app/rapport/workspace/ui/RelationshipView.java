package app.rapport.workspace.ui;

import app.rapport.base.ui.Times;
import app.rapport.base.ui.RouteIds;
import app.rapport.feedback.FeedbackService;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.GoalService;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.KickoffService;
import app.rapport.workspace.TimelineService;
import app.rapport.workspace.Viewer;
import app.rapport.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code /relationships/{id}}: the pair's workspace. The two parties work here; the program's
 * coordinators and admins open it read-only; anyone else gets "not found". A tab is built when
 * shown and let go when another is chosen, so opening the page reads only what the first tab
 * needs, the server holds one tab's components per open page (memory per person, see
 * docs/performance.md), and coming back to a tab shows it fresh.
 */
@Route("relationships/:relationshipId")
@PageTitle("Relationship")
@PermitAll
public final class RelationshipView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.UK);

    private final transient WorkspaceService workspace;
    private final transient KickoffService kickoffs;
    private final transient GoalService goals;
    private final transient InteractionService interactions;
    private final transient CheckinService checkins;
    private final transient FeedbackService feedback;
    private final transient TimelineService timeline;

    public RelationshipView(WorkspaceService workspace, KickoffService kickoffs, GoalService goals,
            InteractionService interactions, CheckinService checkins, FeedbackService feedback,
            TimelineService timeline) {
        this.feedback = feedback;
        this.workspace = workspace;
        this.kickoffs = kickoffs;
        this.goals = goals;
        this.interactions = interactions;
        this.checkins = checkins;
        this.timeline = timeline;
        addClassName("rapport-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.id(event, "relationshipId").orElse(null);
        var viewer = open(id);
        if (viewer == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(viewer);
    }

    private Viewer open(Long id) {
        try {
            return id == null ? null : workspace.open(id);
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    private void show(Viewer viewer) {
        removeAll();
        add(header(viewer));
        var tabs = new TabSheet();
        tabs.setId("workspace-tabs");
        tabs.setWidthFull();
        var fillers = new HashMap<Tab, Runnable>();
        var emptiers = new HashMap<Tab, Runnable>();
        lazyTab(tabs, fillers, emptiers, "Kick-off", () -> new KickoffTab(kickoffs, viewer));
        lazyTab(tabs, fillers, emptiers, "Goals", () -> new GoalsTab(goals, viewer));
        var meetings = lazyTab(tabs, fillers, emptiers, "Interactions", () -> new InteractionsTab(interactions, viewer));
        lazyTab(tabs, fillers, emptiers, "Check-ins", () -> new CheckinsTab(checkins, viewer));
        lazyTab(tabs, fillers, emptiers, "Peer feedback", () -> new FeedbackTab(feedback, viewer));
        lazyTab(tabs, fillers, emptiers, "Timeline", () -> new TimelineTab(timeline, viewer));
        // Meetings are what a pair logs most; the nudge, when there is one, shows at the top of that tab.
        tabs.setSelectedTab(meetings);
        tabs.addSelectedChangeListener(e -> {
            if (e.getPreviousTab() != null) {
                emptiers.get(e.getPreviousTab()).run();
            }
            fillers.get(e.getSelectedTab()).run();
        });
        fillers.get(tabs.getSelectedTab()).run();
        add(tabs);
    }

    /** Adds a tab whose content is made when it is shown and dropped when it is left. */
    private static Tab lazyTab(TabSheet tabs, Map<Tab, Runnable> fillers, Map<Tab, Runnable> emptiers, String label,
            Supplier<Component> content) {
        var holder = new Div();
        holder.setWidthFull();
        var tab = tabs.add(label, holder);
        tab.setId("tab-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        fillers.put(tab, () -> {
            if (holder.getChildren().findAny().isEmpty()) {
                holder.add(content.get());
            }
        });
        emptiers.put(tab, holder::removeAll);
        return tab;
    }

    private static Div header(Viewer viewer) {
        var r = viewer.relationship();
        var status = new Span(r.status().label());
        status.addClassNames("rapport-badge", "rapport-badge-rel-" + r.status().name().toLowerCase(Locale.ROOT));
        var title = new Div(new H2(r.menteeName() + " & " + r.mentorName()), status);
        title.addClassName("rapport-program-title");
        var facts = new StringBuilder(viewer.program().name());
        if (r.startedAt() != null) {
            facts.append(" · since ").append(DATE.format(Times.day(r.startedAt())));
        }
        facts.append(viewer.isParty() ? " · you are the " + viewer.side().label().toLowerCase(Locale.ROOT)
                : " · the coordinators' view, read-only");
        var lead = new Paragraph(facts.toString());
        lead.addClassName("rapport-lead");
        lead.setId("workspace-facts");
        var box = new Div(title, lead);
        if (r.startedAt() != null) {
            var progress = new Anchor("relationships/" + r.id() + "/progress", "See progress and health");
            progress.setId("workspace-progress-link");
            box.add(progress);
        }
        box.addClassName("rapport-program-header");
        if (!viewer.canWrite() && viewer.isParty()) {
            var note = new Span("This relationship is " + r.status().label().toLowerCase(Locale.ROOT)
                    + (viewer.program().closed() ? " and its program closed" : "") + ": everything here is read-only.");
            note.addClassName("rapport-readonly-note");
            box.add(note);
        }
        return box;
    }
}
