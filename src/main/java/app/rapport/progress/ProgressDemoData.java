package app.rapport.progress;

import app.rapport.base.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the other seeders wrote months of demo history in the past (where progress does not follow
 * event by event), projects it all once, so the charts and the dashboard show it on first run.
 */
@Component
@Order(50)
class ProgressDemoData implements ApplicationRunner {

    private final DemoMode demoMode;
    private final ProgressProjector projector;

    ProgressDemoData(DemoMode demoMode, ProgressProjector projector) {
        this.demoMode = demoMode;
        this.projector = projector;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            projector.rebuildAll("DEMO", null);
        }
    }
}
