package app.rapport.workspace.ui;

import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.HasUnsavedChanges;
import app.rapport.base.ui.RelationshipTab;
import app.rapport.base.ui.RouteIds;
import app.rapport.base.ui.Times;
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
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code /relationships/{id}}: the pair's workspace. The two parties work here; the program's
 * coordinators and admins open it read-only; anyone else gets "not found". A tab is built when
 * shown and let go when another is chosen, so opening the page reads only what the first tab
 * needs, the server holds one tab's components per open page (memory per person, see
 * docs/performance.md), and coming back to a tab shows it fresh. Leaving a tab or the page with
 * typed work not saved asks first. Other features add their tabs as {@link RelationshipTab} beans.
 */
@Route("relationships/:relationshipId")
@PageTitle("Relationship")
@PermitAll
public final class RelationshipView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private static final String INTERACTIONS = "Interactions";

    private final transient WorkspaceService workspace;
    private final transient KickoffService kickoffs;
    private final transient GoalService goals;
    private final transient InteractionService interactions;
    private final transient CheckinService checkins;
    private final transient TimelineService timeline;
    private final transient List<RelationshipTab> contributed;
    private final Map<Tab, Div> holders = new HashMap<>();
    private TabSheet tabs;
    /** Set while the view itself moves the selection, which needs no question. */
    private boolean moving;

    public RelationshipView(WorkspaceService workspace, KickoffService kickoffs, GoalService goals,
            InteractionService interactions, CheckinService checkins, TimelineService timeline,
            List<RelationshipTab> contributed) {
        this.workspace = workspace;
        this.kickoffs = kickoffs;
        this.goals = goals;
        this.interactions = interactions;
        this.checkins = checkins;
        this.timeline = timeline;
        this.contributed = List.copyOf(contributed);
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
        holders.clear();
        tabs = new TabSheet();
        tabs.setId("workspace-tabs");
        tabs.setWidthFull();
        var fillers = new HashMap<Tab, Runnable>();
        var parts = new ArrayList<>(List.of(
                new Part(10, "Kick-off", () -> new KickoffTab(kickoffs, viewer)),
                new Part(20, "Goals", () -> new GoalsTab(goals, viewer)),
                new Part(30, INTERACTIONS, () -> new InteractionsTab(interactions, viewer)),
                new Part(40, "Check-ins", () -> new CheckinsTab(checkins, viewer)),
                new Part(60, "Timeline", () -> new TimelineTab(timeline, viewer))));
        contributed.forEach(t -> parts.add(new Part(t.order(), t.label(), () -> t.create(viewer.relationshipId()))));
        parts.sort(Comparator.comparingInt(Part::order));
        Tab meetings = null;
        for (var part : parts) {
            var tab = lazyTab(fillers, part.label(), part.content());
            if (part.label().equals(INTERACTIONS)) {
                meetings = tab;
            }
        }
        // Meetings are what a pair logs most; the nudge, when there is one, shows at the top of that tab.
        tabs.setSelectedTab(meetings);
        tabs.addSelectedChangeListener(e -> {
            var left = e.getPreviousTab();
            var chosen = e.getSelectedTab();
            if (!moving && left != null && unsaved(left)) {
                // Stay on the tab with the typed work until the person chose to discard it.
                select(left);
                DiscardGuard.confirm(() -> true, () -> select(chosen));
                return;
            }
            if (left != null) {
                holders.get(left).removeAll();
            }
            fillers.get(chosen).run();
        });
        fillers.get(tabs.getSelectedTab()).run();
        add(tabs);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (tabs != null && unsaved(tabs.getSelectedTab())) {
            var action = event.postpone();
            DiscardGuard.confirm(() -> true, action::proceed);
        }
    }

    private boolean unsaved(Tab tab) {
        var holder = holders.get(tab);
        return holder != null && holder.getChildren()
                .anyMatch(c -> c instanceof HasUnsavedChanges u && u.hasUnsavedChanges());
    }

    private void select(Tab tab) {
        moving = true;
        try {
            tabs.setSelectedTab(tab);
        } finally {
            moving = false;
        }
    }

    /** A tab of the workspace's own or one another feature contributes, in the order they stand. */
    private record Part(int order, String label, Supplier<Component> content) {
    }

    /** Adds a tab whose content is made when it is shown and dropped when it is left. */
    private Tab lazyTab(Map<Tab, Runnable> fillers, String label, Supplier<Component> content) {
        var holder = new Div();
        holder.setWidthFull();
        var tab = tabs.add(label, holder);
        tab.setId("tab-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        fillers.put(tab, () -> {
            if (holder.getChildren().findAny().isEmpty()) {
                holder.add(content.get());
            }
        });
        holders.put(tab, holder);
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
            facts.append(" · since ").append(Times.longDate(r.startedAt()));
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
