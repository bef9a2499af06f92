package app.rapport.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The top of a view: its heading, a short line on what the view is for, and its actions on the right.
 */
public final class ViewToolbar extends Composite<Div> {

    public ViewToolbar(String heading, String lead, Component... actions) {
        var title = new Div(new H2(heading));
        if (lead != null && !lead.isBlank()) {
            var paragraph = new Paragraph(lead);
            paragraph.addClassName("rapport-lead");
            title.add(paragraph);
        }
        var actionBox = new Div(actions);
        actionBox.addClassName("rapport-toolbar-actions");
        getContent().add(title, actionBox);
        getContent().addClassName("rapport-toolbar");
    }
}
