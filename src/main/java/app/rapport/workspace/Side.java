package app.rapport.workspace;

/** Which side of a relationship someone is on. */
public enum Side {
    MENTOR("Mentor"), MENTEE("Mentee");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Side other() {
        return this == MENTOR ? MENTEE : MENTOR;
    }
}
