package app.rapport.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rapport.admin.*} ({@code RAPPORT_ADMIN_EMAIL}, {@code RAPPORT_ADMIN_PASSWORD}): the first
 * admin, created at start when no enabled admin exists. Whether demo data is seeded is
 * {@link app.rapport.base.DemoMode}'s decision.
 */
@ConfigurationProperties("rapport.admin")
public record FirstAdminProperties(String email, String password) {
}
