package app.rapport.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.NewProgram;
import app.rapport.program.ParticipantSummary;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.TestPeople;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator edits a mentor's capacity in the profile editor: what is not from 1 to 10 is refused
 * on the field itself and nothing of the profile is saved; a missing value is never made 2.
 */
class ProfileEditorDialogTest extends BrowserlessTestBase {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired RelationshipService relationships;

    private final TestPeople people = new TestPeople(43L);
    private ParticipantSummary mentor;
    private int saves;

    /** A fresh program with one mentor of capacity 3, their editor open for the coordinator. */
    @BeforeEach
    void openTheEditorOfAMentor() {
        mentor = TestPeople.asAdmin(users, () -> {
            var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow().id();
            var program = programs.create(new NewProgram("Capacity " + System.nanoTime(), null,
                    LocalDate.of(2026, 3, 1), null, Set.of(coordinator)));
            var name = people.name();
            return enrolments.enrol(program.id(), people.email(name), name, EnrolmentRole.MENTOR, 3).participant();
        });
        signIn("coordinator@rapport.test");
        navigate("programs/" + mentor.programId() + "/participants");
        new ProfileEditorDialog(enrolments, mentor.enrolmentId(), false, true, () -> saves++).open();
    }

    private IntegerField capacity() {
        return find(IntegerField.class).withLabel("Mentees at once").single();
    }

    private void save() {
        test(find(Button.class).withId("save-profile").single()).click();
    }

    private ParticipantSummary stored() {
        return TestPeople.asAdmin(users, () -> enrolments.profile(mentor.enrolmentId()));
    }

    private void assertRefusedAndNothingSaved(IntegerField capacity) {
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("From 1 to 10 mentees");
        assertThat(find(ProfileEditorDialog.class).all()).as("the editor stays open").hasSize(1);
        assertThat(saves).isZero();
        var stored = stored();
        assertThat(stored.capacity()).isEqualTo(3);
        assertThat(stored.department()).isNull();
        assertThat(stored.version()).isEqualTo(mentor.version());
    }

    @Test
    void capacity_out_of_range_is_refused_with_the_fields_message_and_nothing_is_saved() {
        find(TextField.class).withId("profile-department").single().setValue("Finance");

        var capacity = capacity();
        for (var typed : new Integer[] {0, 11, 15}) {
            capacity.setValue(typed);
            save();
            assertRefusedAndNothingSaved(capacity);
        }
    }

    @Test
    void a_capacity_left_empty_is_refused_and_never_reset_to_the_default() {
        find(TextField.class).withId("profile-department").single().setValue("Finance");
        var capacity = capacity();
        capacity.clear();

        save();

        assertRefusedAndNothingSaved(capacity);
    }

    /** Two mentees proposed to the mentor, so the mentor has two open relationships; their names, sorted. */
    private List<String> twoOpenRelationships() {
        return TestPeople.asAdmin(users, () -> {
            var names = new java.util.ArrayList<String>();
            for (int i = 0; i < 2; i++) {
                var name = people.name();
                var mentee = enrolments.enrol(mentor.programId(), people.email(name), name, EnrolmentRole.MENTEE, null)
                        .participant();
                relationships.propose(mentor.programId(), mentor.enrolmentId(), mentee.enrolmentId());
                names.add(mentee.name());
            }
            return names.stream().sorted().toList();
        });
    }

    private void reopen() {
        find(ProfileEditorDialog.class).all().forEach(ProfileEditorDialog::close);
        new ProfileEditorDialog(enrolments, mentor.enrolmentId(), false, true, () -> saves++).open();
    }

    @Test
    void lowering_a_capacity_below_the_open_relationships_names_them_and_saves_only_once_confirmed() {
        var mentees = twoOpenRelationships();
        reopen();
        assertThat(capacity().getHelperText()).isEqualTo("2 open now: " + String.join(", ", mentees));
        assertThat(find(Span.class).withId("profile-over-capacity").exists()).isFalse();

        capacity().setValue(1);
        assertThat(capacity().getHelperText()).startsWith("Over capacity: 2 open now");
        save();

        var confirm = find(ConfirmDialog.class).id("confirm-over-capacity");
        assertThat(confirm.getElement().getProperty("message")).contains(mentees.get(0)).contains(mentees.get(1))
                .contains("the new capacity is 1");
        assertThat(saves).as("nothing saved before the confirmation").isZero();
        assertThat(stored().capacity()).isEqualTo(3);

        test(confirm).confirm();

        assertThat(saves).isEqualTo(1);
        assertThat(stored().capacity()).isEqualTo(1);
        reopen();
        assertThat(find(Span.class).id("profile-over-capacity").getText()).isEqualTo("Over capacity");
    }

    @Test
    void cancelling_the_over_capacity_warning_saves_nothing() {
        twoOpenRelationships();
        reopen();
        capacity().setValue(1);
        save();
        find(ConfirmDialog.class).id("confirm-over-capacity").close();
        assertThat(saves).isZero();
        assertThat(stored().capacity()).isEqualTo(3);
        assertThat(find(ProfileEditorDialog.class).all()).as("the editor stays open").hasSize(1);
    }

    @Test
    void a_capacity_that_still_holds_the_open_relationships_is_saved_without_a_question() {
        twoOpenRelationships();
        reopen();
        capacity().setValue(2);
        save();
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(stored().capacity()).isEqualTo(2);
    }

    @Test
    void a_capacity_from_1_to_10_is_saved_with_the_rest_of_the_profile() {
        find(TextField.class).withId("profile-department").single().setValue("Finance");
        capacity().setValue(7);

        save();

        assertThat(saves).isEqualTo(1);
        assertThat(find(ProfileEditorDialog.class).all()).isEmpty();
        assertThat(stored().capacity()).isEqualTo(7);
        assertThat(stored().department()).isEqualTo("Finance");
    }
}
