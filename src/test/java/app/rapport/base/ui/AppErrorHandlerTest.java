package app.rapport.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.base.DatabaseTrouble;
import com.vaadin.browserless.ComponentQuery;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a failure after a page opened looks like to people: calm, with no stack trace. */
class AppErrorHandlerTest {

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void done() {
        MockVaadin.tearDown();
    }

    @Test
    void a_database_out_of_reach_says_so_and_that_nothing_saved_is_lost() {
        var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed "
                + "out after 5000ms");
        new AppErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException("Could not open JPA "
                + "EntityManager for transaction", pool)));

        assertThat(notificationTexts()).containsExactly(DatabaseTrouble.MESSAGE);
    }

    @Test
    void any_other_failure_gets_a_reference_and_no_detail() {
        new AppErrorHandler().error(new ErrorEvent(new IllegalStateException("secret detail")));

        assertThat(notificationTexts()).singleElement().satisfies(text -> assertThat(text)
                .startsWith("Something went wrong (reference ").doesNotContain("secret detail"));
    }

    /** The texts of the notifications open in the UI, as people read them. */
    private static List<String> notificationTexts() {
        return new ComponentQuery<>(Notification.class).withCondition(Notification::isOpened).all().stream()
                .map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void only_unreachable_databases_count_as_database_trouble() {
        assertThat(DatabaseTrouble.isUnreachable(new RuntimeException(new SQLTransientConnectionException()))).isTrue();
        assertThat(DatabaseTrouble.isUnreachable(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseTrouble.isUnreachable(new IllegalStateException())).isFalse();
    }
}
