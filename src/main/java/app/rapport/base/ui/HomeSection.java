package app.rapport.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part another feature adds to the portal home page (for example, pairings waiting for the
 * person's answer). Implementations are Spring beans; each call makes a new component for the
 * current user, or none when there is nothing to show. Lower {@link #order()} comes first.
 */
public interface HomeSection {

    Optional<Component> create();

    default int order() {
        return 100;
    }
}
