package app.rapport.base.ui;

import app.rapport.base.RuleViolation;
import com.vaadin.flow.component.HasValidation;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a service's refusal next to the field it is about. A form registers its fields under the
 * names its service uses in {@link RuleViolation#field()}; a message for no registered field is
 * left to the caller, which shows it for the whole form.
 */
public final class FieldErrors implements Serializable {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers a field under the name the service gives it; returns this for chaining. */
    public FieldErrors on(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Marks the named field invalid with the message; false when no field has that name. */
    public boolean show(String name, String message) {
        var field = name == null ? null : fields.get(name);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    /** {@link #show(String, String)} for a refusal. */
    public boolean show(RuleViolation refusal) {
        return show(refusal.field(), refusal.getMessage());
    }
}
