package app.rapport.base.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.BrowserlessTestBase;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * An address with something other than an id where a route expects one is a page that is not there:
 * the not-found page, and nothing in the log that would wake an administrator.
 */
class RouteIdsTest extends BrowserlessTestBase {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relationships/abc", "relationships/99999999999999999999", "relationships/-1",
        "relationships/abc/progress", "programs/1e3", "programs/1e3/participants", "programs/abc/pairing",
        "programs/9223372036854775808/matching", "programs/0x1F/feedback", "programs/abc/dashboard",
        "feedback/abc", "feedback/99999999999999999999"})
    void an_address_without_an_id_where_one_belongs_shows_not_found_and_logs_nothing_alarming(String address) {
        signIn("coordinator@rapport.test");

        navigate(address);

        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN) || e.getThrowableProxy() != null)
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void no_view_reads_a_route_id_but_through_route_ids() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
        noClasses().that().doNotHaveFullyQualifiedName(RouteIds.class.getName())
                .should().callMethod(RouteParameters.class, "getLong", String.class)
                .orShould().callMethod(RouteParameters.class, "getInteger", String.class)
                .because("those throw on an address like programs/abc, which must show the not-found page")
                .check(classes);
    }
}
