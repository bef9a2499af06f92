package app.rapport.program.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.SubmitOnEnter;
import app.rapport.program.NewProgram;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.security.PersonRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** An admin creates a program and names its coordinators. */
final class ProgramCreateDialog extends Dialog {

    private final transient ProgramService programs;
    private final transient Consumer<ProgramDetails> onCreated;
    private final ProgramForm form = new ProgramForm(false);
    private final MultiSelectComboBox<PersonRef> coordinators = new MultiSelectComboBox<>("Coordinators");
    private final Paragraph error = new Paragraph();

    ProgramCreateDialog(ProgramService programs, PeopleService people, Consumer<ProgramDetails> onCreated) {
        this.programs = programs;
        this.onCreated = onCreated;
        setHeaderTitle("New program");
        setWidth("min(40rem, 95vw)");
        coordinators.setItems(people.coordinators());
        coordinators.setItemLabelGenerator(p -> p.displayName() + " (" + p.email() + ")");
        coordinators.setWidthFull();
        coordinators.setId("program-coordinators");
        coordinators.setHelperText("Accounts with the coordinator role");
        error.addClassName("rapport-form-error");
        error.setVisible(false);
        add(form, coordinators, error);
        var save = new Button("Create program", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("create-program");
        SubmitOnEnter.wire(this, save);
        var shown = FieldSnapshot.of(this);
        getFooter().add(DiscardGuard.cancelButton(this, shown::changed), save);
    }

    private void save() {
        error.setVisible(false);
        var draft = form.validDraft();
        if (coordinators.isEmpty()) {
            coordinators.setErrorMessage("Choose at least one coordinator");
            coordinators.setInvalid(true);
        }
        if (draft.isEmpty() || coordinators.isEmpty()) {
            return;
        }
        var d = draft.get();
        try {
            var created = programs.create(new NewProgram(d.getName(), d.getDescription(), d.getStartsOn(),
                    d.getEndsOn(), coordinators.getValue().stream().map(PersonRef::id).collect(Collectors.toSet())));
            close();
            onCreated.accept(created);
        } catch (RuleViolation e) {
            if (!form.showFieldError(e.field(), e.getMessage())) {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        } catch (ConstraintViolationException e) {
            error.setText(e.getConstraintViolations().iterator().next().getMessage());
            error.setVisible(true);
        }
    }
}
