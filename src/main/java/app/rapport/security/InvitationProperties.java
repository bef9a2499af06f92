package app.rapport.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Invitations: how long a link works, how long after an unused invitation the one reminder goes
 * out, and how many reminders one run sends at most. Set with {@code rapport.invitations.*}.
 */
@ConfigurationProperties("rapport.invitations")
public record InvitationProperties(
        @DefaultValue("7d") Duration validFor,
        @DefaultValue("3d") Duration remindAfter,
        @DefaultValue("500") int remindersPerRun) {
}
