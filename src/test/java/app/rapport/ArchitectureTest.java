package app.rapport;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features stay apart: a feature uses another only through its root package (never its
 * {@code domain} or {@code ui}), and no two features depend on each other in a cycle.
 */
class ArchitectureTest {

    @Test
    void feature_packages_only_meet_through_their_public_face() {
        ApplicationModules.of(Application.class).verify();
    }
}
