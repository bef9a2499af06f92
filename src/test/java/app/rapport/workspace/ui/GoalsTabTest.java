package app.rapport.workspace.ui;

import static com.vaadin.browserless.internal.BasicUtilsKt.checkEditableByUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.workspace.WorkspaceService;
import app.rapport.workspace.Goal;
import app.rapport.workspace.GoalDraft;
import app.rapport.workspace.GoalProgressPoint;
import app.rapport.workspace.GoalService;
import app.rapport.workspace.KickoffService;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
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
class GoalsTabTest extends BrowserlessTestBase {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired WorkspaceService workspace;
    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
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

    /**
     * Chooses a value as the user would, which needs the field to be editable. For the radio buttons,
     * whose tester chooses by label, and for a number past the field's limits, which its tester
     * refuses while a browser lets it be typed for the form to refuse.
     */
    private static <V> void enter(HasValue<?, V> field, V value) {
        checkEditableByUser((Component) field);
        field.setValue(value);
    }

    @Test
    void an_empty_title_is_refused_next_to_the_field_and_nothing_is_saved() {
        goalsTabAs(small.menteeEmail());
        assertThat(find(Paragraph.class).id("goal-empty").getText()).startsWith("No goals yet.");
        test(find(Button.class).id("goal-add")).click();
        test(find(Button.class).id("goal-save")).click();
        var title = find(TextField.class).id("goal-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the goal a title");
        assertThat(goals.goals(relationshipId)).isEmpty();

        test(title).setValue("Negotiation");
        test(find(TextArea.class).id("goal-description")).setValue("Close a deal on my own");
        test(find(Button.class).id("goal-save")).click();
        MockVaadin.clientRoundtrip();
        assertThat(find(Dialog.class).exists()).isFalse();
        var saved = goals.goals(relationshipId);
        assertThat(saved).singleElement().satisfies(g -> assertThat(g.title()).isEqualTo("Negotiation"));
        assertThat(find(Span.class).id("goal-percent-" + saved.get(0).id()).getText())
                .isEqualTo("0 %");
        assertThat(find(Span.class).id("goal-counts").getText()).isEqualTo("1 open · 0 completed");
    }

    @Test
    void progress_outside_0_to_100_is_refused_and_a_valid_value_is_kept_and_shown() {
        var goal = aGoalAsMentor("Negotiation");
        goalsTabAs(small.menteeEmail());
        test(find(Button.class).id("goal-progress-" + goal.id())).click();
        var field = find(IntegerField.class).id("goal-progress");
        enter(field, 150);
        test(find(Button.class).id("goal-progress-save")).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter a whole number from 0 to 100");
        assertThat(goals.goal(goal.id()).progress()).isZero();

        test(field).setValue(60);
        test(find(Button.class).id("goal-progress-save")).click();
        MockVaadin.clientRoundtrip();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(goals.goal(goal.id()).progress()).isEqualTo(60);
        assertThat(goals.progressHistory(relationshipId)).extracting(GoalProgressPoint::progress)
                .containsExactly(0, 60);
        assertThat(find(Span.class).id("goal-percent-" + goal.id()).getText()).isEqualTo("60 %");
    }

    @Test
    void a_stale_progress_change_says_so_clearly_and_saves_nothing() {
        var goal = aGoalAsMentor("Negotiation");
        goalsTabAs(small.menteeEmail());
        test(find(Button.class).id("goal-progress-" + goal.id())).click();
        signIn(small.mentorEmail());
        goals.setProgress(goal.id(), goal.version(), 30);
        signIn(small.menteeEmail());
        test(find(IntegerField.class).id("goal-progress")).setValue(80);
        test(find(Button.class).id("goal-progress-save")).click();
        assertThat(find(Div.class).id("goal-dialog-error").getText())
                .contains("changed meanwhile by someone else");
        assertThat(find(Button.class).id("goal-progress-save").isEnabled()).isFalse();
        assertThat(goals.goal(goal.id()).progress()).isEqualTo(30);
    }

    @Test
    void completing_a_goal_asks_first_then_shows_it_completed_without_controls() {
        var goal = aGoalAsMentor("Negotiation");
        goalsTabAs(small.mentorEmail());
        test(find(Button.class).id("goal-complete-" + goal.id())).click();
        assertThat(goals.goal(goal.id()).completed()).as("nothing happens before the confirmation").isFalse();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(goals.goal(goal.id()).completed()).isTrue();
        assertThat(find(Span.class).id("goal-percent-" + goal.id()).getText()).isEqualTo("100 %");
        assertThat(find(Button.class).withId("goal-progress-" + goal.id()).exists()).isFalse();
        assertThat(find(Button.class).withId("goal-complete-" + goal.id()).exists()).isFalse();
        assertThat(find(Span.class).id("goal-counts").getText()).isEqualTo("0 open · 1 completed");
    }

    @Test
    void script_in_a_goal_is_shown_literally_as_text() {
        signIn(small.mentorEmail());
        var goal = goals.add(relationshipId, new GoalDraft(SCRIPT, SCRIPT));
        goalsTabAs(small.menteeEmail());
        var card = find(Div.class).id("goal-" + goal.id());
        var title = find(Span.class, card).withClassName("rapport-goal-title").single();
        assertThat(title.getText()).isEqualTo(SCRIPT);
        assertThat(title.getElement().getChildren()).as("one text node, no parsed markup")
                .singleElement().satisfies(node -> assertThat(node.isTextNode()).isTrue());
        assertThat(title.getElement().getProperty("innerHTML")).isNull();
        assertThat(find(Paragraph.class, card).withClassName("rapport-text").single().getText()).isEqualTo(SCRIPT);
    }

    @Test
    void the_coordinator_reads_the_goals_but_sees_no_controls() {
        var goal = aGoalAsMentor("Negotiation");
        goalsTabAs("coordinator@rapport.test");
        assertThat(find(Span.class).id("goal-percent-" + goal.id()).getText()).isEqualTo("0 %");
        assertThat(find(Button.class).withId("goal-add").exists()).isFalse();
        assertThat(find(Button.class).withId("goal-progress-" + goal.id()).exists()).isFalse();
        assertThat(find(Button.class).withId("goal-edit-" + goal.id()).exists()).isFalse();
    }

    @Test
    void the_kickoff_tab_needs_an_explicit_answer_then_shows_both_sides() {
        signIn(small.menteeEmail());
        UI.getCurrent().add(new KickoffTab(kickoffs, workspace.open(relationshipId)));
        assertThat(find(Div.class).id("kickoff-mentor").getElement().getTextRecursively())
                .contains("Not written yet.");
        test(find(TextArea.class).id("kickoff-wants")).setValue(SCRIPT);
        test(find(Button.class).id("kickoff-save")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> answer = find(RadioButtonGroup.class).id("kickoff-relationship");
        assertThat(answer.isInvalid()).isTrue();
        assertThat(kickoffs.kickoffs(relationshipId).mentee()).isNull();

        enter(answer, true);
        test(find(Button.class).id("kickoff-save")).click();
        assertThat(kickoffs.kickoffs(relationshipId).mentee().wants()).isEqualTo(SCRIPT);
        var mine = find(Div.class).id("kickoff-mentee");
        assertThat(find(Paragraph.class, mine).withClassName("rapport-text").single().getText()).isEqualTo(SCRIPT);
        assertThat(find(Span.class, mine).withText("A relationship").single()).isNotNull();
    }
}
