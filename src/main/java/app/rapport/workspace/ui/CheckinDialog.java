package app.rapport.workspace.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.workspace.Checkin;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.security.access.AccessDeniedException;

/** Makes the caller's check-in for this period, or edits one of theirs. */
final class CheckinDialog extends Dialog {

    private final transient CheckinService service;
    private final transient Viewer viewer;
    private final transient Checkin existing;
    private final transient Runnable onSaved;
    private final CheckinForm form;
    private final Paragraph error = new Paragraph();

    CheckinDialog(CheckinService service, Viewer viewer, Checkin existing, String periodLabel, Runnable onSaved) {
        this.service = service;
        this.viewer = viewer;
        this.existing = existing;
        this.onSaved = onSaved;
        this.form = new CheckinForm(viewer.partnerName());
        setHeaderTitle(existing == null ? "Check in for " + periodLabel : "Edit check-in for " + periodLabel);
        setWidth("min(34rem, 95vw)");
        if (existing != null) {
            form.setData(CheckinFormData.of(existing));
        }
        var lead = new Paragraph("How is the relationship going for you? " + viewer.partnerName()
                + " and the program's coordinators see your ratings.");
        lead.addClassName("rapport-lead");
        error.addClassName("rapport-form-error");
        error.setVisible(false);
        add(lead, form, error);
        var save = new Button(existing == null ? "Check in" : "Save changes", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("checkin-save");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        error.setVisible(false);
        var draft = form.validDraft();
        if (draft.isEmpty()) {
            return;
        }
        try {
            if (existing == null) {
                service.checkIn(viewer.relationshipId(), draft.get());
            } else {
                service.edit(existing.id(), existing.version(), draft.get());
            }
            close();
            Notifications.success(existing == null ? "Checked in. Thank you!" : "Check-in updated");
            onSaved.run();
        } catch (RuleViolation e) {
            if (!form.showFieldError(e.field(), e.getMessage())) {
                showError(e.getMessage());
            }
        } catch (AccessDeniedException e) {
            showError("This check-in can no longer be changed here. Close the dialog and reload.");
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
