package app.rapport.workspace.ui;

import app.rapport.base.ui.Times;
import app.rapport.workspace.Interaction;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Logs a new interaction or edits one's own. A refused save keeps the dialog open with the
 * message next to the field it is about.
 */
final class InteractionDialog extends DraftDialog<InteractionDraft> {

    private final transient InteractionService service;
    private final transient Viewer viewer;
    private final transient Interaction existing;
    private final transient Runnable onSaved;
    private final InteractionForm form;

    InteractionDialog(InteractionService service, Viewer viewer, Interaction existing, Runnable onSaved) {
        this.service = service;
        this.viewer = viewer;
        this.existing = existing;
        this.onSaved = onSaved;
        this.form = new InteractionForm(viewer, Times.day(service.now()));
        setHeaderTitle(existing == null ? "Log an interaction" : "Edit interaction");
        setWidth("min(44rem, 95vw)");
        if (existing != null) {
            form.setData(InteractionFormData.of(existing));
        }
        var lead = new Paragraph(existing != null && existing.confirmed()
                ? viewer.partnerName() + " confirmed this interaction; after a change they can confirm it again."
                : "A meeting, a call, a walk or a quick chat: what happened, and what was asked for and given.");
        lead.addClassName("rapport-lead");
        add(lead, form, error());
        var save = new Button(existing == null ? "Log interaction" : "Save changes", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("interaction-save");
        footer(save, form::hasChanges).setId("interaction-cancel");
    }

    private void save() {
        save(form.validDraft(), d -> {
            if (existing == null) {
                service.log(viewer.relationshipId(), d);
            } else {
                service.edit(existing.id(), existing.version(), d);
            }
        }, existing == null ? "Interaction logged" : "Interaction updated", onSaved, form::showFieldError,
                "This interaction can no longer be changed here. Close the dialog and reload.");
    }
}
