import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from a Java Flight Recorder file of the app under load: run as
 * {@code java scripts/JfrTop.java target/load/app.jfr [lines]} (a single-file program, nothing to
 * build). Reads the execution samples and prints the share of samples by the library that was
 * running (the top frame's package), the hottest methods (self time), and the Rapport methods with
 * everything they called (inclusive time), which is what a profiler's flame graph shows.
 */
public class JfrTop {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java scripts/JfrTop.java <recording.jfr> [lines]");
            System.exit(2);
        }
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> library = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (var event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            var frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            var top = frames.get(0);
            self.merge(name(top), 1, Integer::sum);
            library.merge(library(top), 1, Integer::sum);
            var seen = new HashSet<String>();
            for (var frame : frames) {
                var method = name(frame);
                if (method.startsWith("app.rapport.") && seen.add(method)) {
                    ours.merge(method, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples%n", samples);
        print("Running code by library (top frame)", library, samples, lines);
        print("Hottest methods (self)", self, samples, lines);
        print("Rapport methods with what they call (inclusive)", ours, samples, lines);
    }

    private static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    /** The first three parts of the package (org.hibernate.orm, com.vaadin.flow), or the JDK's module-ish prefix. */
    private static String library(RecordedFrame frame) {
        var type = frame.getMethod().getType().getName();
        var parts = type.split("\\.");
        int keep = Math.min(parts.length - 1, type.startsWith("java.") || type.startsWith("jdk.") ? 2 : 3);
        return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, keep)));
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int lines) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(lines)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
