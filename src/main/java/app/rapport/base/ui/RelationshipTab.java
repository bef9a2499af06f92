package app.rapport.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature adds to a relationship's workspace (for example, peer feedback), so that
 * the workspace needs to know nothing of that feature. Implementations are Spring beans. The
 * workspace places them among its own tabs by {@link #order()} (its own stand at 10 kick-off,
 * 20 goals, 30 interactions, 40 check-ins and 60 timeline), gives each the id {@code tab-} and
 * its label in lower case with a dash for anything but letters, and calls {@link #create} each
 * time the tab is shown, once it checked that the caller may open the workspace; the tab's own
 * services check again. Content with typed work not saved implements {@link HasUnsavedChanges}.
 */
public interface RelationshipTab {

    String label();

    int order();

    /** A new component for the current user on the relationship's workspace. */
    Component create(long relationshipId);
}
