package app.rapport.progress;

import app.rapport.base.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the other seeders wrote months of demo history in the past (where progress does not follow
 * event by event), projects it all once, so the charts and the dashboard show it on first run. A
 * database that was rebuilt before (a restart, a second instance) already holds it.
 */
@Component
@Order(50)
class ProgressDemoData implements ApplicationRunner {

    private final DemoMode demoMode;
    private final ProgressStore store;
    private final ProgressJobs jobs;

    ProgressDemoData(DemoMode demoMode, ProgressStore store, ProgressJobs jobs) {
        this.demoMode = demoMode;
        this.store = store;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled() && store.lastRebuild().isEmpty()) {
            jobs.rebuildOnce("DEMO");
        }
    }
}
