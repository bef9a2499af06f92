package app.rapport.pairing.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.BackgroundTasks;
import app.rapport.base.ui.Notifications;
import app.rapport.pairing.MatchingService;
import app.rapport.pairing.PairingRules;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.program.ui.ProgramHeader;
import app.rapport.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /programs/{id}/matching}: the program's matching weights and rules, and the optimal plan
 * for every unpaired mentee, previewed, trimmed and then proposed in one go.
 */
@Route("programs/:programId/matching")
@PageTitle("Matching")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR})
public final class MatchingView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ProgramService programs;
    private final transient MatchingService matching;
    private final transient BackgroundTasks tasks;
    private ProgramDetails program;
    private PairingRules rules;
    private RulesForm form;

    public MatchingView(ProgramService programs, MatchingService matching, BackgroundTasks tasks) {
        this.tasks = tasks;
        this.programs = programs;
        this.matching = matching;
        addClassName("rapport-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        program = ProgramHeader.program(event, programs);
        if (program == null) {
            return;
        }
        removeAll();
        add(new ProgramHeader(program, ProgramHeader.Section.MATCHING));
        rules = matching.rules(program.id());
        form = new RulesForm(program.readOnly());
        form.show(RulesDraft.of(rules));
        var save = new Button("Save rules", e -> save());
        save.setId("rules-save");
        save.setVisible(!program.readOnly());
        var rulesCard = new Div(new H3("Matching rules"), new Paragraph("Scores run from 0 to 100: each part's "
                + "weight decides how much it counts. Required rules exclude a pair outright; a pair declined "
                + "before is never suggested again."), form, save);
        rulesCard.addClassName("rapport-panel");
        add(rulesCard);
        if (!program.readOnly()) {
            var plan = new PlanPanel(matching, tasks, program.id());
            plan.addClassName("rapport-panel");
            add(plan);
        }
    }

    private void save() {
        var draft = form.read();
        if (draft.isEmpty()) {
            return;
        }
        var changed = draft.get().toRules(program.id(), rules.version());
        if (!changed.weights().isAnyWeighted()) {
            Notifications.error("Give at least one part a weight above 0");
            return;
        }
        try {
            rules = matching.updateRules(changed);
            Notifications.success("Matching rules saved. Compute the plan again to use them.");
        } catch (RuleViolation e) {
            Notifications.error(e.getMessage());
        }
    }
}
