package app.rapport.mail.ui;

import app.rapport.base.ui.Times;
import app.rapport.mail.MailContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * One message as it was sent: its HTML part in a sandboxed frame (no scripts; links open in a new
 * tab) and its text part.
 */
final class MailDialog extends Dialog {

    MailDialog(MailContent content) {
        var m = content.summary();
        setHeaderTitle(m.subject());
        setWidth("min(52rem, 95vw)");
        var facts = new Paragraph("To " + m.recipient() + " · written " + Times.dateTime(m.createdAt())
                + (m.sentAt() == null ? "" : " · sent " + Times.dateTime(m.sentAt())) + " · ");
        facts.add(MailView.status(m));
        facts.setId("mail-facts");
        var frame = new IFrame();
        frame.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_POPUPS_TO_ESCAPE_SANDBOX);
        frame.getElement().setAttribute("srcdoc", "<base target=\"_blank\">" + content.html());
        frame.getElement().setAttribute("title", "The message as HTML");
        frame.setId("mail-html");
        frame.setWidthFull();
        frame.setHeight("24rem");
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius",
                "var(--lumo-border-radius-m)").set("background", "#fff");
        var text = new Pre(content.text());
        text.setId("mail-text");
        text.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)");
        var tabs = new TabSheet();
        tabs.add("As HTML", frame);
        tabs.add("As text", text);
        tabs.setWidthFull();
        var body = new Div(facts, tabs);
        if (m.lastError() != null) {
            var error = new Paragraph("Last error: " + m.lastError());
            error.addClassName("rapport-form-error");
            body.addComponentAtIndex(1, error);
        }
        add(body);
        var close = new Button("Close", e -> close());
        close.setId("mail-close");
        getFooter().add(close);
    }
}
