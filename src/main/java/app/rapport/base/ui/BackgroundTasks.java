package app.rapport.base.ui;

import app.rapport.base.RuleViolation;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Long work started from a view, run off the request thread on Spring's application task
 * executor with the signed-in person's security context, while the tab polls for its progress.
 * Every callback runs on the UI's own lock; a refusal of the rules reaches {@code onRefused}, any
 * other failure is logged and reaches {@code onFailed}, and the tab stops polling in every case.
 */
@Component
public class BackgroundTasks {

    private final TaskExecutor executor;

    BackgroundTasks(@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor) {
        this.executor = executor;
    }

    /** The work, reporting its progress from 0 to 1 as it goes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(DoubleConsumer progress) throws Exception;
    }

    /** A task for the current tab; nothing runs until {@link Task#start()}. {@code what} names it in the log. */
    public <T> Task<T> task(String what, Work<T> work) {
        return new Task<>(what, work);
    }

    /** One piece of background work and what the tab does with its outcome. */
    public final class Task<T> {

        private final String what;
        private final Work<T> work;
        private DoubleConsumer onProgress = f -> { };
        private Consumer<T> onDone = r -> { };
        private Consumer<RuleViolation> onRefused = e -> Notifications.error(e.getMessage());
        private Runnable onFailed = () -> { };
        private Runnable always = () -> { };
        private int pollMillis = 250;

        private Task(String what, Work<T> work) {
            this.what = what;
            this.work = work;
        }

        /** Shows progress, a fraction from 0 to 1 (clamped). */
        public Task<T> onProgress(DoubleConsumer show) {
            this.onProgress = show;
            return this;
        }

        public Task<T> onDone(Consumer<T> done) {
            this.onDone = done;
            return this;
        }

        /** What a refusal of the rules shows; by default its message as an error notification. */
        public Task<T> onRefused(Consumer<RuleViolation> refused) {
            this.onRefused = refused;
            return this;
        }

        /** What an unexpected failure shows, after it is logged. */
        public Task<T> onFailed(Runnable failed) {
            this.onFailed = failed;
            return this;
        }

        /** Runs after the outcome, whatever it was: the place to re-enable buttons. */
        public Task<T> always(Runnable then) {
            this.always = then;
            return this;
        }

        /** How often the tab asks for news while the work runs. */
        public Task<T> pollEvery(int millis) {
            this.pollMillis = millis;
            return this;
        }

        /** Starts the work; must be called from the tab's request (a click, an upload). */
        public void start() {
            var ui = UI.getCurrent();
            if (ui == null) {
                throw new IllegalStateException("A background task starts from a browser tab's request");
            }
            ui.setPollInterval(pollMillis);
            DoubleConsumer progress = f -> ui.access(() -> onProgress.accept(Math.max(0, Math.min(1, f))));
            executor.execute(new DelegatingSecurityContextRunnable(() -> {
                try {
                    var result = work.run(progress);
                    ui.access(() -> onDone.accept(result));
                } catch (RuleViolation e) {
                    ui.access(() -> onRefused.accept(e));
                } catch (Exception e) {
                    LoggerFactory.getLogger(BackgroundTasks.class).error("{} failed", what, e);
                    ui.access(onFailed::run);
                } finally {
                    ui.access(() -> {
                        always.run();
                        ui.setPollInterval(-1);
                    });
                }
            }, SecurityContextHolder.getContext()));
        }
    }
}
