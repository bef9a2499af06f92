package app.rapport.progress;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The full rebuild, run without anyone asking: every night (metrics move with time alone: a quiet
 * pair's gap grows, its health falls) and at start-up when the last rebuild is older than today
 * (a fresh install, or one that was down overnight). The start-up run is in the background.
 */
@Component
class ProgressJobs {

    private static final Logger log = LoggerFactory.getLogger(ProgressJobs.class);

    private final ProgressProjector projector;
    private final ProgressStore store;

    ProgressJobs(ProgressProjector projector, ProgressStore store) {
        this.projector = projector;
        this.store = store;
    }

    @Scheduled(cron = "${rapport.progress.rebuild-cron:0 15 2 * * *}", zone = "UTC")
    void nightly() {
        projector.rebuildAll("SCHEDULE", null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        LocalDate today = projector.today();
        boolean current = store.lastRebuild().map(r -> !r.asOf().isBefore(today)).orElse(false);
        if (!current) {
            new SimpleAsyncTaskExecutor("progress-rebuild-").execute(() -> {
                try {
                    projector.rebuildAll("STARTUP", null);
                } catch (RuntimeException e) {
                    log.error("The start-up rebuild of progress failed; the nightly one will try again", e);
                }
            });
        }
    }
}
