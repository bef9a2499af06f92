package app.rapport.base.ui;

import app.rapport.base.DatabaseTrouble;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What people see when something fails after a page has opened (a click, a save, a grid fetch):
 * a calm message, never a stack trace. A database out of reach says so and that nothing saved is
 * lost; anything else gets a reference the administrator can find in the log.
 */
final class AppErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        var failure = event.getThrowable();
        String message;
        if (DatabaseTrouble.isUnreachable(failure)) {
            log.warn("Database out of reach: {}", failure.toString());
            message = DatabaseTrouble.MESSAGE;
        } else {
            var reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Error {} in a page", reference, failure);
            message = "Something went wrong (reference " + reference + "). Try again; if it keeps happening, give "
                    + "your administrator the reference.";
        }
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }
}
