package app.rapport.workspace.ui;

import app.rapport.base.ui.HomeSection;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.security.CurrentUser;
import app.rapport.workspace.MyRelationships;
import app.rapport.workspace.MyRelationships.Card;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal home's part for the relationships a person is in: one card each with the partner,
 * program and status, the days since the last interaction and the next step, linking to the
 * workspace. Active ones come first.
 */
@org.springframework.stereotype.Component
class WorkspaceHomeSection implements HomeSection {

    private final MyRelationships mine;

    WorkspaceHomeSection(MyRelationships mine) {
        this.mine = mine;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.get().isEmpty()) {
            return Optional.empty();
        }
        var cards = mine.cards();
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        var grid = new Div();
        grid.addClassName("rapport-cards");
        cards.forEach(c -> grid.add(card(c)));
        var box = new Div(new H3("Your relationships"), grid);
        box.setId("workspace-relationships");
        box.addClassName("rapport-home-relationships");
        return Optional.of(box);
    }

    private static Div card(Card c) {
        RelationshipFacts r = c.relationship();
        var card = new Div();
        card.addClassName("rapport-card");
        card.add(new H3(VaadinIcon.CONNECT.create(), new Span(c.partnerName())));
        var status = new Span(r.status().label());
        status.addClassNames("rapport-badge", "rapport-badge-rel-" + r.status().name().toLowerCase(Locale.ROOT));
        var meta = new Div(status, new Span(c.asMentor() ? "You mentor" : "Your mentor"));
        meta.addClassName("rapport-card-meta");
        var program = new Div(new Span(c.programName()));
        program.addClassName("rapport-card-program");
        card.add(meta, program);
        if (r.status() == RelationshipStatus.ACTIVE) {
            card.add(new Paragraph(c.daysSinceLastInteraction() == null ? "No interaction logged yet."
                    : c.daysSinceLastInteraction() == 0 ? "Last interaction: today."
                    : "Last interaction: " + c.daysSinceLastInteraction()
                            + (c.daysSinceLastInteraction() == 1 ? " day ago." : " days ago.")));
            var next = new Paragraph("Next step: " + c.nextStep());
            next.addClassName("rapport-next-step");
            card.add(next);
        }
        var open = new Anchor("relationships/" + r.id(), r.status() == RelationshipStatus.ACTIVE
                ? "Open the workspace" : "Look back at it");
        open.getElement().setAttribute("router-link", true);
        card.add(open);
        return card;
    }
}
