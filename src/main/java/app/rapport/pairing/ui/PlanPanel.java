package app.rapport.pairing.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.BackgroundTasks;
import app.rapport.base.ui.Notifications;
import app.rapport.pairing.MatchPlan;
import app.rapport.pairing.MatchPlan.PlannedPair;
import app.rapport.pairing.MatchPlan.Unmatched;
import app.rapport.pairing.MatchingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes the optimal plan in the background with a progress bar, shows the pairs with their
 * reasons and who stays unpaired, lets the coordinator drop pairs, and proposes the rest.
 */
final class PlanPanel extends Div {

    private final transient MatchingService matching;
    private final transient BackgroundTasks tasks;
    private final long programId;
    private final Button compute = new Button("Compute plan", VaadinIcon.COGS.create());
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph summary = new Paragraph();
    private final Grid<PlannedPair> pairs = new Grid<>(PlannedPair.class, false);
    private final Grid<Unmatched> unmatched = new Grid<>(Unmatched.class, false);
    private final Button commit = new Button();
    private final Div result = new Div();
    private final List<PlannedPair> kept = new ArrayList<>();
    private MatchPlan plan;

    PlanPanel(MatchingService matching, BackgroundTasks tasks, long programId) {
        this.matching = matching;
        this.tasks = tasks;
        this.programId = programId;
        compute.setId("plan-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(e -> compute());
        progress.setVisible(false);
        progress.setId("plan-progress");
        summary.setId("plan-summary");

        pairs.setId("plan-pairs");
        pairs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        pairs.addColumn(PlannedPair::menteeName).setHeader("Mentee").setFlexGrow(2);
        pairs.addColumn(PlannedPair::mentorName).setHeader("Mentor").setFlexGrow(2);
        pairs.addComponentColumn(p -> Labels.score(p.score())).setHeader("Score").setWidth("6rem").setFlexGrow(0);
        pairs.addColumn(p -> String.join(" · ", p.reasons())).setHeader("Why").setFlexGrow(5);
        pairs.addComponentColumn(p -> {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(p));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove " + p.menteeName() + " and " + p.mentorName() + " from the plan");
            remove.setTooltipText("Remove from the plan");
            return remove;
        }).setKey("remove").setWidth("4.5rem").setFlexGrow(0);
        pairs.setHeight("26rem");
        pairs.setEmptyStateText("No pairs left in the plan.");

        unmatched.setId("plan-unmatched");
        unmatched.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        unmatched.addColumn(Unmatched::menteeName).setHeader("Mentee").setFlexGrow(1);
        unmatched.addColumn(Unmatched::reason).setHeader("Why unpaired").setFlexGrow(3);
        unmatched.setAllRowsVisible(true);

        commit.setId("plan-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        commit.addClickListener(e -> confirmCommit());
        result.setVisible(false);
        add(new H3("Match everyone at once"), new Paragraph("Rapport finds the plan with the highest total score "
                + "for every mentee without a relationship, within the mentors' free slots and the required rules. "
                + "Nothing is proposed until you confirm."), compute, progress, result);
    }

    private void compute() {
        compute.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        result.setVisible(false);
        tasks.task("Matching program " + programId, fraction -> matching.preview(programId, fraction))
                .onProgress(progress::setValue)
                .onDone(this::show)
                .onFailed(() -> Notifications.error("The plan could not be computed. Try again; if it fails "
                        + "again, tell your administrator."))
                .always(() -> {
                    progress.setVisible(false);
                    compute.setEnabled(true);
                })
                .start();
    }

    private void show(MatchPlan computed) {
        plan = computed;
        kept.clear();
        kept.addAll(plan.pairs());
        pairs.setItems(kept);
        unmatched.setItems(plan.unmatched());
        result.removeAll();
        result.add(summary, pairs);
        if (!plan.unmatched().isEmpty()) {
            result.add(new H4("Unpaired"), unmatched);
        }
        result.add(commit);
        updateCommit();
        result.setVisible(true);
    }

    private void remove(PlannedPair pair) {
        kept.remove(pair);
        pairs.getDataProvider().refreshAll();
        updateCommit();
    }

    /** The totals of the pairs still kept; once some are dropped, beside what the computed plan had. */
    private void updateSummary() {
        var numbers = NumberFormat.getIntegerInstance(Locale.UK);
        long total = kept.stream().mapToLong(PlannedPair::score).sum();
        int dropped = plan.pairs().size() - kept.size();
        var text = new StringBuilder().append(pairs(kept.size())).append(" with a total score of ")
                .append(numbers.format(total));
        if (dropped == 0) {
            text.append(" (best pairs first, one at a time, would reach ")
                    .append(numbers.format(plan.greedyTotalScore())).append(" with ").append(pairs(plan.greedyPairs()))
                    .append("). ");
        } else {
            text.append(" after you removed ").append(pairs(dropped)).append(" (the computed plan had ")
                    .append(pairs(plan.pairs().size())).append(" with ").append(numbers.format(plan.totalScore()))
                    .append("). ");
        }
        int unpaired = plan.unmatched().size() + dropped;
        text.append(unpaired == 0 ? "Every mentee without a relationship gets one."
                : unpaired + (unpaired == 1 ? " stays unpaired." : " stay unpaired."));
        text.append(" Computed in ").append(plan.computeMillis()).append(" ms.");
        summary.setText(text.toString());
    }

    private static String pairs(int count) {
        return count + (count == 1 ? " pair" : " pairs");
    }

    private void updateCommit() {
        updateSummary();
        commit.setText("Propose " + pairs(kept.size()));
        commit.setEnabled(!kept.isEmpty());
    }

    private void confirmCommit() {
        var dialog = new ConfirmDialog("Propose " + pairs(kept.size()) + "?",
                "Each pair gets a proposal on both people's home page, with the reasons shown here.",
                "Propose", e -> commit());
        dialog.setCancelable(true);
        dialog.setId("plan-confirm");
        dialog.open();
    }

    private void commit() {
        try {
            int count = matching.commit(programId, List.copyOf(kept));
            Notifications.success(count + " pairings proposed.");
            kept.clear();
            result.setVisible(false);
        } catch (RuleViolation e) {
            Notifications.error(e.getMessage());
        }
    }
}
