package app.rapport.pairing.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.TextLimits;
import app.rapport.pairing.PairingLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for the reason of a step that needs (or allows) one, then runs it. A refused step keeps
 * the dialog and the text open with the message next to the field.
 */
final class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason");

    ReasonDialog(String title, String explanation, String confirmText, boolean required, boolean danger,
            Consumer<String> action) {
        setHeaderTitle(title);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(required);
        reason.setHelperText(required ? "Both sides and the coordinators will read it." : "Optional.");
        reason.setId("reason");
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        TextLimits.limit(reason, PairingLimits.REASON_MAX);
        add(new Paragraph(explanation), reason);
        var confirm = new Button(confirmText, e -> {
            if (TextLimits.refused(reason)) {
                return;
            }
            if (required && reason.getValue().isBlank()) {
                reason.setErrorMessage("Give a reason");
                reason.setInvalid(true);
                return;
            }
            try {
                action.accept(reason.getValue());
                close();
            } catch (RuleViolation ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId("reason-confirm");
        getFooter().add(DiscardGuard.cancelButton(this, () -> !reason.getValue().isBlank()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
