package app.rapport.security;

/** What an account may do in the workspace. One account may hold several roles. */
public enum Role {
    ADMIN("Admin"),
    COORDINATOR("Coordinator"),
    PARTICIPANT("Participant");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, as {@code @RolesAllowed} and {@code hasRole} expect it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
