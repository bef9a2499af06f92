package app.rapport.base;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the demo workspace at start-up, first of all start-up work, when {@link DemoMode} says
 * so: every feature's {@link DemoStep} in stage order, each acting as its people through
 * {@link ActingAs}, with the security context cleared after each, so nothing a step did as someone
 * leaks into the next or into the app.
 */
@Component
@Order(DemoSeeding.ORDER)
public class DemoSeeding implements ApplicationRunner {

    /** Start-up work that must see the demo workspace orders itself after this. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final DemoMode demoMode;
    private final List<DemoStep> steps;
    private final ObjectProvider<DemoPrograms> programs;
    private final ActingAs acting;

    DemoSeeding(DemoMode demoMode, List<DemoStep> steps, ObjectProvider<DemoPrograms> programs, ActingAs acting) {
        this.demoMode = demoMode;
        this.steps = steps.stream().sorted(Comparator.comparing(DemoStep::stage)).toList();
        this.programs = programs;
        this.acting = acting;
    }

    /** What a step is given: the demo program once made, and the way to act as one of its people. */
    public record Demo(Optional<Long> programId, ActingAs acting) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        for (var step : steps) {
            var program = programs.stream().findFirst().flatMap(DemoPrograms::demoProgramId);
            try {
                step.seed(new Demo(program, acting));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        log.debug("Demo workspace checked: {} steps", steps.size());
    }
}
