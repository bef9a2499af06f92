package app.rapport.workspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.AccountDirectory;
import app.rapport.support.KaribuTestBase;
import app.rapport.support.MutableClock;
import app.rapport.workspace.WorkspaceService;
import app.rapport.workspace.Checkin;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.Interaction;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionFormat;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.Side;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interactions and check-ins tabs without a browser: logging through the dialog, refusals next
 * to the fields, read-only viewers, a private reflection.
 */
class InteractionsTabTest extends KaribuTestBase {

    @Autowired WorkspaceService workspace;
    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired AccountDirectory directory;
    @Autowired RelationshipService relationships;
    @Autowired InteractionService interactions;
    @Autowired CheckinService checkins;
    @Autowired MutableClock clock;
    private PairingTestPrograms fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
    }

    /** An active pair, with its mentee signed in and looking at the interactions tab. */
    private long openAsMentee(long seed) {
        var small = fixtures.small(seed);
        var relationshipId = fixtures.activePair(small).id();
        signIn(small.menteeEmail());
        UI.getCurrent().add(new InteractionsTab(interactions, workspace.open(relationshipId)));
        return relationshipId;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static Select<InteractionFormat> format() {
        return _get(Select.class, spec -> spec.withId("interaction-format"));
    }

    @Test
    void a_future_date_or_zero_minutes_is_refused_next_to_the_field_and_nothing_is_saved() {
        var relationshipId = openAsMentee(601L);
        _click(_get(Button.class, spec -> spec.withId("interaction-log")));
        var date = _get(DatePicker.class, spec -> spec.withId("interaction-date"));
        assertThat(date.getValue()).as("today by default").isEqualTo(today());
        assertThat(date.getMax()).isEqualTo(today());
        _setValue(date, today().plusDays(1));
        _setValue(format(), InteractionFormat.WALK);
        var minutes = _get(IntegerField.class, spec -> spec.withId("interaction-minutes"));
        _setValue(minutes, 0);
        _click(_get(Button.class, spec -> spec.withId("interaction-save")));

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("The date cannot be in the future");
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Enter a duration from 1 to 600 minutes");
        assertThat(_get(Dialog.class).isOpened()).as("the dialog stays open").isTrue();
        assertThat(interactions.count(relationshipId)).isZero();
    }

    @Test
    void help_asked_for_needs_both_who_and_what() {
        var relationshipId = openAsMentee(602L);
        _click(_get(Button.class, spec -> spec.withId("interaction-log")));
        _setValue(format(), InteractionFormat.CALL);
        _setValue(_get(IntegerField.class, spec -> spec.withId("interaction-minutes")), 30);
        var asked = _get(TextArea.class, spec -> spec.withId("interaction-asked"));
        _setValue(asked, "A review of my plan");
        _click(_get(Button.class, spec -> spec.withId("interaction-save")));
        @SuppressWarnings("unchecked")
        Select<Side> askedBy = _get(Select.class, spec -> spec.withId("interaction-asked-by"));
        assertThat(askedBy.isInvalid()).isTrue();
        assertThat(askedBy.getErrorMessage()).isEqualTo("Choose who asked for help");
        assertThat(interactions.count(relationshipId)).isZero();
    }

    @Test
    void a_valid_17_minute_walk_is_saved_and_shown_with_its_text_as_typed() {
        var relationshipId = openAsMentee(603L);
        _click(_get(Button.class, spec -> spec.withId("interaction-log")));
        _setValue(format(), InteractionFormat.WALK);
        _setValue(_get(IntegerField.class, spec -> spec.withId("interaction-minutes")), 17);
        @SuppressWarnings("unchecked")
        Select<Side> askedBy = _get(Select.class, spec -> spec.withId("interaction-asked-by"));
        _setValue(askedBy, Side.MENTEE);
        _setValue(_get(TextArea.class, spec -> spec.withId("interaction-asked")), "<b>x</b>");
        _setValue(_get(TextArea.class, spec -> spec.withId("interaction-notes")), "We walked <i>along</i> the river");
        _click(_get(Button.class, spec -> spec.withId("interaction-save")));

        assertThat(interactions.count(relationshipId)).isEqualTo(1);
        var saved = interactions.page(relationshipId, 0, 1).get(0);
        assertThat(saved.description()).isEqualTo("17-minute walk");
        assertThat(saved.initiatedBy()).as("the author by default").isEqualTo(Side.MENTEE);
        assertThat(saved.helpAsked()).isEqualTo("<b>x</b>");
        @SuppressWarnings("unchecked")
        Grid<Interaction> grid = _get(Grid.class, spec -> spec.withId("interactions"));
        assertThat(_size(grid)).isEqualTo(1);
        var texts = _find(_getCellComponent(grid, 0, "what"), Span.class).stream().map(Span::getText).toList();
        assertThat(texts).anyMatch(t -> t.startsWith("17-minute walk, started by")).contains("<b>x</b>");
        var actions = _find(_getCellComponent(grid, 0, "actions"), Button.class).stream().map(Button::getText)
                .toList();
        assertThat(actions).containsExactly("Edit", "Delete");
    }

    @Test
    void a_short_check_in_fixes_its_minutes() {
        openAsMentee(604L);
        _click(_get(Button.class, spec -> spec.withId("interaction-log")));
        _setValue(format(), InteractionFormat.SHORT_15);
        var minutes = _get(IntegerField.class, spec -> spec.withId("interaction-minutes"));
        assertThat(minutes.getValue()).isEqualTo(15);
        assertThat(minutes.isReadOnly()).isTrue();
        _setValue(format(), InteractionFormat.CHAT);
        assertThat(minutes.isReadOnly()).isFalse();
    }

    @Test
    void a_coordinator_reads_the_interactions_without_any_edit_controls() {
        var small = fixtures.small(605L);
        var relationshipId = fixtures.activePair(small).id();
        signIn(small.menteeEmail());
        interactions.log(relationshipId, new InteractionDraft(today(), 45,
                InteractionFormat.MEETING, Side.MENTEE, null, null, Side.MENTOR, "Introductions", "Notes"));
        signIn("coordinator@rapport.test");
        UI.getCurrent().add(new InteractionsTab(interactions, workspace.open(relationshipId)));
        _assertNone(Button.class, spec -> spec.withId("interaction-log"));
        @SuppressWarnings("unchecked")
        Grid<Interaction> grid = _get(Grid.class, spec -> spec.withId("interactions"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_find(_getCellComponent(grid, 0, "actions"), Button.class)).isEmpty();
    }

    @Test
    void a_check_in_is_made_once_per_period_through_the_check_ins_tab_with_its_reflection_kept_private() {
        var small = fixtures.small(606L);
        var relationshipId = fixtures.activePair(small).id();
        signIn(small.menteeEmail());
        UI.getCurrent().add(new CheckinsTab(checkins, workspace.open(relationshipId)));
        _click(_get(Button.class, spec -> spec.withId("checkin-open")));
        _click(_get(Button.class, spec -> spec.withId("checkin-save")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> connection = _get(RadioButtonGroup.class, spec -> spec.withId("checkin-connection"));
        assertThat(connection.isInvalid()).as("a rating is required").isTrue();
        assertThat(checkins.count(relationshipId)).isZero();

        _setValue(connection, 4);
        for (var id : new String[] {"checkin-trust", "checkin-value"}) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> rating = _get(RadioButtonGroup.class, spec -> spec.withId(id));
            _setValue(rating, 5);
        }
        _setValue(_get(TextArea.class, spec -> spec.withId("checkin-reflection")), "<b>x</b>");
        assertThat(_get(Checkbox.class, spec -> spec.withId("checkin-share")).getValue()).as("private by default")
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("checkin-save")));

        assertThat(checkins.mine(relationshipId).orElseThrow().reflectionShared()).isFalse();
        _assertNone(Button.class, spec -> spec.withId("checkin-open"));
        _get(Button.class, spec -> spec.withId("checkin-edit-mine"));
        @SuppressWarnings("unchecked")
        Grid<Checkin> grid = _get(Grid.class, spec -> spec.withId("checkins"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_find(_getCellComponent(grid, 0, "reflection"), Span.class)).extracting(Span::getText)
                .contains("<b>x</b>", "Only you see this");

        signIn(small.mentorEmail());
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new CheckinsTab(checkins, workspace.open(relationshipId)));
        @SuppressWarnings("unchecked")
        Grid<Checkin> partners = _get(Grid.class, spec -> spec.withId("checkins"));
        assertThat(_find(_getCellComponent(partners, 0, "reflection"), Span.class)).extracting(Span::getText)
                .containsExactly("Not shared");
    }
}
