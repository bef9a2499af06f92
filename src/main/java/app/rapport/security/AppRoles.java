package app.rapport.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and services. */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String PARTICIPANT = "PARTICIPANT";

    /** For {@code @PreAuthorize} on services. */
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_SIGNED_IN = "isAuthenticated()";
    /** Admins and coordinators: the console. Object-level checks come on top in the service. */
    public static final String IS_STAFF = "hasAnyRole('ADMIN', 'COORDINATOR')";

    private AppRoles() {
    }
}
