package app.rapport.progress.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.HomeSection;
import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.program.ProgramStatus;
import app.rapport.program.ProgramSummary;
import app.rapport.progress.ProgressService;
import app.rapport.security.CurrentUser;
import app.rapport.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * A coordinator's home: each program they run with its status, its active pairs and how many of
 * them are at risk, linking to its dashboard. Closed programs come last.
 */
@org.springframework.stereotype.Component
class ProgramsHomeSection implements HomeSection {

    /** More would make the home page a program list; the rest are one link away. */
    static final int SHOWN = 6;
    /** A coordinator runs a handful of programs; past this many the home shows some of the first ones. */
    private static final int CONSIDERED = 100;
    /** Running and planned programs first, the latest to start first; closed ones after them. */
    static final Comparator<ProgramSummary> ORDER = Comparator
            .comparing((ProgramSummary p) -> p.status() == ProgramStatus.CLOSED)
            .thenComparing(ProgramSummary::startsOn, Comparator.reverseOrder())
            .thenComparing(ProgramSummary::id);

    private final ProgramService programs;
    private final ProgressService progress;

    ProgramsHomeSection(ProgramService programs, ProgressService progress) {
        this.programs = programs;
        this.progress = progress;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.get().filter(u -> u.hasRole(Role.COORDINATOR)).isEmpty()) {
            return Optional.empty();
        }
        var filter = new ProgramFilter(null, null);
        long total = programs.count(filter);
        var box = new Div();
        box.setId("coordinated-programs");
        box.addClassName("rapport-home-programs");
        box.add(new H3("Your programs"));
        if (total == 0) {
            var empty = new Div(new Paragraph("You coordinate no program yet. An admin names each program's "
                    + "coordinators; once you are one of them, the program shows here."));
            empty.addClassName("rapport-card");
            box.add(empty);
            return Optional.of(box);
        }
        var shown = programs.search(filter, PageRequest.of(0, CONSIDERED)).stream().sorted(ORDER).limit(SHOWN).toList();
        var atRisk = progress.atRiskCounts(shown.stream().map(ProgramSummary::id).toList());
        var cards = new Div();
        cards.addClassName("rapport-cards");
        shown.forEach(p -> cards.add(card(p, atRisk.getOrDefault(p.id(), 0))));
        box.add(cards);
        if (total > shown.size()) {
            box.add(new Anchor("programs", "All " + total + " programs"));
        }
        return Optional.of(box);
    }

    private static Div card(ProgramSummary p, int atRisk) {
        var card = new Div();
        card.addClassNames("rapport-card", "rapport-program-card");
        card.setId("home-program-" + p.id());
        var name = new Anchor("programs/" + p.id(), p.name());
        name.addClassName("rapport-program-card-name");
        var status = new Span(p.status().label());
        status.addClassNames("rapport-badge", "rapport-badge-" + p.status().name().toLowerCase(Locale.ROOT));
        var heading = new H3(name, status);
        var dates = new Paragraph(Days.range(p.startsOn(), p.endsOn()));
        var pairs = new Span(count(p.activePairs(), "active pair") + (p.proposedPairs() == 0 ? ""
                : " · " + count(p.proposedPairs(), "proposal") + " waiting"));
        pairs.addClassName("rapport-program-card-pairs");
        var risk = new Span(atRisk == 0 ? "No pairs at risk" : count(atRisk, "pair") + " at risk");
        risk.addClassNames("rapport-badge", atRisk == 0 ? "rapport-badge-calm" : "rapport-badge-risk");
        risk.setId("home-program-at-risk-" + p.id());
        var figures = new Div(pairs, risk);
        figures.addClassName("rapport-card-meta");
        var dashboard = new Anchor("programs/" + p.id() + "/dashboard", "Open the dashboard");
        var participants = new Anchor("programs/" + p.id() + "/participants", "Participants");
        var links = new Div(dashboard, participants);
        links.addClassName("rapport-card-links");
        card.add(heading, dates, figures, links);
        return card;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
