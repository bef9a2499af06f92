package app.rapport.program.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.ViewToolbar;
import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.program.ProgramStatus;
import app.rapport.program.ProgramSummary;
import app.rapport.security.PeopleService;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import app.rapport.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** {@code /programs}: the programs a coordinator runs (all of them for an admin). */
@Route("programs")
@PageTitle("Programs")
@Menu(order = 10, icon = "vaadin:sitemap", title = "Programs")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR})
public final class ProgramsView extends VerticalLayout {

    private final transient ProgramService programs;
    private final TextField search = new TextField();
    private final Select<ProgramStatus> status = new Select<>();
    private final Grid<ProgramSummary> grid = new Grid<>(ProgramSummary.class, false);

    public ProgramsView(ProgramService programs, PeopleService people) {
        this.programs = programs;
        addClassName("rapport-page");
        setPadding(false);
        setSizeFull();

        var isAdmin = CurrentUser.require().hasRole(Role.ADMIN);
        var create = new Button("New program", VaadinIcon.PLUS.create(),
                e -> new ProgramCreateDialog(programs, people, created -> grid.getUI()
                        .ifPresent(ui -> ui.navigate(ProgramView.class, ProgramView.params(created.id())))).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-program");
        create.setVisible(isAdmin);
        add(new ViewToolbar("Programs", isAdmin ? "Every mentoring program in this workspace."
                : "The mentoring programs you coordinate.", create));

        search.setPlaceholder("Search programs");
        search.setAriaLabel("Search programs");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setItems(ProgramStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setAriaLabel("Status");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(search, status);
        filters.setWrap(true);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProgramSummary::name).setHeader("Program").setKey("name").setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(LitRenderer.<ProgramSummary>of("""
                <span class="rapport-badge ${item.statusClass}">${item.status}</span>""")
                .withProperty("status", p -> p.status().label())
                .withProperty("statusClass", p -> Badges.statusClass(p.status())))
                .setHeader("Status").setKey("status").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(p -> Days.range(p.startsOn(), p.endsOn())).setHeader("Dates").setKey("startsOn")
                .setSortProperty("startsOn").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgramSummary::mentors).setHeader("Mentors").setKey("mentors").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ProgramSummary::mentees).setHeader("Mentees").setKey("mentees").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(p -> p.proposedPairs() == 0 ? String.valueOf(p.activePairs())
                        : p.activePairs() + " (+" + p.proposedPairs() + " proposed)")
                .setHeader("Relationships").setKey("relationships").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<ProgramSummary>of("""
                <vaadin-button theme="tertiary small" aria-label="Open ${item.name}"
                    @click=${open}>Open</vaadin-button>""")
                .withProperty("name", ProgramSummary::name)
                .withFunction("open", this::open))
                .setKey("open").setWidth("6rem").setFlexGrow(0);
        // A click anywhere on a row opens it, as in any list of things; the button is there for the keyboard.
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("rapport-clickable-rows");
        grid.setEmptyStateText(isAdmin ? "No programs yet. Create the first one with New program."
                : "You do not coordinate a program yet. An administrator names a program's coordinators.");
        grid.setItems(q -> programs.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) programs.count(filter()));
        grid.setSizeFull();
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private ProgramFilter filter() {
        return new ProgramFilter(search.getValue(), status.getValue());
    }

    private void open(ProgramSummary p) {
        getUI().ifPresent(ui -> ui.navigate(ProgramView.class, ProgramView.params(p.id())));
    }
}
