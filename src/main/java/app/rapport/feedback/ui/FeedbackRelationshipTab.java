package app.rapport.feedback.ui;

import app.rapport.base.ui.RelationshipTab;
import app.rapport.feedback.FeedbackRoundService;
import com.vaadin.flow.component.Component;

/** Peer feedback's tab in the relationship workspace, between check-ins and the timeline. */
@org.springframework.stereotype.Component
class FeedbackRelationshipTab implements RelationshipTab {

    private final FeedbackRoundService feedback;

    FeedbackRelationshipTab(FeedbackRoundService feedback) {
        this.feedback = feedback;
    }

    @Override
    public String label() {
        return "Peer feedback";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(long relationshipId) {
        return new FeedbackTab(feedback, relationshipId);
    }
}
