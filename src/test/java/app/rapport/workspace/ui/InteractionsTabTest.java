package app.rapport.workspace.ui;

import static com.vaadin.browserless.internal.BasicUtilsKt.checkEditableByUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.LitColumns;
import app.rapport.support.MutableClock;
import app.rapport.workspace.Checkin;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.Interaction;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionFormat;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.Side;
import app.rapport.workspace.TimelineEntry;
import app.rapport.workspace.TimelineService;
import app.rapport.workspace.WorkspaceService;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interactions, check-ins and timeline tabs without a browser: logging through the dialog,
 * refusals next to the fields, the actions of each viewer, read-only viewers, a private reflection.
 * The grids' cells are Lit templates: the tests read the values a row sends and call its functions.
 */
class InteractionsTabTest extends BrowserlessTestBase {

    @Autowired WorkspaceService workspace;
    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired RelationshipService relationships;
    @Autowired InteractionService interactions;
    @Autowired CheckinService checkins;
    @Autowired TimelineService timeline;
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

    /**
     * Chooses a value as the user would, which needs the field to be editable. For the selects, radio
     * buttons and checkbox, whose testers choose by label or only toggle, and for a date past the
     * picker's limit, which its tester refuses while a browser lets it be typed for the form to refuse.
     */
    private static <V> void enter(HasValue<?, V> field, V value) {
        checkEditableByUser((Component) field);
        field.setValue(value);
    }

    @SuppressWarnings("unchecked")
    private Select<InteractionFormat> format() {
        return find(Select.class).id("interaction-format");
    }

    @Test
    void a_future_date_or_zero_minutes_is_refused_next_to_the_field_and_nothing_is_saved() {
        var relationshipId = openAsMentee(601L);
        test(find(Button.class).id("interaction-log")).click();
        var date = find(DatePicker.class).id("interaction-date");
        assertThat(date.getValue()).as("today by default").isEqualTo(today());
        assertThat(date.getMax()).isEqualTo(today());
        enter(date, today().plusDays(1));
        enter(format(), InteractionFormat.WALK);
        var minutes = find(IntegerField.class).id("interaction-minutes");
        test(minutes).setValue(0);
        test(find(Button.class).id("interaction-save")).click();

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("The date cannot be in the future");
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Enter a duration from 1 to 600 minutes");
        assertThat(find(Dialog.class).single().isOpened()).as("the dialog stays open").isTrue();
        assertThat(interactions.count(relationshipId)).isZero();
    }

    @Test
    void help_asked_for_needs_both_who_and_what() {
        var relationshipId = openAsMentee(602L);
        test(find(Button.class).id("interaction-log")).click();
        enter(format(), InteractionFormat.CALL);
        test(find(IntegerField.class).id("interaction-minutes")).setValue(30);
        var asked = find(TextArea.class).id("interaction-asked");
        test(asked).setValue("A review of my plan");
        test(find(Button.class).id("interaction-save")).click();
        @SuppressWarnings("unchecked")
        Select<Side> askedBy = find(Select.class).id("interaction-asked-by");
        assertThat(askedBy.isInvalid()).isTrue();
        assertThat(askedBy.getErrorMessage()).isEqualTo("Choose who asked for help");
        assertThat(interactions.count(relationshipId)).isZero();
    }

    @Test
    void a_valid_17_minute_walk_is_saved_and_shown_with_its_text_as_typed() {
        var relationshipId = openAsMentee(603L);
        test(find(Button.class).id("interaction-log")).click();
        enter(format(), InteractionFormat.WALK);
        test(find(IntegerField.class).id("interaction-minutes")).setValue(17);
        @SuppressWarnings("unchecked")
        Select<Side> askedBy = find(Select.class).id("interaction-asked-by");
        enter(askedBy, Side.MENTEE);
        test(find(TextArea.class).id("interaction-asked")).setValue("<b>x</b>");
        test(find(TextArea.class).id("interaction-notes")).setValue("We walked <i>along</i> the river");
        test(find(Button.class).id("interaction-save")).click();

        assertThat(interactions.count(relationshipId)).isEqualTo(1);
        var saved = interactions.page(relationshipId, 0, 1).get(0);
        assertThat(saved.description()).isEqualTo("17-minute walk");
        assertThat(saved.initiatedBy()).as("the author by default").isEqualTo(Side.MENTEE);
        assertThat(saved.helpAsked()).isEqualTo("<b>x</b>");
        var grid = interactionsGrid();
        assertThat(test(grid).size()).isEqualTo(1);
        var what = LitColumns.values(grid, "what", 0);
        assertThat((String) what.get("headline")).startsWith("17-minute walk, started by ");
        assertThat((String) what.get("askedBy")).endsWith(" asked for help: ");
        assertThat(what).containsEntry("asked", "<b>x</b>").containsEntry("givenBy", null)
                .containsEntry("hasNotes", true);
        // What the pair typed travels as a JSON string and is bound as text: lit-html escapes it.
        assertThat(LitColumns.sent(grid, 0)).contains("<b>x</b>").noneMatch(t -> t.contains("along"));
        var template = LitColumns.template(grid, "what");
        LitColumns.assertBoundAsText(template, "headline", "askedBy", "asked", "givenBy", "given");
        assertThat(template).contains("rapport-interaction-title", "rapport-help rapport-help-asked",
                "rapport-help rapport-help-given", "rapport-help-who", "aria-label=\"Show or hide the notes\"");
        assertThat(LitColumns.values(grid, "actions", 0)).containsEntry("own", true)
                .containsEntry("confirmable", false);
        assertThat(LitColumns.template(grid, "actions")).contains(">Edit</vaadin-button>", ">Delete</vaadin-button>");
        assertThat(LitColumns.values(grid, "logged", 0)).containsEntry("confirmed", false);

        // The notes stay on the server until the row's details are opened, and go again when closed.
        LitColumns.call(grid, "what", 0, "toggleNotes");
        assertThat(grid.isDetailsVisible(test(grid).getRow(0))).isTrue();
        assertThat(LitColumns.sent(grid, 0)).contains("We walked <i>along</i> the river");
        LitColumns.call(grid, "what", 0, "toggleNotes");
        assertThat(grid.isDetailsVisible(test(grid).getRow(0))).isFalse();
        assertThat(LitColumns.sent(grid, 0)).noneMatch(t -> t.contains("along"));

        LitColumns.call(grid, "actions", 0, "edit");
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Edit interaction");
        test(find(Button.class).id("interaction-cancel")).click();

        LitColumns.call(grid, "actions", 0, "remove");
        var confirm = find(ConfirmDialog.class).id("interaction-delete-confirm");
        assertThat(interactions.count(relationshipId)).as("nothing is deleted before it is confirmed").isEqualTo(1);
        test(confirm).confirm();
        assertThat(interactions.count(relationshipId)).isZero();
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void the_partner_confirms_an_interaction_and_its_row_is_sent_again_confirmed() {
        var small = fixtures.small(607L);
        var relationshipId = fixtures.activePair(small).id();
        signIn(small.mentorEmail());
        interactions.log(relationshipId, new InteractionDraft(today(), 30,
                InteractionFormat.VIDEO_CALL, Side.MENTOR, Side.MENTEE, "Feedback on my <plan>", Side.MENTOR,
                "Three questions to ask", null));
        signIn(small.menteeEmail());
        var viewer = workspace.open(relationshipId);
        UI.getCurrent().add(new InteractionsTab(interactions, viewer));
        var grid = interactionsGrid();
        // As the browser would: show the first rows, so that the grid holds them under their keys.
        grid.getDataCommunicator().setViewportRange(0, 20);
        MockVaadin.clientRoundtrip();
        var keys = grid.getDataCommunicator().getKeyMapper();
        var key = keys.key(test(grid).getRow(0));

        var what = LitColumns.values(grid, "what", 0);
        assertThat(what).containsEntry("headline", "30-minute video call, started by " + viewer.nameOf(Side.MENTOR))
                .containsEntry("askedBy", viewer.nameOf(Side.MENTEE) + " asked for help: ")
                .containsEntry("asked", "Feedback on my <plan>")
                .containsEntry("givenBy", viewer.nameOf(Side.MENTOR) + " gave help: ")
                .containsEntry("given", "Three questions to ask").containsEntry("hasNotes", false);
        assertThat(LitColumns.values(grid, "logged", 0)).containsEntry("loggedBy", viewer.nameOf(Side.MENTOR))
                .containsEntry("confirmed", false);
        assertThat(LitColumns.values(grid, "actions", 0)).containsEntry("own", false)
                .containsEntry("confirmable", true);
        assertThat(LitColumns.template(grid, "actions")).contains(">Confirm</vaadin-button>");

        // Not the mentee's entry: neither editing nor deleting it opens anything.
        LitColumns.call(grid, "actions", 0, "edit");
        LitColumns.call(grid, "actions", 0, "remove");
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(ConfirmDialog.class).exists()).isFalse();

        LitColumns.call(grid, "actions", 0, "confirm");
        assertThat(interactions.page(relationshipId, 0, 1).get(0).confirmed()).isTrue();
        assertThat(LitColumns.values(grid, "logged", 0)).containsEntry("confirmed", true);
        assertThat(LitColumns.values(grid, "actions", 0)).containsEntry("confirmable", false);
        assertThat(keys.get(key).confirmed()).as("the row the browser holds is the confirmed one").isTrue();
        assertThat(LitColumns.template(grid, "logged")).contains(
                "<span class=\"rapport-badge rapport-badge-ok\">Confirmed</span>",
                "<span class=\"rapport-badge rapport-badge-draft\">Not confirmed yet</span>");
    }

    @SuppressWarnings("unchecked")
    private Grid<Interaction> interactionsGrid() {
        return find(Grid.class).id("interactions");
    }

    @Test
    void a_short_check_in_fixes_its_minutes() {
        openAsMentee(604L);
        test(find(Button.class).id("interaction-log")).click();
        enter(format(), InteractionFormat.SHORT_15);
        var minutes = find(IntegerField.class).id("interaction-minutes");
        assertThat(minutes.getValue()).isEqualTo(15);
        assertThat(minutes.isReadOnly()).isTrue();
        enter(format(), InteractionFormat.CHAT);
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
        assertThat(find(Button.class).withId("interaction-log").exists()).isFalse();
        var grid = interactionsGrid();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(LitColumns.values(grid, "actions", 0)).containsEntry("own", false)
                .containsEntry("confirmable", false);
        // Even called by hand, the row's functions do nothing for a reader.
        LitColumns.call(grid, "actions", 0, "edit");
        LitColumns.call(grid, "actions", 0, "remove");
        LitColumns.call(grid, "actions", 0, "confirm");
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(ConfirmDialog.class).exists()).isFalse();
        assertThat(interactions.page(relationshipId, 0, 1).get(0).confirmed()).isFalse();
        // The notes still open for reading.
        LitColumns.call(grid, "what", 0, "toggleNotes");
        assertThat(LitColumns.sent(grid, 0)).contains("Notes");
    }

    @Test
    void a_check_in_is_made_once_per_period_through_the_check_ins_tab_with_its_reflection_kept_private() {
        var small = fixtures.small(606L);
        var relationshipId = fixtures.activePair(small).id();
        signIn(small.menteeEmail());
        UI.getCurrent().add(new CheckinsTab(checkins, workspace.open(relationshipId)));
        test(find(Button.class).id("checkin-open")).click();
        test(find(Button.class).id("checkin-save")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> connection = find(RadioButtonGroup.class).id("checkin-connection");
        assertThat(connection.isInvalid()).as("a rating is required").isTrue();
        assertThat(checkins.count(relationshipId)).isZero();

        enter(connection, 4);
        for (var id : new String[] {"checkin-trust", "checkin-value"}) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> rating = find(RadioButtonGroup.class).id(id);
            enter(rating, 5);
        }
        test(find(TextArea.class).id("checkin-reflection")).setValue("<b>x</b>");
        assertThat(find(Checkbox.class).id("checkin-share").getValue()).as("private by default")
                .isFalse();
        test(find(Button.class).id("checkin-save")).click();

        assertThat(checkins.mine(relationshipId).orElseThrow().reflectionShared()).isFalse();
        assertThat(find(Button.class).withId("checkin-open").exists()).isFalse();
        find(Button.class).id("checkin-edit-mine");
        var grid = checkinsGrid();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(LitColumns.values(grid, "reflection", 0)).containsEntry("reflection", "<b>x</b>")
                .containsEntry("note", "Only you see this");
        assertThat(LitColumns.sent(grid, 0)).contains("<b>x</b>");
        LitColumns.assertBoundAsText(LitColumns.template(grid, "reflection"), "reflection", "note");
        assertThat(LitColumns.values(grid, "connection", 0)).containsEntry("score", 4.0)
                .containsEntry("band", "rapport-score-high");
        assertThat(LitColumns.values(grid, "trust", 0)).containsEntry("score", 5.0);
        assertThat(LitColumns.template(grid, "connection")).contains("aria-label=\"Connection ${item.score} of 5\"",
                "class=\"rapport-score ${item.band}\"");
        assertThat(LitColumns.template(grid, "value")).contains("aria-label=\"Value ${item.score} of 5\"");
        assertThat(LitColumns.values(grid, "actions", 0)).containsEntry("own", true);
        LitColumns.call(grid, "actions", 0, "edit");
        assertThat(find(Dialog.class).single().getHeaderTitle()).startsWith("Edit check-in for ");

        signIn(small.mentorEmail());
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new CheckinsTab(checkins, workspace.open(relationshipId)));
        var partners = checkinsGrid();
        assertThat(LitColumns.values(partners, "reflection", 0)).containsEntry("reflection", null)
                .containsEntry("note", "Not shared");
        assertThat(LitColumns.sent(partners, 0)).noneMatch(t -> t.contains("<b>x</b>"));
        assertThat(LitColumns.values(partners, "actions", 0)).containsEntry("own", false);
        LitColumns.call(partners, "actions", 0, "edit");
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    void a_shared_reflection_says_so_to_its_author_and_shows_to_the_partner() {
        var small = fixtures.small(608L);
        var relationshipId = fixtures.activePair(small).id();
        signIn(small.menteeEmail());
        var viewer = workspace.open(relationshipId);
        UI.getCurrent().add(new CheckinsTab(checkins, viewer));
        test(find(Button.class).id("checkin-open")).click();
        for (var id : new String[] {"checkin-connection", "checkin-trust", "checkin-value"}) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> rating = find(RadioButtonGroup.class).id(id);
            enter(rating, 2);
        }
        test(find(TextArea.class).id("checkin-reflection")).setValue("Slow start");
        enter(find(Checkbox.class).id("checkin-share"), true);
        test(find(Button.class).id("checkin-save")).click();
        assertThat(LitColumns.values(checkinsGrid(), "reflection", 0))
                .containsEntry("note", "Shared with " + viewer.partnerName());
        assertThat(LitColumns.values(checkinsGrid(), "value", 0)).containsEntry("band", "rapport-score-low");

        signIn(small.mentorEmail());
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new CheckinsTab(checkins, workspace.open(relationshipId)));
        assertThat(LitColumns.values(checkinsGrid(), "reflection", 0)).containsEntry("reflection", "Slow start")
                .containsEntry("note", null);
    }

    @Test
    void the_timeline_shows_each_entry_with_a_badge_of_its_kind() {
        var small = fixtures.small(609L);
        var relationshipId = fixtures.activePair(small).id();
        signIn(small.menteeEmail());
        interactions.log(relationshipId, new InteractionDraft(today(), 20,
                InteractionFormat.CHAT, Side.MENTEE, null, null, null, null, null));
        UI.getCurrent().add(new TimelineTab(timeline, workspace.open(relationshipId)));
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> grid = find(Grid.class).id("timeline");
        var kinds = new ArrayList<String>();
        for (int row = 0; row < test(grid).size(); row++) {
            var kind = test(grid).getRow(row).kind();
            assertThat(LitColumns.values(grid, "kind", row)).containsEntry("label", kind.label());
            kinds.add((String) LitColumns.values(grid, "kind", row).get("kind"));
        }
        assertThat(kinds).contains("interaction", "transition");
        assertThat(LitColumns.template(grid, "kind"))
                .isEqualTo("<span class=\"rapport-badge rapport-badge-kind-${item.kind}\">${item.label}</span>");
    }

    @SuppressWarnings("unchecked")
    private Grid<Checkin> checkinsGrid() {
        return find(Grid.class).id("checkins");
    }
}
