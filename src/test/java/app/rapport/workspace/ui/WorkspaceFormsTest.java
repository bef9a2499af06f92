package app.rapport.workspace.ui;

import static com.vaadin.browserless.internal.ShortcutsKt._fireShortcut;
import static com.vaadin.browserless.internal.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.base.ui.HomeView;
import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.LitColumns;
import app.rapport.workspace.Checkin;
import app.rapport.workspace.CheckinDraft;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.GoalDraft;
import app.rapport.workspace.GoalService;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.KickoffService;
import app.rapport.workspace.WorkspaceService;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the workspace's forms do with typed work: over-long text is kept whole and refused with its
 * length, Enter in a single-line field saves, and typed work is never thrown away without asking.
 */
class WorkspaceFormsTest extends BrowserlessTestBase {

    @Autowired WorkspaceService workspace;
    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired RelationshipService relationships;
    @Autowired GoalService goals;
    @Autowired KickoffService kickoffs;
    @Autowired CheckinService checkins;
    @Autowired InteractionService interactions;

    private PairingTestPrograms.Small small;
    private long relationshipId;

    @BeforeEach
    void anActivePair() {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        small = fixtures.small(6106L);
        relationshipId = fixtures.activePair(small).id();
    }

    private void openAddGoal() {
        signIn(small.menteeEmail());
        UI.getCurrent().add(new GoalsTab(goals, workspace.open(relationshipId)));
        test(find(Button.class).id("goal-add")).click();
    }

    private boolean discardAsked() {
        return find(ConfirmDialog.class).withId("discard-confirm").exists()
                && "Discard your changes?".equals(test(find(ConfirmDialog.class).id("discard-confirm")).getHeader());
    }

    @Test
    void a_goal_title_longer_than_its_limit_is_kept_whole_and_refused_with_its_length() {
        openAddGoal();
        var title = find(TextField.class).id("goal-title");
        assertThat(title.getElement().hasProperty("maxlength")).as("the browser would cut a paste").isFalse();
        test(title).setValue("x".repeat(130));
        assertThat(title.getValue()).hasSize(130);
        assertThat(find(Span.class).id("goal-title-counter").getText()).isEqualTo("130 / 120");
        test(find(Button.class).id("goal-save")).click();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("At most 120 characters: this has 130");
        assertThat(goals.goals(relationshipId)).isEmpty();
    }

    @Test
    void the_counter_shows_only_from_eighty_percent_of_the_limit() {
        signIn(small.menteeEmail());
        new CheckinDialog(checkins, workspace.open(relationshipId), null, "this week", () -> { }).open();
        MockVaadin.clientRoundtrip();
        var reflection = find(TextArea.class).id("checkin-reflection");
        test(reflection).setValue("x".repeat(1_500));
        assertThat(find(Span.class).withId("checkin-reflection-counter").exists()).isFalse();
        test(reflection).setValue("x".repeat(1_950));
        var counter = find(Span.class).id("checkin-reflection-counter");
        assertThat(counter.getText()).isEqualTo("1,950 / 2,000");
        assertThat(reflection.isInvalid()).isFalse();
        test(reflection).setValue("x".repeat(2_013));
        assertThat(reflection.isInvalid()).as("refused as soon as it is too long").isTrue();
        assertThat(reflection.getErrorMessage()).isEqualTo("At most 2,000 characters: this has 2,013");
    }

    @Test
    void interaction_notes_over_four_thousand_characters_are_refused_by_the_form_and_by_the_service() {
        signIn(small.menteeEmail());
        var viewer = workspace.open(relationshipId);
        new InteractionDialog(interactions, viewer, null, () -> { }).open();
        MockVaadin.clientRoundtrip();
        var notes = find(TextArea.class).id("interaction-notes");
        test(notes).setValue("n".repeat(4_213));
        test(find(Button.class).id("interaction-save")).click();
        assertThat(notes.getErrorMessage()).isEqualTo("At most 4,000 characters: this has 4,213");
        assertThat(interactions.count(relationshipId)).isZero();
    }

    @Test
    void enter_in_the_goal_title_adds_the_goal() {
        openAddGoal();
        var title = find(TextField.class).id("goal-title");
        test(title).setValue("Negotiation");
        _fireShortcut(title, Key.ENTER);
        MockVaadin.clientRoundtrip();
        assertThat(goals.goals(relationshipId)).singleElement()
                .satisfies(g -> assertThat(g.title()).isEqualTo("Negotiation"));
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    void enter_in_an_empty_goal_form_shows_the_error_and_saves_nothing() {
        openAddGoal();
        var title = find(TextField.class).id("goal-title");
        _fireShortcut(title, Key.ENTER);
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the goal a title");
        assertThat(goals.goals(relationshipId)).isEmpty();
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void enter_in_a_text_area_or_outside_a_single_line_field_saves_nothing() {
        openAddGoal();
        test(find(TextField.class).id("goal-title")).setValue("Negotiation");
        var description = find(TextArea.class).id("goal-description");
        test(description).setValue("Line one");
        _fireShortcut(description, Key.ENTER);
        fireShortcut(Key.ENTER);
        assertThat(goals.goals(relationshipId)).isEmpty();
    }

    @Test
    void enter_in_the_progress_field_saves_the_progress() {
        signIn(small.mentorEmail());
        var goal = goals.add(relationshipId, new GoalDraft("Negotiation", null));
        signIn(small.menteeEmail());
        UI.getCurrent().add(new GoalsTab(goals, workspace.open(relationshipId)));
        test(find(Button.class).id("goal-progress-" + goal.id())).click();
        var progress = find(IntegerField.class).id("goal-progress");
        test(progress).setValue(40);
        _fireShortcut(progress, Key.ENTER);
        assertThat(goals.goal(goal.id()).progress()).isEqualTo(40);
    }

    @Test
    void cancel_with_a_typed_goal_asks_and_keep_editing_keeps_the_text() {
        openAddGoal();
        test(find(TextField.class).id("goal-title")).setValue("Negotiation");
        test(find(Button.class).id("goal-cancel")).click();
        assertThat(discardAsked()).isTrue();
        assertThat(find(Dialog.class).exists()).as("nothing closed before the answer").isTrue();
        test(find(ConfirmDialog.class).id("discard-confirm")).cancel();
        MockVaadin.clientRoundtrip();
        assertThat(find(TextField.class).id("goal-title").getValue()).isEqualTo("Negotiation");

        test(find(Button.class).id("goal-cancel")).click();
        test(find(ConfirmDialog.class).id("discard-confirm")).confirm();
        MockVaadin.clientRoundtrip();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(goals.goals(relationshipId)).isEmpty();
    }

    @Test
    void cancel_without_changes_closes_at_once() {
        openAddGoal();
        test(find(Button.class).id("goal-cancel")).click();
        MockVaadin.clientRoundtrip();
        assertThat(find(ConfirmDialog.class).withId("discard-confirm").exists()).isFalse();
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    void escape_or_a_click_outside_a_check_in_with_a_reflection_asks_first() {
        signIn(small.menteeEmail());
        var dialog = new CheckinDialog(checkins, workspace.open(relationshipId), null, "this week", () -> { });
        dialog.open();
        MockVaadin.clientRoundtrip();
        test(find(TextArea.class).id("checkin-reflection")).setValue("We rushed it");
        // What the browser sends for Esc or a click outside the dialog.
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        assertThat(discardAsked()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void switching_tabs_with_an_unsaved_kickoff_asks_and_keep_editing_keeps_the_text() {
        signIn(small.menteeEmail());
        navigate("relationships/" + relationshipId);
        var tabs = find(TabSheet.class).id("workspace-tabs");
        test(tabs).select("Kick-off");
        test(find(TextArea.class).id("kickoff-wants")).setValue("To negotiate my contract");
        test(tabs).select("Goals");
        assertThat(discardAsked()).isTrue();
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Kick-off");
        test(find(ConfirmDialog.class).id("discard-confirm")).cancel();
        MockVaadin.clientRoundtrip();
        assertThat(find(TextArea.class).id("kickoff-wants").getValue()).isEqualTo("To negotiate my contract");

        test(tabs).select("Goals");
        test(find(ConfirmDialog.class).id("discard-confirm")).confirm();
        MockVaadin.clientRoundtrip();
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Goals");
        assertThat(find(TextArea.class).withId("kickoff-wants").exists()).isFalse();
        assertThat(kickoffs.kickoffs(relationshipId).mentee()).isNull();
    }

    @Test
    void a_saved_kickoff_leaves_the_tab_without_a_question() {
        signIn(small.menteeEmail());
        navigate("relationships/" + relationshipId);
        var tabs = find(TabSheet.class).id("workspace-tabs");
        test(tabs).select("Kick-off");
        test(tabs).select("Goals");
        assertThat(find(ConfirmDialog.class).withId("discard-confirm").exists()).isFalse();
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Goals");
    }

    @Test
    void leaving_the_page_with_an_unsaved_kickoff_asks_first() {
        signIn(small.menteeEmail());
        navigate("relationships/" + relationshipId);
        test(find(TabSheet.class).id("workspace-tabs")).select("Kick-off");
        test(find(TextArea.class).id("kickoff-wants")).setValue("To negotiate my contract");
        navigate("");
        assertThat(discardAsked()).isTrue();
        assertThat(currentView()).isInstanceOf(RelationshipView.class);
        test(find(ConfirmDialog.class).id("discard-confirm")).confirm();
        MockVaadin.clientRoundtrip();
        assertThat(currentView()).isInstanceOf(HomeView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_long_reflection_shows_its_first_lines_until_show_more() {
        signIn(small.menteeEmail());
        var text = "I rushed the ask. ".repeat(100);
        checkins.checkIn(relationshipId, new CheckinDraft(4, 4, 4, text, false));
        UI.getCurrent().add(new CheckinsTab(checkins, workspace.open(relationshipId)));
        Grid<Checkin> grid = find(Grid.class).id("checkins");
        var mine = test(grid).getRow(0);
        var row = LitColumns.row(grid, "reflection", mine);
        assertThat(row.get("reflection").stringValue()).isEqualTo(text.strip());
        assertThat(row.get("long").booleanValue()).isTrue();
        assertThat(row.get("clamped").booleanValue()).isTrue();
        assertThat(LitColumns.template(grid, "reflection")).contains("rapport-clamp").contains("Show more")
                .doesNotContain("unsafeHTML");

        LitColumns.call(grid, "reflection", mine, "toggle");
        assertThat(LitColumns.row(grid, "reflection", mine).get("clamped").booleanValue()).isFalse();
        LitColumns.call(grid, "reflection", mine, "toggle");
        assertThat(LitColumns.row(grid, "reflection", mine).get("clamped").booleanValue()).isTrue();
    }
}
