package app.rapport.base.ui.chart;

import com.vaadin.flow.component.Component;

/**
 * Runs a send (an {@code executeJs} call) once, just before the next response, for a component
 * that is shown: when it is attached, and again when asked after a change. Several changes in one
 * round trip send once, with the latest state. What is sent this way is not kept in the UI's state
 * on the server, so the send must run again on every attach, which this does.
 */
final class OncePerResponse {

    private final Component owner;
    private final Runnable send;
    private boolean scheduled;

    OncePerResponse(Component owner, Runnable send) {
        this.owner = owner;
        this.send = send;
        owner.addAttachListener(event -> schedule());
        // A send scheduled for a response the component left before is dropped by Vaadin.
        owner.addDetachListener(event -> scheduled = false);
    }

    /** Sends before the next response if the component is attached; otherwise when it is attached. */
    void schedule() {
        if (scheduled) {
            return;
        }
        owner.getUI().ifPresent(ui -> {
            scheduled = true;
            ui.beforeClientResponse(owner, context -> {
                scheduled = false;
                send.run();
            });
        });
    }
}
