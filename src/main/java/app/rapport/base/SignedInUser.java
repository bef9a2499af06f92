package app.rapport.base;

import java.util.Set;

/**
 * The signed-in person as the layout and the home page need them. The security feature's
 * principal implements it, so {@code base} never depends on a feature.
 */
public interface SignedInUser {

    long accountId();

    String email();

    String displayName();

    /** Role names without the {@code ROLE_} prefix, for example {@code ADMIN}. */
    Set<String> roleNames();

    default boolean hasRole(String role) {
        return roleNames().contains(role);
    }
}
