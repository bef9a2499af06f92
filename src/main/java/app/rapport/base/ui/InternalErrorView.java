package app.rapport.base.ui;

import app.rapport.base.DatabaseTrouble;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure while opening a page: a calm message with a reference the administrator
 * can find in the log, never a stack trace.
 */
@PageTitle("Something went wrong")
@AnonymousAllowed
public final class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    private final H2 title = new H2("Something went wrong");
    private final Paragraph explanation = new Paragraph("Nothing you did caused this. Try again in a moment; if it "
            + "keeps happening, give your administrator the reference below.");
    private final Paragraph reference = new Paragraph();

    public InternalErrorView() {
        addClassName("rapport-error");
        add(title, explanation, reference, new Anchor("", "Go to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseTrouble.isUnreachable(parameter.getException())) {
            log.warn("Database out of reach while opening {}: {}", event.getLocation().getPath(),
                    parameter.getException().toString());
            title.setText("Rapport cannot reach its database");
            explanation.setText(DatabaseTrouble.MESSAGE);
            reference.setVisible(false);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        var ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening {}", ref, event.getLocation().getPath(), parameter.getException());
        reference.setText("Reference: " + ref);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
