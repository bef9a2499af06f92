package app.rapport.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A request can hold two database connections at once: its own and, right after it commits, the
 * progress projection's (a new transaction while the first is still bound to the thread). With more
 * request threads than half the pool, a burst of saves can leave every connection held by a request
 * that waits for another: the pool starves and people are told the database is out of reach. Under
 * load that is what made 300 sessions collapse; this keeps the sizes from drifting back.
 */
class PoolSizingTest {

    @Test
    void the_pool_has_two_connections_for_every_request_thread() throws IOException {
        var properties = new Properties();
        try (var in = PoolSizingTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        int threads = Integer.parseInt(properties.getProperty("server.tomcat.threads.max"));
        int pool = Integer.parseInt(properties.getProperty("spring.datasource.hikari.maximum-pool-size"));
        assertThat(threads).isPositive();
        assertThat(pool).isGreaterThanOrEqualTo(2 * threads);
    }
}
