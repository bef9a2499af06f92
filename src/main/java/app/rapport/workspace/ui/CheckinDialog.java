package app.rapport.workspace.ui;

import app.rapport.workspace.Checkin;
import app.rapport.workspace.CheckinDraft;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;

/** Makes the caller's check-in for this period, or edits one of theirs. */
final class CheckinDialog extends DraftDialog<CheckinDraft> {

    private final transient CheckinService service;
    private final transient Viewer viewer;
    private final transient Checkin existing;
    private final transient Runnable onSaved;
    private final CheckinForm form;

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
        add(lead, form, error());
        var save = new Button(existing == null ? "Check in" : "Save changes", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("checkin-save");
        footer(save, form::hasChanges);
    }

    private void save() {
        save(form.validDraft(), d -> {
            if (existing == null) {
                service.checkIn(viewer.relationshipId(), d);
            } else {
                service.edit(existing.id(), existing.version(), d);
            }
        }, existing == null ? "Checked in. Thank you!" : "Check-in updated", onSaved, form::showFieldError,
                "This check-in can no longer be changed here. Close the dialog and reload.");
    }
}
