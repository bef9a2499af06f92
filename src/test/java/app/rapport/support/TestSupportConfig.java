package app.rapport.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The test context: a movable clock, a statement counter, and a database emptied and migrated afresh at start. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** Counts every SQL statement per thread (see {@link SqlCounter}). */
    @Bean
    static SqlCounter sqlCounter() {
        return new SqlCounter();
    }

    /** The reset links the app makes, as their mails would carry them. */
    @Bean
    IssuedResetLinks issuedResetLinks() {
        return new IssuedResetLinks();
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
