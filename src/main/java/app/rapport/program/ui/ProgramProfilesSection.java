package app.rapport.program.ui;

import app.rapport.base.ui.ProfileSection;
import app.rapport.program.EnrolmentService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;


/** On everyone's profile page: their profile in each program they take part in, to edit. */
@org.springframework.stereotype.Component
class ProgramProfilesSection implements ProfileSection {

    private final EnrolmentService enrolments;

    ProgramProfilesSection(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        var mine = enrolments.myEnrolments();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        var card = new Div(new H3("Your programs"), new Paragraph("What you offer and seek in each program helps "
                + "your coordinator find you a good match."));
        card.addClassNames("rapport-card", "rapport-form-card");
        card.setId("my-programs");
        mine.forEach(e -> card.add(row(e)));
        return Optional.of(card);
    }

    private com.vaadin.flow.component.Component row(app.rapport.program.MyEnrolment mine) {
        var e = mine.profile();
        var text = new Div(new Span(mine.programName() + " · " + e.role().label()), new Span(" · " + String.join(", ",
                e.role() == app.rapport.program.EnrolmentRole.MENTOR ? e.skills() : e.goals())));
        var edit = new Button("Edit profile", ev -> new ProfileEditorDialog(enrolments, e.enrolmentId(), false,
                () -> { }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var row = new Div(text, edit);
        row.addClassName("rapport-enrolment-row");
        return row;
    }
}
