import java.util.Arrays;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The machine's speed, for figures given as a ratio: the median of 15 bcrypt checks at cost 10
 * (Spring's default, the sign-in's own work), after 5 not counted. Run as a single-file program
 * with spring-security-crypto on the class path; prints milliseconds per check.
 */
public class CpuReference {
    public static void main(String[] args) {
        var hash = BCrypt.hashpw("reference-password", BCrypt.gensalt(10));
        var times = new long[15];
        for (int i = -5; i < times.length; i++) {
            long start = System.nanoTime();
            if (!BCrypt.checkpw("reference-password", hash)) {
                throw new IllegalStateException("bcrypt did not match");
            }
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf("%.1f%n", times[times.length / 2] / 1e6);
    }
}
