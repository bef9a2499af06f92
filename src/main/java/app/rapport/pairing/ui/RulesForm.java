package app.rapport.pairing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;

/** A program's matching weights and pairing rules; the caller saves what {@link #read} returns. */
final class RulesForm extends Composite<FormLayout> {

    private final BeanValidationBinder<RulesDraft> binder = new BeanValidationBinder<>(RulesDraft.class);

    RulesForm(boolean readOnly) {
        var goals = weight("Goals and skills", "rules-goals", "How much the mentee's goals the mentor's skills cover.");
        var language = weight("Shared language", "rules-language", null);
        var languageRequired = new Checkbox("Require a shared language");
        languageRequired.setId("rules-language-required");
        var timeZone = weight("Time zone", "rules-timezone", "Full marks for the same offset, none at 12 h apart.");
        var department = weight("Different department", "rules-department", null);
        var departmentRequired = new Checkbox("Never pair within a department");
        departmentRequired.setId("rules-department-required");
        var pairingsFinal = new Checkbox("Coordinator pairings are final (no acceptance asked)");
        pairingsFinal.setId("rules-final");
        var menteeMax = new IntegerField("Active relationships per mentee");
        menteeMax.setMin(1);
        menteeMax.setMax(5);
        menteeMax.setStepButtonsVisible(true);
        menteeMax.setId("rules-mentee-max");
        binder.forField(goals).bind("goals");
        binder.forField(language).bind("language");
        binder.forField(languageRequired).bind("languageRequired");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(department).bind("department");
        binder.forField(departmentRequired).bind("departmentRequired");
        binder.forField(pairingsFinal).bind("pairingsFinal");
        binder.forField(menteeMax).bind("menteeActiveMax");
        binder.setReadOnly(readOnly);
        var form = getContent();
        form.add(goals, language, timeZone, department, languageRequired, departmentRequired, menteeMax,
                pairingsFinal);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
    }

    private static IntegerField weight(String label, String id, String helper) {
        var field = new IntegerField(label);
        field.setMin(0);
        field.setMax(100);
        field.setStep(5);
        field.setStepButtonsVisible(true);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("/100"));
        field.setId(id);
        if (helper != null) {
            field.setHelperText(helper);
        }
        return field;
    }

    void show(RulesDraft draft) {
        binder.readBean(draft);
    }

    /** The edited draft, or empty when a field is invalid (its message shows next to it). */
    Optional<RulesDraft> read() {
        var draft = new RulesDraft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }
}
