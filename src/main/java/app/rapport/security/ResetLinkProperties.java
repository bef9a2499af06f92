package app.rapport.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * "Forgot password" links: how long one works, and how many may be asked for within an hour for
 * one email and from one network address. Set with {@code rapport.security.reset-link.*}.
 */
@ConfigurationProperties("rapport.security.reset-link")
public record ResetLinkProperties(
        @DefaultValue("30m") Duration validFor,
        @DefaultValue("3") int perEmailPerHour,
        @DefaultValue("10") int perAddressPerHour) {
}
