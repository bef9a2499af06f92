package app.rapport.mail.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.Times;
import app.rapport.mail.MailService;
import app.rapport.mail.MailStatus;
import app.rapport.mail.MailSummary;
import app.rapport.security.AppRoles;
import app.rapport.security.Emails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * {@code /admin/mail}: every message Rapport wrote, newest first, with what became of it; a click
 * opens it as sent. Without an SMTP server (the embedded demo) this is where mail can be read.
 */
@Route("admin/mail")
@PageTitle("Mail")
@Menu(order = 95, icon = "vaadin:envelope-o", title = "Mail")
@RolesAllowed(AppRoles.ADMIN)
public final class MailView extends VerticalLayout {

    private final transient MailService mail;
    private final Grid<MailSummary> grid = new Grid<>(MailSummary.class, false);

    public MailView(MailService mail) {
        this.mail = mail;
        addClassName("rapport-page");
        setPadding(false);
        var where = new Paragraph(mail.delivers()
                ? "Mail is delivered through the SMTP server set with SPRING_MAIL_HOST; failed attempts are retried."
                : "No SMTP server is set (SPRING_MAIL_HOST), so mail stays here: open a message to read it, links "
                        + "included. Set one to deliver it.");
        where.setId("mail-where");
        where.addClassName("rapport-muted");
        add(where, testBar(), grid());
    }

    private HorizontalLayout testBar() {
        var to = new EmailField();
        to.setPlaceholder("Address for a test message");
        to.setId("mail-test-to");
        to.setMaxLength(Emails.MAX_LENGTH);
        to.setWidth("20rem");
        var send = new Button("Send a test message", e -> {
            try {
                mail.sendTest(to.getValue());
                Notifications.success("Test message queued for " + Emails.normalize(to.getValue()) + ".");
                to.clear();
                grid.getDataProvider().refreshAll();
            } catch (RuleViolation ex) {
                new FieldErrors().on("email", to).show(ex);
            }
        });
        send.setId("mail-test-send");
        var bar = new HorizontalLayout(to, send);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("rapport-toolbar-actions");
        return bar;
    }

    private Grid<MailSummary> grid() {
        grid.setId("mail-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("rapport-clickable-rows");
        grid.addColumn(m -> Times.dateTime(m.createdAt())).setHeader("Written").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailSummary::recipient).setHeader("To").setFlexGrow(2);
        grid.addColumn(MailSummary::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(m -> kind(m)).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(MailView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailSummary::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader("Last error").setFlexGrow(2);
        grid.setItems(query -> mail.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) mail.count());
        grid.setEmptyStateText("No mail yet. Messages appear here as Rapport writes them, for example a "
                + "\"forgot password\" link, or a test message.");
        grid.addItemClickListener(e -> new MailDialog(mail.content(e.getItem().id())).open());
        grid.setHeight("32rem");
        return grid;
    }

    private static String kind(MailSummary m) {
        var name = m.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static Span status(MailSummary m) {
        var label = switch (m.status()) {
            case QUEUED -> m.attempts() == 0 ? "Waiting" : "Retrying";
            case SENT -> "Sent";
            case FAILED -> "Failed";
        };
        var badge = new Span(label);
        badge.getElement().getThemeList().add(m.status() == MailStatus.FAILED ? "badge error"
                : m.status() == MailStatus.SENT ? "badge success" : "badge contrast");
        return badge;
    }
}
