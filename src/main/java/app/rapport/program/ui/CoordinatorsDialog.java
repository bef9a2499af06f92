package app.rapport.program.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.security.PersonRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.HashSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** An admin names who coordinates a program. */
final class CoordinatorsDialog extends Dialog {

    CoordinatorsDialog(ProgramService programs, PeopleService people, ProgramDetails program,
            Consumer<ProgramDetails> onSaved) {
        setHeaderTitle("Coordinators of " + program.name());
        setWidth("min(32rem, 95vw)");
        var choice = new MultiSelectComboBox<PersonRef>("Coordinators");
        var everyone = people.coordinators();
        choice.setItems(everyone);
        choice.setItemLabelGenerator(p -> p.displayName() + " (" + p.email() + ")");
        var current = program.coordinators().stream().map(PersonRef::id).collect(Collectors.toSet());
        choice.setValue(everyone.stream().filter(p -> current.contains(p.id())).collect(Collectors.toSet()));
        choice.setWidthFull();
        choice.setHelperText("Accounts with the coordinator role; at least one");
        add(choice);
        var save = new Button("Save", e -> {
            try {
                var ids = new HashSet<Long>();
                choice.getValue().forEach(p -> ids.add(p.id()));
                var saved = programs.setCoordinators(program.id(), program.version(), ids);
                close();
                onSaved.accept(saved);
            } catch (RuleViolation ex) {
                choice.setErrorMessage(ex.getMessage());
                choice.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var shown = FieldSnapshot.of(choice);
        getFooter().add(DiscardGuard.cancelButton(this, shown::changed), save);
    }
}
