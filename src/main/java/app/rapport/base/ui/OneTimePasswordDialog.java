package app.rapport.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a generated password once; it is stored only as a hash, so it cannot be shown again. */
public final class OneTimePasswordDialog extends Dialog {

    public OneTimePasswordDialog(String email, String password) {
        setHeaderTitle("Password for " + email);
        setWidth("min(30rem, 95vw)");
        setCloseOnOutsideClick(false);
        var shown = new TextField("Password");
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setId("one-time-password");
        shown.addClassName("rapport-secret");
        add(new Paragraph("Pass this password on securely. It is shown only now; Rapport keeps just a hash of it. "
                + "The person can change it on their profile page after signing in."), shown);
        var done = new Button("I have noted it", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("password-noted");
        getFooter().add(done);
    }
}
