package app.rapport.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a dialog itself out of the Tab order. Vaadin makes an open dialog focusable with
 * {@code tabindex="0"} so that it can take the focus when it opens; but then Tab also stops on the
 * dialog (its title and text) between the last button and the first field. {@code -1} keeps the
 * first, drops the second: Tab moves only between what can be used.
 */
@Component
class DialogTabStops implements VaadinServiceInitListener {

    static final String SCRIPT = """
            const dialogs = ['vaadin-dialog', 'vaadin-confirm-dialog', 'vaadin-dialog-overlay',
                'vaadin-confirm-dialog-overlay'];
            const untab = e => { if (dialogs.includes(e.localName) && e.getAttribute('tabindex') === '0') {
                e.setAttribute('tabindex', '-1'); } };
            new MutationObserver(changes => changes.forEach(c => untab(c.target)))
                .observe(document.body, { attributes: true, attributeFilter: ['tabindex'], subtree: true });
            document.body.querySelectorAll(dialogs.join(',')).forEach(untab);""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(SCRIPT));
    }
}
