package app.rapport.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.program.ProgramSummary;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.LitColumns;
import app.rapport.support.TestPeople;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The programs console without a browser: lists, the create dialog's checks, settings that save nothing when wrong. */
class ProgramViewsTest extends BrowserlessTestBase {

    @Autowired ProgramService programs;
    @Autowired JdbcTemplate jdbc;

    private long demoProgram() {
        TestPeople.signIn(users, "admin@rapport.test");
        try {
            return programs.search(new ProgramFilter("Spring 2026", null), PageRequest.of(0, 1)).get(0).id();
        } finally {
            TestPeople.signOut();
        }
    }

    @Test
    void a_coordinator_sees_their_program_and_no_create_button() {
        signIn("coordinator@rapport.test");
        navigate("programs");
        Grid<?> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(find(Button.class).withId("new-program").all()).isEmpty();
    }

    @Test
    void a_program_row_sends_its_status_badge_and_its_open_button_opens_it() {
        var id = demoProgram();
        signIn("coordinator@rapport.test");
        navigate("programs");
        @SuppressWarnings("unchecked")
        Grid<ProgramSummary> grid = find(Grid.class).single();
        var demo = grid.getLazyDataView().getItems().filter(p -> p.id() == id).findFirst().orElseThrow();

        var status = LitColumns.row(grid, "status", demo);
        assertThat(status.get("status").stringValue()).isEqualTo("Active");
        assertThat(status.get("statusClass").stringValue()).isEqualTo("rapport-badge-active");
        assertThat(LitColumns.template(grid, "status"))
                .isEqualTo("<span class=\"rapport-badge ${item.statusClass}\">${item.status}</span>");
        assertThat(LitColumns.row(grid, "open", demo).get("name").stringValue())
                .isEqualTo("Spring 2026 Leadership Circle");
        assertThat(LitColumns.template(grid, "open")).contains("aria-label=\"Open ${item.name}\"")
                .doesNotContain("unsafeHTML");

        LitColumns.call(grid, "open", demo, "open");

        assertThat(currentView()).isInstanceOf(ProgramView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("programs/" + id);
    }

    @Test
    void a_click_anywhere_on_a_program_row_opens_the_program() {
        var id = demoProgram();
        signIn("coordinator@rapport.test");
        navigate("programs");
        @SuppressWarnings("unchecked")
        Grid<ProgramSummary> grid = find(Grid.class).single();
        var tester = test(grid);
        int row = 0;
        while (tester.getRow(row).id() != id) {
            row++;
        }
        tester.clickRow(row);
        assertThat(currentView()).isInstanceOf(ProgramView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("programs/" + id);
    }

    @Test
    void a_program_without_name_or_coordinator_is_not_created() {
        var before = jdbc.queryForObject("select count(*) from program", Integer.class);
        signIn("admin@rapport.test");
        navigate("programs");
        test(find(Button.class).id("new-program")).click();
        test(find(Button.class).id("create-program")).click();
        assertThat(find(TextField.class).id("program-name").isInvalid()).isTrue();
        assertThat(find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).all().get(0).isInvalid())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from program", Integer.class)).isEqualTo(before);
    }

    @Test
    void an_anonymity_threshold_below_two_is_refused_next_to_the_field() {
        var id = demoProgram();
        signIn("coordinator@rapport.test");
        navigate("programs/" + id);
        test(find(IntegerField.class).id("program-anonymity")).setValue(1);
        test(find(Button.class).id("save-program")).click();
        var field = find(IntegerField.class).id("program-anonymity");
        assertThat(field.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select anonymity_threshold from program where id = ?", Integer.class, id))
                .isEqualTo(3);
    }

    @Test
    void the_participants_grid_filters_the_demo_program() {
        var id = demoProgram();
        signIn("coordinator@rapport.test");
        navigate("programs/" + id + "/participants");
        @SuppressWarnings("unchecked")
        Grid<app.rapport.program.ParticipantSummary> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(60);
        test(find(TextField.class).id("participant-search")).setValue("lena");
        assertThat(grid.getLazyDataView().getItems().map(p -> p.email())).contains("mentee@rapport.test");
    }
}
