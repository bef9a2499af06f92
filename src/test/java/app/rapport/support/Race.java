package app.rapport.support;

import app.rapport.base.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs calls on their own threads, released at the same moment; each outcome is a result or a rule's message. */
public final class Race {

    private Race() {
    }

    public static List<String> run(List<Callable<String>> calls) throws Exception {
        var pool = Executors.newFixedThreadPool(calls.size());
        var barrier = new CyclicBarrier(calls.size());
        try {
            var futures = new ArrayList<Future<String>>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    try {
                        return call.call();
                    } catch (RuleViolation e) {
                        return e.getMessage();
                    }
                }));
            }
            var outcomes = new ArrayList<String>();
            for (var f : futures) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
