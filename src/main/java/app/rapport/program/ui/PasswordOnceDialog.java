package app.rapport.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The one-time password of a person just given an account; Rapport keeps only its hash. */
final class PasswordOnceDialog extends Dialog {

    PasswordOnceDialog(String email, String password) {
        setHeaderTitle("New account for " + email);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");
        var shown = new TextField("One-time password");
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setId("participant-password");
        add(new Paragraph("Pass it on securely; it is shown only now. They can change it on their profile page."),
                shown);
        var done = new Button("I have noted it", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
