package app.rapport.pairing.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.HomeSection;
import app.rapport.base.ui.Notifications;
import app.rapport.pairing.MyRelationship;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The portal home's part for participants' proposals: those waiting for their answer (with why
 * they were matched) and those waiting for the other side. Started relationships are the
 * workspace's part of the home page.
 */
@org.springframework.stereotype.Component
class RelationshipsHomeSection implements HomeSection {

    private final RelationshipService relationships;

    RelationshipsHomeSection(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.get().isEmpty() || relationships.mine().stream()
                .noneMatch(m -> m.relationship().status() == RelationshipStatus.PROPOSED)) {
            return Optional.empty();
        }
        var box = new Div();
        box.addClassName("rapport-home-relationships");
        box.setId("my-relationships");
        fill(box);
        return Optional.of(box);
    }

    private void fill(Div box) {
        box.removeAll();
        var me = CurrentUser.require().accountId();
        var proposals = relationships.mine().stream()
                .filter(m -> m.relationship().status() == RelationshipStatus.PROPOSED).toList();
        var waiting = proposals.stream().filter(m -> m.relationship().waitsFor(me)).toList();
        var pending = proposals.stream().filter(m -> !m.relationship().waitsFor(me)).toList();
        if (!waiting.isEmpty()) {
            box.add(section("Proposals waiting for your answer", waiting.stream().map(m -> proposal(box, m)).toList()));
        }
        if (!pending.isEmpty()) {
            box.add(section("Waiting for the other side", pending.stream().map(RelationshipsHomeSection::pendingCard)
                    .toList()));
        }
    }

    private static Div section(String title, List<? extends Component> cards) {
        var grid = new Div();
        grid.addClassName("rapport-cards");
        cards.forEach(grid::add);
        return new Div(new H3(title), grid);
    }

    private Div proposal(Div box, MyRelationship m) {
        var r = m.relationship();
        var card = card(m);
        card.addClassName("rapport-proposal");
        card.add(new Paragraph(m.asMentor() ? "You are asked to mentor " + r.menteeName() + "."
                : r.mentorName() + " is proposed as your mentor."));
        if (!r.matchReasons().isEmpty()) {
            var why = new UnorderedList();
            why.addClassName("rapport-reasons");
            r.matchReasons().forEach(reason -> why.add(new ListItem(reason)));
            card.add(new Span("Why you were matched"), why);
        }
        if (m.partnerAccepted()) {
            card.add(new Paragraph(m.partnerName() + " has already accepted."));
        }
        var accept = new Button("Accept", VaadinIcon.CHECK.create(), e -> act(box, () -> {
            var after = relationships.accept(r.id(), r.version());
            Notifications.success(after.status() == RelationshipStatus.ACTIVE
                    ? "You and " + m.partnerName() + " are paired now."
                    : "Accepted. It starts when " + m.partnerName() + " accepts too.");
        }));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setAriaLabel("Accept pairing with " + m.partnerName());
        var decline = new Button("Decline", e -> new ReasonDialog("Decline the pairing with " + m.partnerName(),
                "Say briefly why, so your coordinator can find a better match.", "Decline", true, true,
                reason -> act(box, () -> {
                    relationships.decline(r.id(), r.version(), reason);
                    Notifications.success("Declined. Your coordinator will see your reason.");
                })).open());
        decline.setAriaLabel("Decline pairing with " + m.partnerName());
        var actions = new Div(accept, decline);
        actions.addClassName("rapport-row-actions");
        card.add(actions);
        return card;
    }

    private static Div pendingCard(MyRelationship m) {
        var card = card(m);
        card.add(new Paragraph("You accepted. Waiting for " + m.partnerName() + " to answer."));
        return card;
    }

    private static Div card(MyRelationship m) {
        var card = new Div();
        card.addClassName("rapport-card");
        var title = new H3(VaadinIcon.CONNECT.create(), new Span(m.partnerName()));
        var meta = new Div(Labels.status(m.relationship().status()),
                new Span(m.asMentor() ? "You mentor" : "Your mentor"));
        meta.addClassName("rapport-card-meta");
        var program = new Div(new Span(m.programName()));
        program.addClassName("rapport-card-program");
        card.add(title, meta, program);
        return card;
    }

    /**
     * An answer changes what the other sections of the page list (an accepted pairing becomes a
     * relationship to open), so a successful one rebuilds the whole page, not only this box.
     */
    private void act(Div box, Runnable action) {
        try {
            action.run();
            var ui = box.getUI();
            if (ui.isPresent()) {
                ui.get().refreshCurrentRoute(false);
                return;
            }
        } catch (RuleViolation e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("This proposal is no longer yours to answer.");
        }
        fill(box);
    }
}
