package app.rapport.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rapport.demo} ({@code RAPPORT_DEMO}): {@code true} seeds the demo workspace, {@code false}
 * never does, unset seeds it only on the embedded database. {@code rapport.admin.*}
 * ({@code RAPPORT_ADMIN_EMAIL}, {@code RAPPORT_ADMIN_PASSWORD}) create the first admin.
 */
@ConfigurationProperties("rapport")
public record DemoProperties(Boolean demo, Admin admin) {

    public record Admin(String email, String password) {
    }
}
