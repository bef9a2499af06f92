package app.rapport.program.ui;

import app.rapport.program.ProgramDetails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** The top of every page of one program: its name, status, dates, and the program's sections. */
final class ProgramHeader extends Composite<Div> {

    enum Section { OVERVIEW, PARTICIPANTS }

    ProgramHeader(ProgramDetails program, Section current) {
        var title = new Div(new H2(program.name()), Badges.status(program.status()));
        title.addClassName("rapport-program-title");
        var lead = new Paragraph(Dates.range(program.startsOn(), program.endsOn())
                + (program.readOnly() ? " · closed: read-only" : ""));
        lead.addClassName("rapport-lead");
        var overview = new RouterLink("Overview", ProgramView.class, ProgramView.params(program.id()));
        var participants = new RouterLink("Participants", ParticipantsView.class, ProgramView.params(program.id()));
        (current == Section.OVERVIEW ? overview : participants).addClassName("rapport-tab-current");
        var tabs = new Nav(overview, participants);
        tabs.addClassName("rapport-tabs");
        tabs.getElement().setAttribute("aria-label", "Program sections");
        getContent().add(title, lead, tabs);
        getContent().addClassName("rapport-program-header");
    }
}
