package app.rapport.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.AccountDirectory;
import app.rapport.support.KaribuTestBase;
import app.rapport.workspace.WorkspaceService;
import app.rapport.workspace.Goal;
import app.rapport.workspace.GoalDraft;
import app.rapport.workspace.GoalProgressPoint;
import app.rapport.workspace.GoalService;
import app.rapport.workspace.KickoffService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The goals tab (and the kick-off tab beside it) without a browser, on a fresh active pair each time. */
class GoalsTabTest extends KaribuTestBase {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired WorkspaceService workspace;
    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired AccountDirectory directory;
    @Autowired RelationshipService relationships;
    @Autowired GoalService goals;
    @Autowired KickoffService kickoffs;

    private PairingTestPrograms.Small small;
    private long relationshipId;

    @BeforeEach
    void anActivePair() {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        small = fixtures.small(6006L);
        relationshipId = fixtures.activePair(small).id();
    }

    private GoalsTab goalsTabAs(String email) {
        signIn(email);
        var tab = new GoalsTab(goals, workspace.open(relationshipId));
        UI.getCurrent().add(tab);
        return tab;
    }

    private Goal aGoalAsMentor(String title) {
        signIn(small.mentorEmail());
        return goals.add(relationshipId, new GoalDraft(title, null));
    }

    @Test
    void an_empty_title_is_refused_next_to_the_field_and_nothing_is_saved() {
        goalsTabAs(small.menteeEmail());
        assertThat(_get(Paragraph.class, spec -> spec.withId("goal-empty")).getText()).startsWith("No goals yet.");
        _click(_get(Button.class, spec -> spec.withId("goal-add")));
        _click(_get(Button.class, spec -> spec.withId("goal-save")));
        var title = _get(TextField.class, spec -> spec.withId("goal-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the goal a title");
        assertThat(goals.goals(relationshipId)).isEmpty();

        _setValue(title, "Negotiation");
        _setValue(_get(TextArea.class, spec -> spec.withId("goal-description")), "Close a deal on my own");
        _click(_get(Button.class, spec -> spec.withId("goal-save")));
        MockVaadin.clientRoundtrip();
        _assertNone(Dialog.class);
        var saved = goals.goals(relationshipId);
        assertThat(saved).singleElement().satisfies(g -> assertThat(g.title()).isEqualTo("Negotiation"));
        assertThat(_get(Span.class, spec -> spec.withId("goal-percent-" + saved.get(0).id())).getText())
                .isEqualTo("0 %");
        assertThat(_get(Span.class, spec -> spec.withId("goal-counts")).getText()).isEqualTo("1 open · 0 completed");
    }

    @Test
    void progress_outside_0_to_100_is_refused_and_a_valid_value_is_kept_and_shown() {
        var goal = aGoalAsMentor("Negotiation");
        goalsTabAs(small.menteeEmail());
        _click(_get(Button.class, spec -> spec.withId("goal-progress-" + goal.id())));
        var field = _get(IntegerField.class, spec -> spec.withId("goal-progress"));
        _setValue(field, 150);
        _click(_get(Button.class, spec -> spec.withId("goal-progress-save")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter a whole number from 0 to 100");
        assertThat(goals.goal(goal.id()).progress()).isZero();

        _setValue(field, 60);
        _click(_get(Button.class, spec -> spec.withId("goal-progress-save")));
        MockVaadin.clientRoundtrip();
        _assertNone(Dialog.class);
        assertThat(goals.goal(goal.id()).progress()).isEqualTo(60);
        assertThat(goals.progressHistory(relationshipId)).extracting(GoalProgressPoint::progress)
                .containsExactly(0, 60);
        assertThat(_get(Span.class, spec -> spec.withId("goal-percent-" + goal.id())).getText()).isEqualTo("60 %");
    }

    @Test
    void a_stale_progress_change_says_so_clearly_and_saves_nothing() {
        var goal = aGoalAsMentor("Negotiation");
        goalsTabAs(small.menteeEmail());
        _click(_get(Button.class, spec -> spec.withId("goal-progress-" + goal.id())));
        signIn(small.mentorEmail());
        goals.setProgress(goal.id(), goal.version(), 30);
        signIn(small.menteeEmail());
        _setValue(_get(IntegerField.class, spec -> spec.withId("goal-progress")), 80);
        _click(_get(Button.class, spec -> spec.withId("goal-progress-save")));
        assertThat(_get(Div.class, spec -> spec.withId("goal-dialog-error")).getText())
                .contains("changed meanwhile by someone else");
        assertThat(_get(Button.class, spec -> spec.withId("goal-progress-save")).isEnabled()).isFalse();
        assertThat(goals.goal(goal.id()).progress()).isEqualTo(30);
    }

    @Test
    void completing_a_goal_asks_first_then_shows_it_completed_without_controls() {
        var goal = aGoalAsMentor("Negotiation");
        goalsTabAs(small.mentorEmail());
        _click(_get(Button.class, spec -> spec.withId("goal-complete-" + goal.id())));
        assertThat(goals.goal(goal.id()).completed()).as("nothing happens before the confirmation").isFalse();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(goals.goal(goal.id()).completed()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("goal-percent-" + goal.id())).getText()).isEqualTo("100 %");
        _assertNone(Button.class, spec -> spec.withId("goal-progress-" + goal.id()));
        _assertNone(Button.class, spec -> spec.withId("goal-complete-" + goal.id()));
        assertThat(_get(Span.class, spec -> spec.withId("goal-counts")).getText()).isEqualTo("0 open · 1 completed");
    }

    @Test
    void script_in_a_goal_is_shown_literally_as_text() {
        signIn(small.mentorEmail());
        var goal = goals.add(relationshipId, new GoalDraft(SCRIPT, SCRIPT));
        goalsTabAs(small.menteeEmail());
        var card = _get(Div.class, spec -> spec.withId("goal-" + goal.id()));
        var title = _get(card, Span.class, spec -> spec.withClasses("rapport-goal-title"));
        assertThat(title.getText()).isEqualTo(SCRIPT);
        assertThat(title.getElement().getChildren()).as("one text node, no parsed markup")
                .singleElement().satisfies(node -> assertThat(node.isTextNode()).isTrue());
        assertThat(title.getElement().getProperty("innerHTML")).isNull();
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("rapport-text")).getText()).isEqualTo(SCRIPT);
    }

    @Test
    void the_coordinator_reads_the_goals_but_sees_no_controls() {
        var goal = aGoalAsMentor("Negotiation");
        goalsTabAs("coordinator@rapport.test");
        assertThat(_get(Span.class, spec -> spec.withId("goal-percent-" + goal.id())).getText()).isEqualTo("0 %");
        _assertNone(Button.class, spec -> spec.withId("goal-add"));
        _assertNone(Button.class, spec -> spec.withId("goal-progress-" + goal.id()));
        _assertNone(Button.class, spec -> spec.withId("goal-edit-" + goal.id()));
    }

    @Test
    void the_kickoff_tab_needs_an_explicit_answer_then_shows_both_sides() {
        signIn(small.menteeEmail());
        UI.getCurrent().add(new KickoffTab(kickoffs, workspace.open(relationshipId)));
        assertThat(_get(Div.class, spec -> spec.withId("kickoff-mentor")).getElement().getTextRecursively())
                .contains("Not written yet.");
        _setValue(_get(TextArea.class, spec -> spec.withId("kickoff-wants")), SCRIPT);
        _click(_get(Button.class, spec -> spec.withId("kickoff-save")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> answer = _get(RadioButtonGroup.class, spec -> spec.withId("kickoff-relationship"));
        assertThat(answer.isInvalid()).isTrue();
        assertThat(kickoffs.kickoffs(relationshipId).mentee()).isNull();

        _setValue(answer, true);
        _click(_get(Button.class, spec -> spec.withId("kickoff-save")));
        assertThat(kickoffs.kickoffs(relationshipId).mentee().wants()).isEqualTo(SCRIPT);
        var mine = _get(Div.class, spec -> spec.withId("kickoff-mentee"));
        assertThat(_get(mine, Paragraph.class, spec -> spec.withClasses("rapport-text")).getText()).isEqualTo(SCRIPT);
        assertThat(_get(mine, Span.class, spec -> spec.withText("A relationship"))).isNotNull();
    }
}
