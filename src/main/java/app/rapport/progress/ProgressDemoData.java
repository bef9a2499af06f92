package app.rapport.progress;

import app.rapport.base.DemoSeeding;
import app.rapport.base.DemoStage;
import app.rapport.base.DemoStep;
import org.springframework.stereotype.Component;

/**
 * After the other seeders wrote months of demo history in the past (where progress does not follow
 * event by event), projects it all once, so the charts and the dashboard show it on first run. A
 * database that was rebuilt before (a restart, a second instance) already holds it.
 */
@Component
class ProgressDemoData implements DemoStep {

    private final ProgressStore store;
    private final ProgressJobs jobs;

    ProgressDemoData(ProgressStore store, ProgressJobs jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.PROGRESS;
    }

    @Override
    public void seed(DemoSeeding.Demo demo) {
        if (store.lastRebuild().isEmpty()) {
            jobs.rebuildOnce("DEMO");
        }
    }
}
