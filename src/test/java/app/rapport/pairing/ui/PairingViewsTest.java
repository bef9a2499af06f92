package app.rapport.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.pairing.MatchPlan;
import app.rapport.pairing.MatchingService;
import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.pairing.RelationshipSummary;
import app.rapport.pairing.Suggestion;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.TestPeople;
import com.vaadin.browserless.internal.BasicUtilsKt;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pairing pages and the portal's proposals without a browser, on a fresh program each time. */
class PairingViewsTest extends BrowserlessTestBase {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired RelationshipService relationships;
    @Autowired JdbcTemplate jdbc;
    private PairingTestPrograms fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_coordinator_picks_a_mentee_sees_mentors_ranked_and_proposes_the_best() {
        var f = fixtures.small(11L);
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/pairing");
        ComboBox<MatchingService.MenteeOption> mentee = find(ComboBox.class).id("pairing-mentee");
        var option = mentee.getListDataView().getItems().filter(m -> m.enrolmentId() == f.demanding()).findFirst()
                .orElseThrow();
        BasicUtilsKt.checkEditableByUser(mentee);
        mentee.setValue(option);
        Grid<Suggestion> suggestions = find(Grid.class).id("suggestions");
        assertThat(test(suggestions).size()).isEqualTo(2);
        assertThat(suggestions.getListDataView().getItem(0).mentorEnrolmentId()).isEqualTo(f.broad());
        test((Button) test(suggestions).getCellComponent(0, "action")).click();
        Grid<RelationshipSummary> grid = find(Grid.class).id("relationships");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(grid.getLazyDataView().getItems().findFirst().orElseThrow().status())
                .isEqualTo(RelationshipStatus.PROPOSED);
    }

    @SuppressWarnings("unchecked")
    private Grid<RelationshipSummary> relationshipsGrid() {
        return find(Grid.class).id("relationships");
    }

    private String status(long relationshipId) {
        return jdbc.queryForObject("select status from relationship where id = ?", String.class, relationshipId);
    }

    /** Clicks the first row's action that asks for a reason: refused without one, then confirmed with it. */
    private void actWithReason(String action, long relationshipId, String statusBefore, String reason) {
        var actions = (Div) test(relationshipsGrid()).getCellComponent(0, "actions");
        test(find(Button.class, actions).withText(action).single()).click();
        test(find(Button.class).id("reason-confirm")).click();
        assertThat(find(TextArea.class).id("reason").isInvalid()).as("a reason is required").isTrue();
        assertThat(status(relationshipId)).isEqualTo(statusBefore);
        test(find(TextArea.class).id("reason")).setValue(reason);
        test(find(Button.class).id("reason-confirm")).click();
    }

    @Test
    void ending_an_active_relationship_needs_a_reason_and_keeps_it() {
        var f = fixtures.small(12L);
        var r = fixtures.activePair(f);
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/pairing");
        actWithReason("End", r.id(), "ACTIVE", "Mentee changed teams");
        assertThat(jdbc.queryForObject("select close_reason from relationship where id = ?", String.class, r.id()))
                .isEqualTo("Mentee changed teams");
    }

    @Test
    void a_mentee_accepts_a_proposal_from_the_home_page_and_sees_why_they_were_matched() {
        var f = fixtures.small(13L);
        var r = fixtures.proposal(f);
        signIn(f.menteeEmail());
        navigate("");
        var home = find(Div.class).id("my-relationships");
        assertThat(find(com.vaadin.flow.component.html.ListItem.class, home).all())
                .anyMatch(li -> li.getText().startsWith("1 of 1 goal matches"));
        test(find(Button.class, home).withText("Accept").single()).click();
        assertThat(jdbc.queryForObject("select mentee_accepted_at is not null from relationship where id = ?",
                Boolean.class, r.id())).isTrue();
        assertThat(find(Paragraph.class, find(Div.class).id("my-relationships")).all())
                .anyMatch(p -> p.getText().startsWith("You accepted. Waiting for"));
    }

    @Test
    void the_answer_that_starts_a_relationship_on_the_home_page_lists_it_at_once() {
        var f = fixtures.small(15L);
        var r = fixtures.proposal(f);
        TestPeople.signIn(users, f.mentorEmail());
        relationships.accept(r.id(), relationships.get(r.id()).version());
        signIn(f.menteeEmail());
        navigate("");
        assertThat(find(Div.class).withId("workspace-relationships").exists()).isFalse();
        test(find(Button.class, find(Div.class).id("my-relationships")).withText("Accept").single()).click();
        assertThat(jdbc.queryForObject("select status from relationship where id = ?", String.class, r.id()))
                .isEqualTo("ACTIVE");
        var workspaces = find(Div.class).id("workspace-relationships");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class, workspaces).all())
                .as("the new relationship's card, without a reload").isNotEmpty();
        assertThat(find(Div.class).withId("my-relationships").exists()).as("no proposal waits any more").isFalse();
    }


    @Test
    @SuppressWarnings("unchecked")
    void a_coordinator_withdraws_an_unanswered_proposal_with_a_reason_and_sees_it_in_the_history() {
        var f = fixtures.small(16L);
        var r = fixtures.proposal(f);
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/pairing");
        actWithReason("Withdraw", r.id(), "PROPOSED", "Proposed before the kick-off by mistake");

        assertThat(status(r.id())).isEqualTo("WITHDRAWN");
        assertThat(test(relationshipsGrid()).size()).as("the open ones are listed; it is not open any more")
                .isZero();
        find(CheckboxGroup.class).id("relationship-statuses").setValue(java.util.Set.of(RelationshipStatus.WITHDRAWN));
        var actions = (Div) test(relationshipsGrid()).getCellComponent(0, "actions");
        assertThat(find(Button.class, actions).withText("Withdraw").exists()).isFalse();
        assertThat(find(Button.class, actions).withText("Open").exists()).as("it never had a workspace").isFalse();
        test(find(Button.class, actions).withText("History").single()).click();
        var history = find(com.vaadin.flow.component.html.ListItem.class, find(Dialog.class).single()).all();
        assertThat(history).last().satisfies(li -> assertThat(li.getElement().getTextRecursively())
                .contains("Priya Natarajan withdrew the proposal")
                .contains("Proposed before the kick-off by mistake"));
    }

    @Test
    void a_proposal_one_side_has_accepted_offers_no_withdrawal() {
        var f = fixtures.small(17L);
        var r = fixtures.proposal(f);
        TestPeople.signIn(users, f.mentorEmail());
        relationships.accept(r.id(), relationships.get(r.id()).version());
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/pairing");
        var actions = (Div) test(relationshipsGrid()).getCellComponent(0, "actions");
        assertThat(find(Button.class, actions).withText("Withdraw").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void proposing_again_a_pair_whose_relationship_ended_early_shows_why_and_asks_first() {
        var f = fixtures.small(18L);
        var r = fixtures.activePair(f);
        TestPeople.signIn(users, "coordinator@rapport.test");
        relationships.end(r.id(), relationships.get(r.id()).version(), "The mentor travels for months");
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/pairing");
        ComboBox<MatchingService.MenteeOption> mentee = find(ComboBox.class).id("pairing-mentee");
        BasicUtilsKt.checkEditableByUser(mentee);
        mentee.setValue(mentee.getListDataView().getItems().filter(m -> m.enrolmentId() == f.easy()).findFirst()
                .orElseThrow());
        Grid<Suggestion> suggestions = find(Grid.class).id("suggestions");
        int row = suggestions.getListDataView().getItems().toList().indexOf(suggestions.getListDataView().getItems()
                .filter(x -> x.mentorEnrolmentId() == f.narrow()).findFirst().orElseThrow());
        var why = test(suggestions).getCellComponent(row, "why");
        assertThat(why.getElement().getTextRecursively()).contains("Their relationship ended early on")
                .contains("The mentor travels for months");

        test((Button) test(suggestions).getCellComponent(row, "action")).click();
        var confirm = find(ConfirmDialog.class).id("propose-again");
        assertThat(jdbc.queryForObject("select count(*) from relationship where program_id = ? and status = "
                + "'PROPOSED'", Integer.class, f.programId())).as("nothing before the confirmation").isZero();
        test(confirm).confirm();
        assertThat(jdbc.queryForObject("select count(*) from relationship where program_id = ? and status = "
                + "'PROPOSED'", Integer.class, f.programId())).isEqualTo(1);
    }

    @Test
    void the_relationships_grid_wraps_names_and_close_reasons_instead_of_cutting_them() {
        var f = fixtures.small(19L);
        fixtures.proposal(f);
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/pairing");
        var grid = relationshipsGrid();
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(grid.getColumnByKey("mentee").isAutoWidth()).isTrue();
        assertThat(grid.getColumnByKey("mentor").isAutoWidth()).isTrue();
        assertThat(grid.getColumnByKey("progress").getFlexGrow()).as("close reasons get the free space")
                .isGreaterThan(grid.getColumnByKey("mentee").getFlexGrow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void dropping_pairs_from_the_plan_updates_its_totals() throws Exception {
        var f = fixtures.small(20L);
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/matching");
        test(find(Button.class).id("plan-compute")).click();
        var deadline = System.currentTimeMillis() + 20_000;
        while (!find(Grid.class).withId("plan-pairs").exists() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        Grid<MatchPlan.PlannedPair> pairs = find(Grid.class).id("plan-pairs");
        var all = pairs.getListDataView().getItems().toList();
        int total = all.stream().mapToInt(MatchPlan.PlannedPair::score).sum();
        var summary = find(Paragraph.class).id("plan-summary");
        assertThat(summary.getText()).startsWith("2 pairs with a total score of " + total + " ");

        var kept = all.get(1);
        test((Button) test(pairs).getCellComponent(0, "remove")).click();

        assertThat(summary.getText()).startsWith("1 pair with a total score of " + kept.score()
                + " after you removed 1 pair (the computed plan had 2 pairs with " + total + ")")
                .contains("1 stays unpaired.");
        TestPeople.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_matching_page_refuses_a_bad_weight_computes_a_plan_and_proposes_what_is_kept() throws Exception {
        var f = fixtures.small(14L);
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/matching");
        // Past the field's maximum, as a browser lets a person type it; the field's tester would refuse the value.
        var goals = find(IntegerField.class).id("rules-goals");
        BasicUtilsKt.checkEditableByUser(goals);
        goals.setValue(150);
        test(find(Button.class).id("rules-save")).click();
        assertThat(find(IntegerField.class).id("rules-goals").isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select goals_weight from pairing_settings where program_id = ?",
                Integer.class, f.programId())).isEqualTo(50);

        test(find(Button.class).id("plan-compute")).click();
        var deadline = System.currentTimeMillis() + 20_000;
        while (!find(Grid.class).withId("plan-pairs").exists()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        Grid<MatchPlan.PlannedPair> pairs = find(Grid.class).id("plan-pairs");
        assertThat(test(pairs).size()).isEqualTo(2);
        test((Button) test(pairs).getCellComponent(0, "remove")).click();
        assertThat(find(Button.class).id("plan-commit").getText()).isEqualTo("Propose 1 pair");
        test(find(Button.class).id("plan-commit")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(jdbc.queryForObject("select count(*) from relationship where program_id = ?", Integer.class,
                f.programId())).isEqualTo(1);
        TestPeople.signOut();
    }
}
