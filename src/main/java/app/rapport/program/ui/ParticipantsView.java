package app.rapport.program.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.BackgroundTasks;
import app.rapport.base.ui.Notifications;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentService;
import app.rapport.program.EnrolmentStatus;
import app.rapport.program.ParticipantFilter;
import app.rapport.program.ParticipantImport;
import app.rapport.program.ParticipantInvitations;
import app.rapport.program.ParticipantSummary;
import app.rapport.program.ProgramDetails;
import app.rapport.program.ProgramService;
import app.rapport.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** {@code /programs/{id}/participants}: the people of a program, filtered in a lazy grid; add, import, export. */
@Route("programs/:programId/participants")
@PageTitle("Participants")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR})
public final class ParticipantsView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ProgramService programs;
    private final transient EnrolmentService enrolments;
    private final transient ParticipantImport imports;
    private final transient BackgroundTasks tasks;
    private final transient ParticipantInvitations invitations;
    private final TextField text = new TextField();
    private final Select<EnrolmentRole> role = new Select<>();
    private final TextField tag = new TextField();
    private final ComboBox<String> department = new ComboBox<>();
    private final Grid<ParticipantSummary> grid = new Grid<>(ParticipantSummary.class, false);
    private final Span count = new Span();
    // Mentors holding more open relationships than their capacity, read with each page of the grid.
    private java.util.Set<Long> overCapacity = java.util.Set.of();
    private ProgramDetails program;
    private ParticipantExports exports;
    private ParticipantInvites invites;

    public ParticipantsView(ProgramService programs, EnrolmentService enrolments, ParticipantImport imports,
            ParticipantInvitations invitations, BackgroundTasks tasks) {
        this.tasks = tasks;
        this.invitations = invitations;
        this.programs = programs;
        this.enrolments = enrolments;
        this.imports = imports;
        addClassName("rapport-page");
        setPadding(false);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        program = ProgramHeader.program(event, programs);
        if (program != null) {
            build();
        }
    }

    private void build() {
        removeAll();
        add(new ProgramHeader(program, ProgramHeader.Section.PARTICIPANTS));
        var add = new Button("Add person", VaadinIcon.PLUS.create(), e -> new AddParticipantDialog(enrolments,
                program.id(), this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-participant");
        var importButton = new Button("Import CSV", VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(imports, tasks, program.id(), this::refresh).open());
        importButton.setId("import-csv");
        add.setVisible(!program.readOnly());
        importButton.setVisible(!program.readOnly());
        exports = new ParticipantExports(imports, program.id(), program.name());
        invites = new ParticipantInvites(invitations, tasks, program, this::refresh);
        var actions = new Div(add, importButton, invites.button(), exports.selected(), exports.all());
        actions.addClassName("rapport-toolbar-actions");

        text.setPlaceholder("Search name or email");
        text.setWidth("16rem");
        text.setAriaLabel("Search name or email");
        text.setId("participant-search");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        role.setItems(EnrolmentRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Mentors and mentees");
        role.setItemLabelGenerator(r -> r == null ? "Mentors and mentees" : r.label() + "s");
        role.setAriaLabel("Role");
        role.setId("participant-role");
        role.setWidth("15rem");
        tag.setPlaceholder("Skill or goal");
        tag.setAriaLabel("Skill or goal");
        tag.setId("participant-tag");
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        department.setPlaceholder("Department");
        department.setAriaLabel("Department");
        department.setClearButtonVisible(true);
        department.setItems(enrolments.departments(program.id()));
        department.setId("participant-department");
        text.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        count.setId("participant-count");
        count.addClassName("rapport-count");
        var filters = new HorizontalLayout(text, role, tag, department, count);
        filters.setAlignItems(Alignment.CENTER);
        filters.setWrap(true);
        var bar = new Div(filters, actions);
        bar.addClassName("rapport-toolbar");

        configureGrid();
        add(bar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<ParticipantSummary>of("""
                <div class="rapport-person">
                  <span class="rapport-person-name">${item.name}</span>
                  <span class="rapport-person-email">${item.email}</span>
                  ${item.withdrawn ? html`<span class="rapport-badge rapport-badge-off">Withdrawn</span>` : ''}
                  ${item.over ? html`<span class="rapport-badge rapport-badge-off">Over capacity</span>` : ''}
                </div>""")
                .withProperty("name", ParticipantSummary::name)
                .withProperty("email", ParticipantSummary::email)
                // Only the exception is marked; active is the normal state.
                .withProperty("withdrawn", p -> p.status() == EnrolmentStatus.WITHDRAWN)
                .withProperty("over", p -> overCapacity.contains(p.enrolmentId())))
                .setHeader("Person").setKey("name").setSortProperty("name").setWidth("11rem").setFlexGrow(2);
        grid.addColumn(LitRenderer.<ParticipantSummary>of("""
                <div class="rapport-person">
                  <span>${item.role}</span>
                  ${item.slots ? html`<span class="rapport-person-email">${item.slots}</span>` : ''}
                </div>""")
                .withProperty("role", p -> p.role().label())
                .withProperty("slots", p -> p.capacity() == null ? ""
                        : p.capacity() + (p.capacity() == 1 ? " slot" : " slots")))
                .setHeader("Role").setKey("role").setSortProperty("role").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(p -> p.department() == null ? "" : p.department()).setHeader("Department")
                .setKey("department").setSortProperty("department").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<ParticipantSummary>of("""
                <div class="rapport-badges">
                  ${item.skills.map(s => html`<span class="rapport-badge rapport-badge-tag">${s}</span>`)}
                  ${item.goals.map(g => html`
                      <span class="rapport-badge rapport-badge-tag rapport-badge-goal">${g}</span>`)}
                </div>""")
                .withProperty("skills", ParticipantSummary::skills)
                .withProperty("goals", ParticipantSummary::goals))
                .setHeader("Skills · goals").setKey("tags").setWidth("12rem").setFlexGrow(3);
        grid.addColumn(LitRenderer.<ParticipantSummary>of("""
                <div class="rapport-access">
                  <span class="rapport-badge ${item.tone}" title="${item.detail}">${item.access}</span>
                  <span class="rapport-access-line">${item.until}${item.invite ? html`<vaadin-button
                      theme="tertiary-inline small" aria-label="${item.invite} ${item.name}"
                      @click=${invite}>${item.invite}</vaadin-button>` : ''}</span>
                </div>""")
                .withProperty("access", invites::label)
                .withProperty("until", invites::until)
                .withProperty("name", ParticipantSummary::name)
                .withProperty("invite", p -> invites.invitable(p) ? invites.action(p) : "")
                .withFunction("invite", invites::inviteOne)
                .withProperty("tone", p -> ParticipantInvites.tone(invites.state(p)))
                .withProperty("detail", invites::detail))
                .setHeader("Access").setKey("access").setWidth("9rem").setFlexGrow(0);
        // Nothing between the buttons: a space would set them apart more than the adjacent components were.
        grid.addColumn(LitRenderer.<ParticipantSummary>of("""
                <div>
                  <vaadin-button theme="tertiary small" aria-label="Profile of ${item.name}"
                      @click=${profile}>Profile</vaadin-button>${item.removable ? html`<vaadin-button
                      theme="tertiary small error" aria-label="Remove ${item.name}"
                      @click=${remove}>Remove</vaadin-button>` : ''}
                </div>""")
                .withProperty("name", ParticipantSummary::name)
                .withProperty("removable", this::removable)
                .withFunction("profile", p -> new ProfileEditorDialog(enrolments, p.enrolmentId(), program.readOnly(),
                        true, this::refresh).open())
                // The client may call any function of any row it was sent; only a removable row asks.
                .withFunction("remove", p -> {
                    if (removable(p)) {
                        confirmRemove(p);
                    }
                }))
                .setKey("actions").setWidth("9rem").setFlexGrow(0);
        grid.setEmptyStateText("Nobody matches. Add people one by one, or import a CSV file.");
        grid.setItems(q -> {
            overCapacity = enrolments.overCapacity(program.id());
            return invites.read(enrolments.search(program.id(), filter(), q.getOffset(), q.getLimit(),
                    VaadinSpringDataHelpers.toSpringDataSort(q))).stream();
        }, q -> counted(enrolments.count(program.id(), filter())));
        // Select people for an action on them all (invite, export); a search keeps the selection.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.asMultiSelect().addValueChangeListener(e -> {
            exports.select(e.getValue().stream().map(ParticipantSummary::enrolmentId)
                    .collect(java.util.stream.Collectors.toSet()));
            invites.select(e.getValue());
        });
        grid.setSizeFull();
    }

    private boolean removable(ParticipantSummary p) {
        return !program.readOnly() && p.status() == EnrolmentStatus.ACTIVE;
    }

    private void confirmRemove(ParticipantSummary p) {
        var dialog = new ConfirmDialog();
        dialog.setId("remove-confirm");
        // Names can be long and unbroken: the dialog keeps its width and the text wraps inside it.
        dialog.setWidth("min(32rem, 95vw)");
        var header = new Span("Take " + p.name() + " out of " + program.name() + "?");
        header.addClassName("rapport-confirm-wrap");
        dialog.setHeader(header);
        var text = new Paragraph("Someone without relationships is removed; someone with relationships is withdrawn "
                + "and kept for the program's history. Their account stays.");
        text.addClassName("rapport-confirm-wrap");
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText("Take out");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                try {
                    enrolments.remove(p.enrolmentId(), p.version());
                } catch (RuleViolation inUse) {
                    enrolments.withdraw(p.enrolmentId(), p.version());
                }
                refresh();
            } catch (RuleViolation ex) {
                Notifications.error(ex.getMessage());
            }
        });
        dialog.open();
    }

    /** Shows the count the grid has just fetched, so it costs no statement of its own. */
    private int counted(long n) {
        count.setText(n == 1 ? "1 person" : n + " people");
        return (int) n;
    }

    private ParticipantFilter filter() {
        return new ParticipantFilter(role.getValue(), tag.getValue(), department.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
