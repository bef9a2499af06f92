package app.rapport.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The health score explained where coordinators read it, in the words of the formula it shows. */
final class HealthHelpDialog extends Dialog {

    HealthHelpDialog() {
        setHeaderTitle("How the health score is made");
        add(new Paragraph("Each relationship gets a score from 0 to 100 for the last eight weeks (or since it "
                + "started), made of five parts:"));
        add(new UnorderedList(
                new ListItem("Cadence (30): how many of the last eight weeks had a meeting or another interaction, "
                        + "and how recent the last one is against the program's stall threshold."),
                new ListItem("Give and take (20): whether help flows both ways between mentor and mentee."),
                new ListItem("Check-in ratings (25): how both sides rate the relationship, and whether the weaker "
                        + "side's ratings are rising or falling."),
                new ListItem("Goals (15): how far the goals have come, and whether they moved at all."),
                new ListItem("Peer feedback (10): the average rating of the latest round whose results show.")));
        add(new Paragraph("A part with nothing to judge yet counts half. Once a pair has had no interaction for "
                + "longer than the stall threshold, the score is scaled down, to half at three times the threshold. "
                + "From 70 a pair is healthy, from 40 it needs attention, below 40 it is at risk; the reasons "
                + "are listed with it."));
        var close = new Button("Close", e -> close());
        close.setId("health-help-close");
        getFooter().add(close);
        setWidth("min(40rem, 95vw)");
    }
}
