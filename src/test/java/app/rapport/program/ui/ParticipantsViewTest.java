package app.rapport.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.NewProgram;
import app.rapport.program.ParticipantFilter;
import app.rapport.program.ParticipantSummary;
import app.rapport.program.ProfileUpdate;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.LitColumns;
import app.rapport.support.TestPeople;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import tools.jackson.databind.node.ArrayNode;

/**
 * The participants grid draws its person, tags and action cells in the browser (lit templates);
 * here, without a browser: the data each row sends, and what its Profile and Remove buttons do.
 */
class ParticipantsViewTest extends BrowserlessTestBase {

    private static final String MARKUP_NAME = "Ada <b>Bold</b> & <img src=x onerror=alert(1)>";

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;

    private final TestPeople people = new TestPeople(41L);
    private ProgramDetails program;
    private String mentorEmail;
    private String withdrawnEmail;
    private String markupEmail;

    /** A fresh active program: a mentor with skills and goals, a withdrawn mentee, a name full of markup. */
    @BeforeEach
    void freshProgram() {
        TestPeople.signIn(users, "admin@rapport.test");
        try {
            var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
            var draft = programs.create(new NewProgram("Lit cells " + System.nanoTime(), null,
                    LocalDate.of(2026, 3, 1), null, Set.of(coordinator)));
            var mentorName = people.name();
            mentorEmail = people.email(mentorName).toLowerCase();
            var mentor = enrolments.enrol(draft.id(), mentorEmail, mentorName, EnrolmentRole.MENTOR, 2).participant();
            var withdrawnName = people.name();
            withdrawnEmail = people.email(withdrawnName).toLowerCase();
            var withdrawn = enrolments.enrol(draft.id(), withdrawnEmail, withdrawnName, EnrolmentRole.MENTEE, null)
                    .participant();
            markupEmail = people.email("Ada Bold").toLowerCase();
            enrolments.enrol(draft.id(), markupEmail, MARKUP_NAME, EnrolmentRole.MENTEE, null);
            enrolments.updateProfile(new ProfileUpdate(mentor.enrolmentId(), mentor.version(),
                    List.of("Negotiation", "Hiring"), List.of("Coaching"), "Sales", null, List.of(), null, null));
            enrolments.withdraw(withdrawn.enrolmentId(), withdrawn.version());
            program = programs.advance(draft.id(), draft.version());
        } finally {
            TestPeople.signOut();
        }
    }

    private void closeProgram() {
        TestPeople.signIn(users, "admin@rapport.test");
        try {
            program = programs.advance(program.id(), program.version());
        } finally {
            TestPeople.signOut();
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<ParticipantSummary> openGrid() {
        signIn("coordinator@rapport.test");
        navigate("programs/" + program.id() + "/participants");
        return find(Grid.class).single();
    }

    private static ParticipantSummary shown(Grid<ParticipantSummary> grid, String email) {
        return grid.getLazyDataView().getItems().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
    }

    private static List<String> strings(ArrayNode array) {
        var list = new ArrayList<String>();
        for (int i = 0; i < array.size(); i++) {
            list.add(array.get(i).stringValue());
        }
        return list;
    }

    @Test
    void the_page_counts_the_people_its_search_finds_and_offers_to_export_a_selection() {
        var grid = openGrid();
        var total = TestPeople.asAdmin(users, () -> enrolments.count(program.id(), ParticipantFilter.none()));
        assertThat(total).isGreaterThan(2);
        assertThat(find(Span.class).id("participant-count").getText()).isEqualTo(total + " people");
        assertThat(find(Anchor.class).withId("export-selected").all()).isEmpty();

        grid.asMultiSelect().select(shown(grid, mentorEmail), shown(grid, markupEmail));
        var selected = find(Anchor.class).id("export-selected");
        assertThat(find(Button.class, selected).single().getText()).isEqualTo("Export 2 selected");

        test(find(TextField.class).id("participant-search")).setValue(mentorEmail);
        assertThat(find(Span.class).id("participant-count").getText()).isEqualTo("1 person");
        grid.asMultiSelect().deselectAll();
        assertThat(selected.isVisible()).isFalse();
    }

    @Test
    void each_row_sends_name_email_and_tags_as_data() {
        var grid = openGrid();
        var mentor = shown(grid, mentorEmail);

        var person = LitColumns.row(grid, "name", mentor);
        assertThat(person.get("name").stringValue()).isEqualTo(mentor.name());
        assertThat(person.get("email").stringValue()).isEqualTo(mentorEmail);
        assertThat(person.get("withdrawn").booleanValue()).isFalse();
        var tags = LitColumns.row(grid, "tags", mentor);
        assertThat(strings(tags.get("skills").asArray())).containsExactlyElementsOf(mentor.skills())
                .containsExactlyInAnyOrder("Negotiation", "Hiring");
        assertThat(strings(tags.get("goals").asArray())).containsExactly("Coaching");
        var actions = LitColumns.row(grid, "actions", mentor);
        assertThat(actions.get("name").stringValue()).isEqualTo(mentor.name());
        assertThat(actions.get("removable").booleanValue()).isTrue();
    }

    @Test
    void markup_in_a_name_is_sent_as_text_and_no_template_inserts_html() {
        var grid = openGrid();
        var markup = shown(grid, markupEmail);
        assertThat(markup.name()).isEqualTo(MARKUP_NAME);

        // The name goes out as a plain JSON string, not as markup made on the server ...
        assertThat(LitColumns.row(grid, "name", markup).get("name").stringValue()).isEqualTo(MARKUP_NAME);
        assertThat(LitColumns.row(grid, "actions", markup).get("name").stringValue()).isEqualTo(MARKUP_NAME);
        // ... and lit-html escapes every ${} binding unless a template opts out, which none does.
        for (var key : List.of("name", "tags", "actions")) {
            assertThat(LitColumns.template(grid, key)).as(key)
                    .doesNotContain("unsafeHTML", "unsafeSVG", "innerHTML", ".innerText");
        }
        assertThat(LitColumns.template(grid, "name"))
                .contains("<span class=\"rapport-person-name\">${item.name}</span>")
                .contains("<span class=\"rapport-person-email\">${item.email}</span>");
        assertThat(LitColumns.template(grid, "actions"))
                .contains("aria-label=\"Profile of ${item.name}\"", "aria-label=\"Remove ${item.name}\"");
    }

    @Test
    void profile_opens_the_profile_editor_of_that_person() {
        var grid = openGrid();
        var mentor = shown(grid, mentorEmail);
        assertThat(find(ProfileEditorDialog.class).all()).isEmpty();

        LitColumns.call(grid, "actions", mentor, "profile");

        assertThat(find(ProfileEditorDialog.class).single().getHeaderTitle()).isEqualTo(mentor.name() + " · Mentor");
    }

    @Test
    void remove_asks_first_and_takes_the_person_out_once_confirmed() {
        var grid = openGrid();
        var mentor = shown(grid, mentorEmail);

        LitColumns.call(grid, "actions", mentor, "remove");

        var confirm = find(ConfirmDialog.class).single();
        // The header is a wrapping text component (a long name must not stretch the dialog).
        assertThat(test(confirm).getHeaderElement().getTextRecursively())
                .isEqualTo("Take " + mentor.name() + " out of " + program.name() + "?");
        assertThat(emails()).contains(mentorEmail);
        test(confirm).confirm();
        assertThat(emails()).doesNotContain(mentorEmail).contains(withdrawnEmail);
        assertThat(grid.getLazyDataView().getItems().map(ParticipantSummary::email)).doesNotContain(mentorEmail);
    }

    @Test
    void a_withdrawn_person_is_marked_and_cannot_be_removed_again() {
        var grid = openGrid();
        var withdrawn = shown(grid, withdrawnEmail);

        assertThat(LitColumns.row(grid, "name", withdrawn).get("withdrawn").booleanValue()).isTrue();
        assertThat(LitColumns.template(grid, "name"))
                .contains("${item.withdrawn ? html`<span class=\"rapport-badge rapport-badge-off\">Withdrawn</span>`");
        assertThat(LitColumns.row(grid, "actions", withdrawn).get("removable").booleanValue()).isFalse();
        // A client that calls the hidden button's function anyway gets no dialog.
        LitColumns.call(grid, "actions", withdrawn, "remove");
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    void a_closed_program_shows_profiles_but_no_remove() {
        closeProgram();
        var grid = openGrid();
        var mentor = shown(grid, mentorEmail);

        assertThat(LitColumns.row(grid, "actions", mentor).get("removable").booleanValue()).isFalse();
        LitColumns.call(grid, "actions", mentor, "remove");
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        LitColumns.call(grid, "actions", mentor, "profile");
        assertThat(find(ProfileEditorDialog.class).single().getHeaderTitle()).startsWith(mentor.name());
    }

    @Test
    void each_row_shows_its_access_and_invite_sends_an_invitation_that_the_row_then_shows() {
        var grid = openGrid();
        var mentor = shown(grid, mentorEmail);
        var access = LitColumns.row(grid, "access", mentor);
        assertThat(access.get("access").stringValue()).isEqualTo("Not invited");
        assertThat(LitColumns.row(grid, "access", mentor).get("invite").stringValue()).isEqualTo("Invite");
        // A withdrawn person is not offered an invitation.
        assertThat(LitColumns.row(grid, "access", shown(grid, withdrawnEmail)).get("invite").stringValue()).isEmpty();

        LitColumns.call(grid, "access", mentor, "invite");

        grid.getDataProvider().refreshAll();
        mentor = shown(grid, mentorEmail);
        assertThat(LitColumns.row(grid, "access", mentor).get("access").stringValue()).isEqualTo("Invited");
        assertThat(LitColumns.row(grid, "access", mentor).get("until").stringValue()).startsWith("until ");
        assertThat(LitColumns.row(grid, "access", mentor).get("tone").stringValue()).isEqualTo("rapport-badge-invited");
        assertThat(LitColumns.row(grid, "access", mentor).get("invite").stringValue()).isEqualTo("Resend");
        assertThat(LitColumns.template(grid, "access")).doesNotContain("unsafeHTML", "innerHTML");
    }

    @Test
    void inviting_everyone_asks_first_and_says_how_many() {
        openGrid();
        test(find(Button.class).id("invite-participants")).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Invite everyone not invited yet?");
        assertThat(confirm.getElement().getTextRecursively()).contains("2 people never invited");
    }

    @Test
    void a_closed_program_offers_no_invitations() {
        closeProgram();
        var grid = openGrid();
        assertThat(find(Button.class).withId("invite-participants").all()).isEmpty();
        var mentor = shown(grid, mentorEmail);
        assertThat(LitColumns.row(grid, "access", mentor).get("invite").stringValue()).isEmpty();
        LitColumns.call(grid, "access", mentor, "invite");
        assertThat(LitColumns.row(grid, "access", mentor).get("access").stringValue()).isEqualTo("Not invited");
    }

    private List<String> emails() {
        return enrolments.search(program.id(), new ParticipantFilter(null, null, null, null), 0, 50, Sort.unsorted())
                .stream().map(ParticipantSummary::email).toList();
    }
}
