package app.rapport.workspace.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.workspace.Goal;
import app.rapport.workspace.GoalService;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pair's goals as cards with their progress. The two parties add, edit, move and complete
 * them while the relationship is active; everyone else who may open the relationship reads.
 */
public final class GoalsTab extends Composite<Div> {

    private final transient GoalService service;
    private final Viewer viewer;
    private final Span counts = new Span();
    private final Div list = new Div();

    public GoalsTab(GoalService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
        var root = getContent();
        root.setId("goals-tab");
        root.addClassName("rapport-workspace-tab");
        counts.addClassName("rapport-lead");
        counts.setId("goal-counts");
        var heading = new Div(new H3("Goals"), counts);
        var toolbar = new Div(heading);
        toolbar.addClassName("rapport-toolbar");
        if (viewer.canWrite()) {
            var add = new Button("Add a goal", VaadinIcon.PLUS.create(), e -> open(GoalDialog.details(null, draft -> {
                var goal = service.add(viewer.relationshipId(), draft);
                Notifications.success("Added “" + goal.title() + "”.");
            })));
            add.setId("goal-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        list.addClassName("rapport-cards");
        list.setId("goal-list");
        root.add(toolbar, list);
        refresh();
    }

    private void refresh() {
        var goals = service.goals(viewer.relationshipId());
        long done = goals.stream().filter(Goal::completed).count();
        counts.setText(goals.isEmpty() ? "What you want to achieve together, and how far you are."
                : (goals.size() - done) + " open · " + done + " completed");
        list.removeAll();
        if (goals.isEmpty()) {
            var empty = new Paragraph(viewer.canWrite()
                    ? "No goals yet. Add the first thing you want to reach together; you can track its progress here."
                    : "No goals yet.");
            empty.addClassName("rapport-empty");
            empty.setId("goal-empty");
            list.add(empty);
            return;
        }
        var actions = viewer.canWrite() ? new GoalCard.Actions(this::progress, this::edit, this::complete) : null;
        goals.forEach(goal -> list.add(new GoalCard(goal, actions)));
    }

    private void progress(Goal goal) {
        open(GoalDialog.progress(goal, percent -> {
            var after = service.setProgress(goal.id(), goal.version(), percent);
            Notifications.success("“" + after.title() + "” is at " + after.progress() + " % now.");
        }));
    }

    private void edit(Goal goal) {
        open(GoalDialog.details(goal, draft -> {
            service.edit(goal.id(), goal.version(), draft);
            Notifications.success("Saved.");
        }));
    }

    private void complete(Goal goal) {
        var confirm = new ConfirmDialog();
        confirm.setId("goal-complete-dialog");
        confirm.setHeader("Complete “" + goal.title() + "”?");
        confirm.setText("Its progress goes to 100 % and it is kept as reached, for both of you. "
                + "A completed goal can no longer be changed.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Complete");
        confirm.addConfirmListener(e -> {
            try {
                service.complete(goal.id(), goal.version());
                Notifications.success("Well done: “" + goal.title() + "” is completed.");
            } catch (RuleViolation ex) {
                Notifications.error(ex.getMessage());
            } catch (AccessDeniedException ex) {
                Notifications.error("You can no longer change the goals of this relationship.");
            }
            refresh();
        });
        confirm.open();
    }

    /** Opens a dialog; whatever happened in it, the list shows the current goals once it closes. */
    private void open(Dialog dialog) {
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }
}
