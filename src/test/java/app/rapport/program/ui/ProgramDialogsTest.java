package app.rapport.program.ui;

import static com.vaadin.browserless.internal.ShortcutsKt._fireShortcut;
import static com.vaadin.browserless.internal.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.RuleViolation;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.security.PersonRef;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.TestPeople;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The program console's dialogs: one rule for Enter, over-long names refused whole, typed work kept. */
class ProgramDialogsTest extends BrowserlessTestBase {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired JdbcTemplate jdbc;

    private int programCount() {
        return jdbc.queryForObject("select count(*) from program", Integer.class);
    }

    private void openNewProgram() {
        signIn("admin@rapport.test");
        navigate("programs");
        test(find(Button.class).id("new-program")).click();
    }

    private long demoProgram() {
        TestPeople.signIn(users, "admin@rapport.test");
        try {
            return programs.search(new ProgramFilter("Spring 2026", null), PageRequest.of(0, 1)).get(0).id();
        } finally {
            TestPeople.signOut();
        }
    }

    @Test
    void enter_while_a_date_of_a_new_program_is_being_cleared_creates_nothing() {
        var before = programCount();
        openNewProgram();
        test(find(TextField.class).id("program-name")).setValue("Autumn circle");
        find(DatePicker.class).id("program-starts").setValue(LocalDate.now().plusDays(30));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PersonRef> coordinators = find(MultiSelectComboBox.class).id("program-coordinators");
        coordinators.setValue(java.util.Set.of(coordinators.getListDataView().getItem(0)));
        var ends = find(DatePicker.class).id("program-ends");
        ends.setValue(LocalDate.now().plusDays(200));
        // The person clears the end date and presses Enter there; the key reaches the page as well.
        ends.clear();
        _fireShortcut(ends, Key.ENTER);
        fireShortcut(Key.ENTER);
        assertThat(programCount()).isEqualTo(before);
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void enter_in_the_name_of_an_incomplete_program_shows_what_is_missing_and_creates_nothing() {
        var before = programCount();
        openNewProgram();
        var name = find(TextField.class).id("program-name");
        test(name).setValue("Autumn circle");
        _fireShortcut(name, Key.ENTER);
        assertThat(find(DatePicker.class).id("program-starts").isInvalid()).isTrue();
        assertThat(programCount()).isEqualTo(before);
    }

    @Test
    void a_program_name_over_its_limit_is_refused_with_its_length() {
        openNewProgram();
        var name = find(TextField.class).id("program-name");
        assertThat(name.getElement().hasProperty("maxlength")).isFalse();
        test(name).setValue("P".repeat(125));
        test(find(Button.class).id("create-program")).click();
        assertThat(name.getErrorMessage()).isEqualTo("At most 120 characters: this has 125");
    }

    @Test
    void enter_in_add_person_adds_them_and_a_name_over_its_limit_is_refused_whole() {
        var id = demoProgram();
        signIn("coordinator@rapport.test");
        navigate("programs/" + id + "/participants");
        test(find(Button.class).id("add-participant")).click();
        test(find(EmailField.class).id("participant-email")).setValue("long.name.6200@rapport.test");
        var name = find(TextField.class).id("participant-name");
        test(name).setValue("N".repeat(104));
        assertThat(find(Span.class).id("participant-name-counter").getText()).isEqualTo("104 / 100");
        _fireShortcut(name, Key.ENTER);
        assertThat(name.getErrorMessage()).isEqualTo("At most 100 characters: this has 104");
        assertThat(jdbc.queryForObject("select count(*) from account where email = 'long.name.6200@rapport.test'",
                Integer.class)).isZero();

        test(name).setValue("Nadia Long");
        _fireShortcut(name, Key.ENTER);
        MockVaadin.clientRoundtrip();
        assertThat(jdbc.queryForObject("select display_name from account where email = 'long.name.6200@rapport.test'",
                String.class)).isEqualTo("Nadia Long");
    }

    @Test
    void the_service_refuses_a_new_person_whose_name_is_over_its_limit() {
        var id = demoProgram();
        TestPeople.signIn(users, "coordinator@rapport.test");
        try {
            assertThatThrownBy(() -> enrolments.enrol(id, "longer.6201@rapport.test", "N".repeat(101),
                    EnrolmentRole.MENTEE, null))
                    .isInstanceOf(RuleViolation.class).hasMessage("Use at most 100 characters");
        } finally {
            TestPeople.signOut();
        }
    }

    @Test
    void cancel_in_add_person_with_an_email_typed_asks_before_discarding() {
        var id = demoProgram();
        signIn("coordinator@rapport.test");
        navigate("programs/" + id + "/participants");
        test(find(Button.class).id("add-participant")).click();
        test(find(EmailField.class).id("participant-email")).setValue("someone@rapport.test");
        test(find(Button.class).withText("Cancel").single()).click();
        assertThat(test(find(ConfirmDialog.class).id("discard-confirm")).getHeader()).isEqualTo("Discard your changes?");
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void the_remove_person_confirmation_keeps_its_width_and_wraps_a_long_name() {
        var id = demoProgram();
        signIn("coordinator@rapport.test");
        navigate("programs/" + id + "/participants");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<app.rapport.program.ParticipantSummary> grid =
                find(com.vaadin.flow.component.grid.Grid.class).single();
        var someone = grid.getLazyDataView().getItems().filter(p -> p.status()
                == app.rapport.program.EnrolmentStatus.ACTIVE).findFirst().orElseThrow();
        app.rapport.support.LitColumns.call(grid, "actions", someone, "remove");
        var confirm = find(ConfirmDialog.class).id("remove-confirm");
        assertThat(confirm.getWidth()).isEqualTo("min(32rem, 95vw)");
        assertThat(find(Span.class, confirm).withClassName("rapport-confirm-wrap").single().getText())
                .startsWith("Take " + someone.name() + " out of");
    }
}
