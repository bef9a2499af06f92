package app.rapport.workspace.ui;

import app.rapport.base.ui.Times;
import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.base.ui.HasUnsavedChanges;
import app.rapport.base.ui.Notifications;
import app.rapport.workspace.Kickoff;
import app.rapport.workspace.KickoffDraft;
import app.rapport.workspace.KickoffService;
import app.rapport.workspace.Side;
import app.rapport.workspace.Viewer;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The kick-off (practice 1, check your motivation): both sides' answers side by side, and, for a
 * party while the relationship is active, the form for their own.
 */
public final class KickoffTab extends Composite<Div> implements HasUnsavedChanges {


    private final transient KickoffService service;
    private final Viewer viewer;
    private final Div cards = new Div();
    private final KickoffForm form;
    private final Button save = new Button("Save my kick-off", VaadinIcon.CHECK.create());
    private final H3 formTitle = new H3();
    private Long myVersion;

    public KickoffTab(KickoffService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
        var root = getContent();
        root.setId("kickoff-tab");
        root.addClassName("rapport-workspace-tab");
        var lead = new Paragraph("Check your motivation: each of you says what you want from this relationship, "
                + "and whether you see it as a relationship to build over time or a one-off transaction.");
        lead.addClassName("rapport-lead");
        cards.addClassName("rapport-cards");
        cards.setId("kickoff-cards");
        root.add(lead, cards);
        if (viewer.canWrite()) {
            form = new KickoffForm();
            save.setId("kickoff-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            var panel = new Div(formTitle, form, save);
            panel.addClassName("rapport-panel");
            panel.setId("kickoff-form");
            root.add(panel);
        } else {
            form = null;
        }
        refresh();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form != null && form.hasChanges();
    }

    private void refresh() {
        var both = service.kickoffs(viewer.relationshipId());
        cards.removeAll();
        for (var side : Side.values()) {
            cards.add(card(side, both.of(side)));
        }
        if (form != null) {
            var mine = both.of(viewer.side()).orElse(null);
            myVersion = mine == null ? null : mine.version();
            form.show(mine);
            formTitle.setText(mine == null ? "Write your kick-off" : "Edit your kick-off");
        }
    }

    private void save() {
        form.validData().ifPresent(data -> {
            try {
                service.write(viewer.relationshipId(),
                        new KickoffDraft(myVersion, data.getWants(), data.getSeesRelationship()));
                Notifications.success("Your kick-off is saved; " + viewer.partnerName() + " can read it now.");
                refresh();
            } catch (StaleEdit e) {
                Notifications.error(e.getMessage());
                refresh();
            } catch (RuleViolation e) {
                if (!form.showFieldError(e.field(), e.getMessage())) {
                    Notifications.error(e.getMessage());
                }
            } catch (AccessDeniedException e) {
                Notifications.error("You can no longer write in this relationship.");
            }
        });
    }

    private Div card(Side side, Optional<Kickoff> kickoff) {
        boolean mine = side == viewer.side();
        var card = new Div();
        card.addClassNames("rapport-card", "rapport-kickoff-card");
        card.setId("kickoff-" + side.name().toLowerCase(Locale.ROOT));
        var name = new Span(viewer.nameOf(side) + (mine ? " (you)" : ""));
        card.add(new H3(VaadinIcon.USER.create(), name));
        var role = new Span(side.label());
        role.addClassName("rapport-badge");
        var meta = new Div(role);
        meta.addClassName("rapport-card-meta");
        card.add(meta);
        if (kickoff.isEmpty()) {
            var empty = new Paragraph(mine && viewer.canWrite() ? "Not written yet. Write yours below."
                    : "Not written yet.");
            empty.addClassName("rapport-empty");
            card.add(empty);
            return card;
        }
        var k = kickoff.get();
        var answer = new Span(k.seesRelationship() ? "A relationship" : "A one-off transaction");
        answer.addClassNames("rapport-badge", k.seesRelationship() ? "rapport-badge-ok" : "rapport-badge-oneoff");
        meta.add(answer);
        var wants = new Paragraph();
        wants.setText(k.wants());
        wants.addClassName("rapport-text");
        var when = new Span("Written " + Times.date(k.writtenAt())
                + (k.edited() ? " · edited " + Times.date(k.updatedAt()) : ""));
        when.addClassName("rapport-history-when");
        card.add(wants, when);
        return card;
    }
}
