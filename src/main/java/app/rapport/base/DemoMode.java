package app.rapport.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this workspace gets demo data: {@code RAPPORT_DEMO=true/false} decides; unset, only the
 * embedded database gets it, so a real database is never filled with demo people by accident.
 */
@Component
public class DemoMode {

    private final Environment environment;

    DemoMode(Environment environment) {
        this.environment = environment;
    }

    public boolean enabled() {
        var explicit = environment.getProperty("rapport.demo", Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }
}
