package app.rapport.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/** The JavaScript calls the server sends in a response, seen without a browser through Karibu. */
public final class SentJavaScript {

    private SentJavaScript() {
    }

    /** Runs one round trip as the browser would ask for it and returns the calls its response carries. */
    public static List<PendingJavaScriptInvocation> inOneRoundTrip() {
        var invocations = new ArrayList<PendingJavaScriptInvocation>();
        Function1<PendingJavaScriptInvocation, Unit> capture = invocation -> {
            invocations.add(invocation);
            return Unit.INSTANCE;
        };
        TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().add(capture);
        try {
            MockVaadin.clientRoundtrip();
        } finally {
            TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().remove(capture);
        }
        return invocations;
    }
}
