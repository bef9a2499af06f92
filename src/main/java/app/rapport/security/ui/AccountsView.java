package app.rapport.security.ui;

import app.rapport.base.ui.Times;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.OneTimePasswordDialog;
import app.rapport.base.ui.ViewToolbar;
import app.rapport.security.AccountFilter;
import app.rapport.security.AccountService;
import app.rapport.security.AccountSummary;
import app.rapport.security.AppRoles;
import app.rapport.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import java.util.Locale;

/**
 * {@code /admin/accounts}: every account, searched and filtered in a lazy grid; create, edit
 * roles, disable, reset passwords.
 */
@Route("admin/accounts")
@PageTitle("Accounts")
@Menu(order = 90, icon = "vaadin:user-card", title = "Accounts")
@RolesAllowed(AppRoles.ADMIN)
public final class AccountsView extends VerticalLayout {


    private final transient AccountService accounts;
    private final TextField search = new TextField();
    private final Select<Role> roleFilter = new Select<>();
    private final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("rapport-page");
        setPadding(false);
        setSizeFull();

        var create = new Button("New account", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");
        add(new ViewToolbar("Accounts", "Everyone who can sign in to this workspace, and what they may do.", create));

        search.setPlaceholder("Search name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search name or email");
        search.setId("account-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        roleFilter.setPlaceholder("All roles");
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption("All roles");
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(r -> r == null ? "All roles" : r.label());
        roleFilter.setAriaLabel("Role");
        roleFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(search, roleFilter);
        filters.setWrap(true);
        filters.addClassName("rapport-filters");

        configureGrid();
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setKey("displayName")
                .setSortable(true).setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(AccountSummary::email).setHeader("Email").setKey("email")
                .setSortable(true).setSortProperty("email").setFlexGrow(3);
        grid.addColumn(LitRenderer.<AccountSummary>of("""
                <div class="rapport-badges">
                  ${item.roles.map(r => html`<span class="rapport-badge ${r.className}">${r.label}</span>`)}
                </div>""")
                .withProperty("roles", a -> a.roles().stream().sorted().map(Badge::of).toList()))
                .setHeader("Roles").setKey("roles").setFlexGrow(2);
        grid.addColumn(LitRenderer.<AccountSummary>of("""
                <span class="rapport-badge ${item.statusClass}">${item.status}</span>""")
                .withProperty("status", a -> a.enabled() ? "Active" : "Disabled")
                .withProperty("statusClass", a -> a.enabled() ? "rapport-badge-ok" : "rapport-badge-off"))
                .setHeader("Status").setKey("status").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(a -> Times.date(a.createdAt())).setHeader("Created").setKey("createdAt")
                .setSortable(true).setSortProperty("createdAt").setFlexGrow(0).setWidth("9rem");
        grid.addColumn(LitRenderer.<AccountSummary>of("""
                <vaadin-button theme="tertiary small" aria-label="Edit ${item.name}"
                    @click=${edit}>Edit</vaadin-button>""")
                .withProperty("name", AccountSummary::displayName)
                .withFunction("edit", this::openEdit))
                .setHeader("").setKey("actions").setFlexGrow(0).setWidth("6rem").setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText("No account matches this search.");
        grid.setItems(query -> accounts.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.count(filter()));
        grid.setSizeFull();
    }

    private AccountFilter filter() {
        return new AccountFilter(search.getValue(), roleFilter.getValue());
    }

    private void openCreate() {
        new AccountCreateDialog(accounts, created -> {
            grid.getDataProvider().refreshAll();
            Notifications.success("Account created for " + created.account().displayName()
                    + (created.invited() ? "; an invitation is on its way to " + created.account().email() : ""));
            if (created.generatedPassword() != null) {
                new OneTimePasswordDialog(created.account().email(), created.generatedPassword()).open();
            }
        }).open();
    }

    private void openEdit(AccountSummary account) {
        new AccountEditDialog(accounts, account, () -> grid.getDataProvider().refreshAll()).open();
    }

    /**
     * A role as the grid's template draws it; sent as data, so the label is text, never markup.
     * Public only because Vaadin serializes it to JSON by reflection.
     */
    public record Badge(String label, String className) {
        static Badge of(Role role) {
            return new Badge(role.label(), "rapport-badge-" + role.name().toLowerCase(Locale.ROOT));
        }
    }
}
