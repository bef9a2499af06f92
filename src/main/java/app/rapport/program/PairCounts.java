package app.rapport.program;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the pairing feature, so the program list can show how many relationships each
 * program has without the program feature depending on pairing.
 */
public interface PairCounts {

    /** Open relationships per program id: active and proposed. Programs without any may be absent. */
    Map<Long, Counts> countOpen(Collection<Long> programIds);

    record Counts(long active, long proposed) {
        public static final Counts NONE = new Counts(0, 0);
    }
}
