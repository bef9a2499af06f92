package app.rapport.pairing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
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
import app.rapport.security.AccountDirectory;
import app.rapport.support.KaribuTestBase;
import app.rapport.support.TestPeople;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
class PairingViewsTest extends KaribuTestBase {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired AccountDirectory directory;
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
        ComboBox<MatchingService.MenteeOption> mentee = _get(ComboBox.class, spec -> spec.withId("pairing-mentee"));
        var option = mentee.getListDataView().getItems().filter(m -> m.enrolmentId() == f.demanding()).findFirst()
                .orElseThrow();
        _setValue(mentee, option);
        Grid<Suggestion> suggestions = _get(Grid.class, spec -> spec.withId("suggestions"));
        assertThat(_size(suggestions)).isEqualTo(2);
        assertThat(suggestions.getListDataView().getItem(0).mentorEnrolmentId()).isEqualTo(f.broad());
        _click((Button) _getCellComponent(suggestions, 0, "action"));
        Grid<RelationshipSummary> grid = _get(Grid.class, spec -> spec.withId("relationships"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(grid.getLazyDataView().getItems().findFirst().orElseThrow().status())
                .isEqualTo(RelationshipStatus.PROPOSED);
    }

    @Test
    void ending_an_active_relationship_needs_a_reason_and_keeps_it() {
        var f = fixtures.small(12L);
        var r = fixtures.activePair(f);
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/pairing");
        @SuppressWarnings("unchecked")
        Grid<RelationshipSummary> grid = _get(Grid.class, spec -> spec.withId("relationships"));
        var actions = (Div) _getCellComponent(grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("End")));
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("reason")).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select status from relationship where id = ?", String.class, r.id()))
                .isEqualTo("ACTIVE");
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Mentee changed teams");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(jdbc.queryForObject("select close_reason from relationship where id = ?", String.class, r.id()))
                .isEqualTo("Mentee changed teams");
    }

    @Test
    void a_mentee_accepts_a_proposal_from_the_home_page_and_sees_why_they_were_matched() {
        var f = fixtures.small(13L);
        var r = fixtures.proposal(f);
        signIn(f.menteeEmail());
        navigate("");
        var home = _get(Div.class, spec -> spec.withId("my-relationships"));
        assertThat(_find(home, com.vaadin.flow.component.html.ListItem.class))
                .anyMatch(li -> li.getText().startsWith("1 of 1 goal matches"));
        _click(_get(home, Button.class, spec -> spec.withText("Accept")));
        assertThat(jdbc.queryForObject("select mentee_accepted_at is not null from relationship where id = ?",
                Boolean.class, r.id())).isTrue();
        assertThat(_find(home, Paragraph.class)).anyMatch(p -> p.getText().startsWith("You accepted. Waiting for"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_matching_page_refuses_a_bad_weight_computes_a_plan_and_proposes_what_is_kept() throws Exception {
        var f = fixtures.small(14L);
        signIn("coordinator@rapport.test");
        navigate("programs/" + f.programId() + "/matching");
        _setValue(_get(IntegerField.class, spec -> spec.withId("rules-goals")), 150);
        _click(_get(Button.class, spec -> spec.withId("rules-save")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("rules-goals")).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select goals_weight from pairing_settings where program_id = ?",
                Integer.class, f.programId())).isEqualTo(50);

        _click(_get(Button.class, spec -> spec.withId("plan-compute")));
        var deadline = System.currentTimeMillis() + 20_000;
        while (_find(Grid.class, spec -> spec.withId("plan-pairs")).isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        Grid<MatchPlan.PlannedPair> pairs = _get(Grid.class, spec -> spec.withId("plan-pairs"));
        assertThat(_size(pairs)).isEqualTo(2);
        _click((Button) _getCellComponent(pairs, 0, "remove"));
        assertThat(_get(Button.class, spec -> spec.withId("plan-commit")).getText()).isEqualTo("Propose 1 pair");
        _click(_get(Button.class, spec -> spec.withId("plan-commit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(jdbc.queryForObject("select count(*) from relationship where program_id = ?", Integer.class,
                f.programId())).isEqualTo(1);
        TestPeople.signOut();
    }
}
