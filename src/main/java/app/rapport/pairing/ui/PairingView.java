package app.rapport.pairing.ui;

import app.rapport.pairing.MatchingService;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.ProgramService;
import app.rapport.program.ui.ProgramHeader;
import app.rapport.security.AppRoles;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /programs/{id}/pairing}: pick a mentee, see the mentors ranked with their reasons and
 * propose one; below, every relationship of the program in a lazy grid, to complete or end.
 */
@Route("programs/:programId/pairing")
@PageTitle("Pairing")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR})
public final class PairingView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ProgramService programs;
    private final transient MatchingService matching;
    private final transient RelationshipService relationships;

    public PairingView(ProgramService programs, MatchingService matching, RelationshipService relationships) {
        this.programs = programs;
        this.matching = matching;
        this.relationships = relationships;
        addClassName("rapport-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var program = ProgramHeader.program(event, programs);
        if (program == null) {
            return;
        }
        removeAll();
        add(new ProgramHeader(program, ProgramHeader.Section.PAIRING));
        var grid = new RelationshipsPanel(relationships, program);
        if (!program.readOnly()) {
            add(new H3("Propose a pairing"), new SuggestionsPanel(matching, relationships, program.id(), grid::refresh));
        }
        add(new H3("Relationships"), grid);
    }
}
