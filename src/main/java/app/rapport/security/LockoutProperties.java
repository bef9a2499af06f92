package app.rapport.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force protection: {@code maxFailures} failed sign-ins for one email within {@code window}
 * lock it for {@code duration}. Set with {@code rapport.security.lockout.*}.
 */
@ConfigurationProperties("rapport.security.lockout")
public record LockoutProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration duration) {
}
