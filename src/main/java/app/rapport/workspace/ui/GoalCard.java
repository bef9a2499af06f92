package app.rapport.workspace.ui;

import app.rapport.base.ui.Times;
import app.rapport.workspace.Goal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.util.function.Consumer;

/** One goal: title, description, progress bar and, for the pair, what they can do with it. */
final class GoalCard extends Div {

    /** What the buttons of an open goal do; null when the viewer only reads. */
    record Actions(Consumer<Goal> progress, Consumer<Goal> edit, Consumer<Goal> complete) {
    }

    GoalCard(Goal goal, Actions actions) {
        addClassNames("rapport-card", "rapport-goal");
        setId("goal-" + goal.id());
        if (goal.completed()) {
            addClassName("rapport-goal-completed");
        }
        var title = new Span(goal.title());
        title.addClassName("rapport-goal-title");
        add(new H3(goal.completed() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.FLAG_O.create(), title));
        var status = new Span(goal.completed() ? "Completed" : goal.progress() == 0 ? "Not started" : "In progress");
        status.addClassNames("rapport-badge", goal.completed() ? "rapport-badge-ok" : "rapport-badge-draft");
        var meta = new Div(status, new Span("Added by " + goal.createdByName() + " on "
                + Times.date(goal.createdAt())
                + (goal.completed() ? " · completed on " + Times.date(goal.completedAt()) : "")));
        meta.addClassName("rapport-card-meta");
        add(meta);
        if (goal.description() != null) {
            var description = new Paragraph();
            description.setText(goal.description());
            description.addClassName("rapport-text");
            add(description);
        }
        var bar = new ProgressBar(Goal.PROGRESS_MIN, Goal.PROGRESS_MAX, goal.progress());
        bar.getElement().setAttribute("aria-label", "Progress of " + goal.title() + ": " + goal.progress() + " %");
        if (goal.completed()) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        var percent = new Span(goal.progress() + " %");
        percent.setId("goal-percent-" + goal.id());
        percent.addClassName("rapport-goal-percent");
        var progress = new Div(bar, percent);
        progress.addClassName("rapport-goal-progress");
        add(progress);
        if (actions != null && !goal.completed()) {
            add(buttons(goal, actions));
        }
    }

    private static Div buttons(Goal goal, Actions actions) {
        var progress = new Button("Update progress", VaadinIcon.TRENDING_UP.create(),
                e -> actions.progress().accept(goal));
        progress.setId("goal-progress-" + goal.id());
        progress.setAriaLabel("Update the progress of " + goal.title());
        progress.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> actions.edit().accept(goal));
        edit.setId("goal-edit-" + goal.id());
        edit.setAriaLabel("Edit the goal " + goal.title());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var complete = new Button("Complete", VaadinIcon.CHECK.create(), e -> actions.complete().accept(goal));
        complete.setId("goal-complete-" + goal.id());
        complete.setAriaLabel("Mark the goal " + goal.title() + " completed");
        complete.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        var row = new Div(progress, edit, complete);
        row.addClassName("rapport-row-actions");
        return row;
    }
}
