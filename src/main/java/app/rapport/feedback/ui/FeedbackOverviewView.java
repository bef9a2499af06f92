package app.rapport.feedback.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.feedback.FeedbackOversightService;
import app.rapport.feedback.FeedbackSettings;
import app.rapport.feedback.ProgramRound;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.program.ui.ProgramHeader;
import app.rapport.security.AppRoles;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * {@code /programs/{id}/feedback}: the program's feedback rounds for its coordinators: response
 * rates and, once enough peers answered, the aggregates; who said what only when the program's
 * setting allows it. Every look at results is logged.
 */
@Route("programs/:programId/feedback")
@PageTitle("Peer feedback")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR})
public final class FeedbackOverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ProgramService programs;
    private final transient FeedbackOversightService feedback;
    private ProgramDetails program;
    private FeedbackSettings settings;
    private final Grid<ProgramRound> grid = new Grid<>(ProgramRound.class, false);

    public FeedbackOverviewView(ProgramService programs, FeedbackOversightService feedback) {
        this.programs = programs;
        this.feedback = feedback;
        addClassName("rapport-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        program = ProgramHeader.program(event, programs);
        if (program == null) {
            return;
        }
        removeAll();
        add(new ProgramHeader(program, ProgramHeader.Section.FEEDBACK));
        settings = feedback.settings(program.id());
        var identity = new Checkbox("Coordinators see who said what", settings.coordinatorsSeeIdentity());
        identity.setId("feedback-identity");
        identity.setHelperText("Off by default: peers answer more honestly when only the pair's averages are seen. "
                + "Applies to rounds asked from now on; peers who answered earlier keep the promise they answered "
                + "under.");
        identity.setReadOnly(program.readOnly());
        identity.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                settings = feedback.updateSettings(new FeedbackSettings(program.id(), e.getValue(), settings.version()));
                Notifications.success(e.getValue() ? "Coordinators will see who said what in rounds asked from now "
                        + "on." : "Answers to rounds asked from now on are anonymous to coordinators.");
                refresh();
            } catch (RuleViolation ex) {
                Notifications.error(ex.getMessage());
                identity.setValue(settings.coordinatorsSeeIdentity());
            }
        });
        configureGrid();
        var lead = new Paragraph("Each round: how many peers were asked and answered, and what they saw once the "
                + "round's anonymity threshold is reached (" + program.anonymityThreshold() + " answers for rounds "
                + "asked now; each round keeps the threshold it was asked with).");
        lead.addClassName("rapport-lead");
        add(new Div(identity), lead, grid);
        refresh();
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setId("feedback-rounds");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.menteeName() + " & " + r.mentorName()).setHeader("Pair").setFlexGrow(2);
        grid.addColumn(r -> Dates.day(r.requestedAt())).setHeader("Asked").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> Dates.day(r.dueOn())).setHeader("Due").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> r.answered() + " of " + r.asked() + (r.declined() > 0 ? " (" + r.declined()
                + " declined)" : "")).setHeader("Answered").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(FeedbackOverviewView::aggregate).setHeader("What peers saw").setFlexGrow(3);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setEmptyStateText("No feedback has been asked for in this program yet.");
        grid.setAllRowsVisible(true);
    }

    private void refresh() {
        grid.setItems(feedback.programRounds(program.id()));
    }

    private static String aggregate(ProgramRound r) {
        if (r.results() == null) {
            return "Hidden until " + r.threshold() + " peers answer";
        }
        var x = r.results();
        return String.format(Locale.UK, "rapport %s · give and take %s · communication %s", avg(x.rapport()),
                avg(x.giveAndTake()), avg(x.communication()));
    }

    private static String avg(Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.1f", value);
    }

    private Div details(ProgramRound r) {
        var box = new Div();
        if (r.results() == null) {
            box.add(new Paragraph("The advice stays hidden until " + r.threshold() + " peers have answered."));
            return box;
        }
        r.results().advice().forEach(a -> box.add(new Paragraph("“" + a.text() + "”"
                + (a.signedBy() == null ? "" : " — " + a.signedBy()))));
        if (!r.answeredBy().isEmpty()) {
            box.add(new Paragraph("Answered by: " + String.join(", ", r.answeredBy())));
        }
        return box;
    }
}
