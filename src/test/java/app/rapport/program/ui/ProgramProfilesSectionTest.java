package app.rapport.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.KaribuTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

/** A participant keeps their program profile from their own profile page; someone in no program sees no such section. */
class ProgramProfilesSectionTest extends KaribuTestBase {

    @Test
    void the_demo_mentee_finds_their_program_profile_on_the_profile_page() {
        signIn("mentee@rapport.test");
        navigate("profile");
        var section = _get(Div.class, spec -> spec.withId("my-programs"));
        assertThat(section.getElement().getTextRecursively()).contains("Spring 2026 Leadership Circle · Mentee");
        _click(_get(section, Button.class, spec -> spec.withText("Edit profile")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> goals = _get(MultiSelectComboBox.class, spec -> spec.withId("profile-goals"));
        assertThat(goals.getValue()).contains("Negotiation", "Public speaking", "Hiring");
        // The participant changes what they offer and seek, not their role.
        assertThat(_find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)).isEmpty();
    }

    @Test
    void someone_in_no_program_sees_no_program_section() {
        signIn("peer@rapport.test");
        navigate("profile");
        assertThat(_find(Div.class, spec -> spec.withId("my-programs"))).isEmpty();
    }
}
