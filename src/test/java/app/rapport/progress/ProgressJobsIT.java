package app.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.Race;
import app.rapport.support.RapportSpringTest;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduled rebuild runs once across the cluster: two app instances (here, two threads going
 * through the same lock row in the shared database) firing the nightly job together rebuild once,
 * and the start-up rebuild stands aside while the nightly one holds the lock.
 */
@RapportSpringTest
class ProgressJobsIT {

    @Autowired ProgressJobs jobs;
    @Autowired JdbcTemplate jdbc;

    /** As its holder's lockAtLeastFor running out would (the row stays: ShedLock remembers it exists). */
    @AfterEach
    void releaseTheLock() {
        jdbc.update("update shedlock set lock_until = locked_at where name = ?", ProgressJobs.LOCK);
    }

    private int rebuilds(String trigger) {
        return jdbc.queryForObject("select count(*) from progress_rebuild where trigger_kind = ?", Integer.class,
                trigger);
    }

    @Test
    void two_instances_firing_the_nightly_job_together_rebuild_once() throws Exception {
        releaseTheLock();
        int before = rebuilds("SCHEDULE");
        Callable<String> nightly = () -> {
            jobs.nightly();
            return "fired";
        };

        assertThat(Race.run(List.of(nightly, nightly))).containsExactly("fired", "fired");

        assertThat(rebuilds("SCHEDULE")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                ProgressJobs.LOCK)).isEqualTo(1);
    }

    @Test
    void the_start_up_rebuild_stands_aside_while_the_nightly_one_holds_the_lock() {
        releaseTheLock();
        jobs.nightly();
        int before = rebuilds("STARTUP");

        jobs.rebuildOnce("STARTUP");

        assertThat(rebuilds("STARTUP")).isEqualTo(before);
        releaseTheLock();
        jobs.rebuildOnce("STARTUP");
        assertThat(rebuilds("STARTUP")).isEqualTo(before + 1);
    }
}
