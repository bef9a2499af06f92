package app.rapport.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part another feature adds to everyone's profile page (for example, the person's profile in
 * each program they are enrolled in). Implementations are Spring beans; each call makes a new
 * component for the current user, or none when there is nothing to show.
 */
public interface ProfileSection {

    Optional<Component> create();
}
