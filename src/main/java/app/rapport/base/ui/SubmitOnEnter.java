package app.rapport.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One rule for Enter in every form: Enter in a single-line field presses the form's primary
 * button, which saves a valid form or shows what is wrong. Nothing else reacts to Enter: not a
 * text area (Enter is a new line there), not a date picker or a combo box (Enter chooses in their
 * overlay, or commits what was typed), not a radio button.
 */
public final class SubmitOnEnter {

    private static final String WIRED = "rapport-submit-on-enter";

    private SubmitOnEnter() {
    }

    /**
     * Makes Enter in every single-line field inside {@code form} (found now, however deep), or in
     * {@code form} itself when it is one, press
     * {@code primary}. A field already wired keeps its one listener, so calling it again after
     * adding fields is safe.
     */
    public static void wire(Component form, Button primary) {
        if (singleLine(form)) {
            listen(form, primary);
        } else if (!(form instanceof HasValue<?, ?>)) {
            form.getChildren().forEach(child -> wire(child, primary));
        }
    }

    private static boolean singleLine(Component c) {
        return c instanceof TextField || c instanceof EmailField || c instanceof PasswordField
                || c instanceof IntegerField || c instanceof NumberField || c instanceof BigDecimalField;
    }

    private static void listen(Component field, Button primary) {
        if (ComponentUtil.getData(field, WIRED) != null) {
            return;
        }
        ComponentUtil.setData(field, WIRED, Boolean.TRUE);
        // Focus is reset first so that the field sends the value just typed before the click.
        Shortcuts.addShortcutListener(field, () -> {
            if (primary.isEnabled() && primary.isVisible() && !((HasValue<?, ?>) field).isReadOnly()) {
                primary.click();
            }
        }, Key.ENTER).listenOn(field).resetFocusOnActiveElement();
    }
}
