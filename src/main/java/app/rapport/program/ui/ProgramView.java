package app.rapport.program.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.program.ProgramSettings;
import app.rapport.program.ProgramStatus;
import app.rapport.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** {@code /programs/{id}}: a program's overview: description, settings, coordinators, status. */
@Route("programs/:programId")
@PageTitle("Program")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR})
public final class ProgramView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ProgramService programs;
    private ProgramDetails program;

    private final transient app.rapport.security.PeopleService directory;

    public ProgramView(ProgramService programs, app.rapport.security.PeopleService directory) {
        this.programs = programs;
        this.directory = directory;
        addClassName("rapport-page");
        setPadding(false);
    }

    static RouteParameters params(long programId) {
        return new RouteParameters("programId", String.valueOf(programId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var program = ProgramHeader.program(event, programs);
        if (program != null) {
            show(program);
        }
    }

    private void show(ProgramDetails details) {
        this.program = details;
        removeAll();
        add(new ProgramHeader(details, ProgramHeader.Section.OVERVIEW));

        var form = new ProgramForm(true);
        var draft = new ProgramDraft();
        draft.setName(details.name());
        draft.setDescription(details.description() == null ? "" : details.description());
        draft.setStartsOn(details.startsOn());
        draft.setEndsOn(details.endsOn());
        draft.setStallThresholdDays(details.stallThresholdDays());
        draft.setAnonymityThreshold(details.anonymityThreshold());
        draft.setCheckinCadenceDays(details.checkinCadenceDays());
        form.setDraft(draft);
        form.setReadOnly(details.readOnly());
        var error = new Paragraph();
        error.addClassName("rapport-form-error");
        error.setVisible(false);
        var save = new Button("Save changes", e -> form.validDraft().ifPresent(d -> {
            try {
                show(programs.update(new ProgramSettings(details.id(), details.version(), d.getName(),
                        d.getDescription(), d.getStartsOn(), d.getEndsOn(), d.getStallThresholdDays(),
                        d.getAnonymityThreshold(), d.getCheckinCadenceDays())));
                Notifications.success("Program saved");
            } catch (RuleViolation ex) {
                if (!form.showFieldError(ex.field(), ex.getMessage())) {
                    error.setText(ex.getMessage());
                    error.setVisible(true);
                }
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-program");
        save.setVisible(!details.readOnly());
        var settings = new Div(new H3("Description and settings"), form, error, save);
        settings.addClassNames("rapport-card", "rapport-wide-card");

        var coordinators = new Paragraph(details.coordinators().stream()
                .map(p -> p.displayName() + " (" + p.email() + ")").collect(Collectors.joining(", ")));
        var status = new Div(new H3("Coordinators"), coordinators);
        if (app.rapport.security.CurrentUser.require().hasRole(app.rapport.security.Role.ADMIN) && !details.readOnly()) {
            var change = new Button("Change coordinators", e -> new CoordinatorsDialog(programs, directory, details,
                    this::show).open());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            change.setId("change-coordinators");
            status.add(change);
        }
        status.add(new H3("Status"), new Paragraph(statusText(details.status())));
        var next = details.status().next();
        if (next != null) {
            var advance = new Button(next == ProgramStatus.ACTIVE ? "Start the program" : "Close the program",
                    e -> confirmAdvance(next));
            advance.addThemeVariants(next == ProgramStatus.CLOSED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            advance.setId("advance-program");
            status.add(advance);
        }
        status.addClassNames("rapport-card");
        var cards = new Div(settings, status);
        cards.addClassName("rapport-overview");
        add(cards);
    }

    private static String statusText(ProgramStatus status) {
        return switch (status) {
            case DRAFT -> "Draft: set it up and enrol people. Start it when the pairs may begin.";
            case ACTIVE -> "Active since it was started. Close it when the program ends; it then becomes read-only.";
            case CLOSED -> "Closed: everything stays readable, nothing can change.";
        };
    }

    private void confirmAdvance(ProgramStatus next) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(next == ProgramStatus.ACTIVE ? "Start " + program.name() + "?" : "Close " + program.name() + "?");
        dialog.setText(next == ProgramStatus.ACTIVE ? "Participants can then work in their relationships."
                : "A closed program is read-only for everyone, for good. Its history stays.");
        dialog.setCancelable(true);
        dialog.setConfirmText(next == ProgramStatus.ACTIVE ? "Start" : "Close program");
        if (next == ProgramStatus.CLOSED) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> {
            try {
                show(programs.advance(program.id(), program.version()));
                Notifications.success(next == ProgramStatus.ACTIVE ? "The program is active" : "The program is closed");
            } catch (RuleViolation ex) {
                Notifications.error(ex.getMessage());
            }
        });
        dialog.open();
    }

}
