package app.rapport.progress;

import java.time.Duration;
import java.time.LocalDate;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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
 * (a fresh install, or one that was down overnight). The start-up run is in the background. Both
 * hold the same cluster-wide lock, so with several app instances only one of them rebuilds.
 */
@Component
class ProgressJobs {

    private static final Logger log = LoggerFactory.getLogger(ProgressJobs.class);

    static final String LOCK = "progress-rebuild";

    private final ProgressProjector projector;
    private final ProgressStore store;
    private final LockingTaskExecutor locks;

    ProgressJobs(ProgressProjector projector, ProgressStore store, LockingTaskExecutor locks) {
        this.projector = projector;
        this.store = store;
        this.locks = locks;
    }

    /** Held at least a minute, so an instance whose clock runs a little behind does not run it again. */
    @Scheduled(cron = "${rapport.progress.rebuild-cron:0 15 2 * * *}", zone = "UTC")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void nightly() {
        projector.rebuildAll("SCHEDULE", null);
    }

    /** The start-up rebuild under the nightly job's lock: skipped when another instance holds it. */
    void rebuildOnce(String trigger) {
        locks.executeWithLock((Runnable) () -> projector.rebuildAll(trigger, null),
                new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofMinutes(30), Duration.ofMinutes(1)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        LocalDate today = projector.today();
        boolean current = store.lastRebuild().map(r -> !r.asOf().isBefore(today)).orElse(false);
        if (!current) {
            new SimpleAsyncTaskExecutor("progress-rebuild-").execute(() -> {
                try {
                    rebuildOnce("STARTUP");
                } catch (RuntimeException e) {
                    log.error("The start-up rebuild of progress failed; the nightly one will try again", e);
                }
            });
        }
    }
}
