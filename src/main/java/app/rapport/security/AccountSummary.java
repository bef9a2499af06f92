package app.rapport.security;

import java.time.Instant;
import java.util.Set;

/** An account as lists and forms show it; {@code version} guards against stale edits. */
public record AccountSummary(long id, String email, String displayName, Set<Role> roles, boolean enabled,
        Instant createdAt, long version) {

    /** Shared by the column and the name fields. */
    public static final int DISPLAY_NAME_MAX = 100;
}
