package app.rapport.program.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.RouteIds;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramRef;
import app.rapport.program.ProgramService;
import app.rapport.program.ProgramStatus;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * The top of every page of one program: its name, status, dates, and the program's sections.
 * Other features' program pages (pairing, matching) use it too, and link here by path, so the
 * program feature does not depend on them.
 */
@NamedInterface("ui")
public final class ProgramHeader extends Composite<Div> {

    /** The program's sections, in tab order; the path is relative to {@code programs/{id}}. */
    @NamedInterface("ui")
    public enum Section {
        OVERVIEW("Overview", ""), DASHBOARD("Dashboard", "/dashboard"), PARTICIPANTS("Participants", "/participants"), PAIRING("Pairing", "/pairing"),
        MATCHING("Matching", "/matching"), FEEDBACK("Peer feedback", "/feedback");

        private final String label;
        private final String path;

        Section(String label, String path) {
            this.label = label;
            this.path = path;
        }
    }

    /**
     * The program a {@code programs/:programId/...} route names, or null after sending the caller to
     * the not-found page (for a missing program or one they may not manage, alike).
     */
    public static ProgramDetails program(BeforeEnterEvent event, ProgramService programs) {
        var id = RouteIds.id(event, "programId").orElse(null);
        if (id == null || !programs.canManage(id)) {
            event.rerouteToError(NotFoundException.class);
            return null;
        }
        return programs.get(id);
    }

    public ProgramHeader(ProgramDetails program, Section current) {
        this(program.id(), program.name(), program.status(), program.startsOn(), program.endsOn(), current);
    }

    /** The same header from the lighter reference other features hold (it reads nothing more). */
    public ProgramHeader(ProgramRef program, Section current) {
        this(program.id(), program.name(), program.status(), program.startsOn(), program.endsOn(), current);
    }

    private ProgramHeader(long id, String name, ProgramStatus status, LocalDate startsOn, LocalDate endsOn,
            Section current) {
        var title = new Div(new H2(name), Badges.status(status));
        title.addClassName("rapport-program-title");
        var lead = new Paragraph(Days.range(startsOn, endsOn)
                + (status == ProgramStatus.CLOSED ? " · closed: read-only" : ""));
        lead.addClassName("rapport-lead");
        var tabs = new Nav();
        for (var section : Section.values()) {
            var link = new Anchor("programs/" + id + section.path, section.label);
            link.getElement().setAttribute("router-link", true); // navigate in place, as a RouterLink does
            if (section == current) {
                link.addClassName("rapport-tab-current");
                link.getElement().setAttribute("aria-current", "page");
            }
            tabs.add(link);
        }
        tabs.addClassName("rapport-tabs");
        tabs.getElement().setAttribute("aria-label", "Program sections");
        getContent().add(title, lead, tabs);
        getContent().addClassName("rapport-program-header");
    }
}
