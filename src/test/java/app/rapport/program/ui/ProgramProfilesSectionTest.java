package app.rapport.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

/** A participant keeps their program profile from their own profile page; someone in no program sees no such section. */
class ProgramProfilesSectionTest extends BrowserlessTestBase {

    @Test
    void the_demo_mentee_finds_their_program_profile_on_the_profile_page() {
        signIn("mentee@rapport.test");
        navigate("profile");
        var section = find(Div.class).id("my-programs");
        assertThat(section.getElement().getTextRecursively()).contains("Spring 2026 Leadership Circle · Mentee");
        test(find(Button.class, section).withText("Edit profile").single()).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> goals = find(MultiSelectComboBox.class).id("profile-goals");
        assertThat(goals.getValue()).contains("Negotiation", "Public speaking", "Hiring");
        // The participant changes what they offer and seek, not their role.
        assertThat(find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).all()).isEmpty();
    }

    @Test
    void someone_in_no_program_sees_no_program_section() {
        signIn("peer@rapport.test");
        navigate("profile");
        assertThat(find(Div.class).withId("my-programs").all()).isEmpty();
    }
}
