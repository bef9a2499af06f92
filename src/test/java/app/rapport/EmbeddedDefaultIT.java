package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a newcomer gets from {@code ./mvnw spring-boot:run}: the app boots on the embedded H2
 * default (same URL options, in memory instead of ./data), applies every migration, seeds the
 * demo workspace and reports itself healthy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class EmbeddedDefaultIT {

    /**
     * This test starts a second application context, and Vaadin's security set-up replaces the
     * JVM-wide security context strategy for it; the suite's shared context keeps using the one it
     * started with, so that one is put back afterwards.
     */
    private static SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    static void keepTheSharedSecurityStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreTheSharedSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) throws IOException {
        var defaults = new Properties();
        try (var in = new ClassPathResource("application.properties").getInputStream()) {
            defaults.load(in);
        }
        var url = defaults.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/rapport;MODE=MariaDB");
        registry.add("spring.datasource.url", () -> url.replace("file:./data/rapport", "mem:embedded-smoke"));
    }

    @Autowired Flyway flyway;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;

    @Test
    void the_app_boots_on_h2_with_all_migrations_and_the_demo_workspace() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(m -> assertThat(m.getState().isFailed())
                .isFalse());
        assertThat(jdbc.queryForList("select email from account order by email", String.class))
                .contains("admin@rapport.test", "coordinator@rapport.test", "mentor@rapport.test",
                        "mentee@rapport.test", "peer@rapport.test");
    }

    @Test
    void the_demo_looks_lived_in_with_most_interactions_confirmed_by_the_partner() {
        var total = jdbc.queryForObject("select count(*) from interaction", Integer.class);
        var confirmed = jdbc.queryForObject("select count(*) from interaction where confirmed_at is not null",
                Integer.class);
        assertThat(total).isGreaterThan(100);
        assertThat(100 * confirmed / total).as("per cent confirmed").isBetween(70, 95);
    }

    @Test
    void the_first_page_carries_none_of_vaadins_development_tools() {
        var login = http.getForEntity("/login", String.class).getBody();
        assertThat(login).contains("window.Vaadin").doesNotContain("devToolsConf").doesNotContain("vaadin-dev-tools");
    }

    @Test
    void the_login_page_and_the_health_probes_answer_and_the_rest_is_closed() {
        assertThat(http.getForEntity("/login", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        var liveness = http.getForEntity("/actuator/health/liveness", String.class);
        assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(liveness.getBody()).contains("\"UP\"");
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/styles/app.css", String.class).getBody()).contains("--lumo-primary-color");
        // Not exposed, and anything else is behind the sign-in (the client follows the redirect to it).
        for (var closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/health/db"}) {
            var response = http.getForEntity(closed, String.class);
            assertThat(response.getBody()).doesNotContain("propertySources", "\"beans\"", "\"database\"");
        }
    }
}
