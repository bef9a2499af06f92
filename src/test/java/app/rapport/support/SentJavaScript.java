package app.rapport.support;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;

/**
 * The JavaScript calls the server sends in a response, seen without a browser. Browserless tests
 * send no responses, so calls pile up in the UI from its creation on; a response here takes them
 * all, as the browser would have received them.
 */
public final class SentJavaScript {

    private SentJavaScript() {
    }

    /** Runs one round trip as the browser would ask for it and returns the calls its response carries. */
    public static List<PendingJavaScriptInvocation> inOneRoundTrip() {
        MockVaadin.clientRoundtrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    /** Counts everything queued so far as sent, as the first response of a page sends it. */
    public static void sendPending() {
        inOneRoundTrip();
    }
}
