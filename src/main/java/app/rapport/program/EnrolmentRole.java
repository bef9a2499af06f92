package app.rapport.program;

/** How a person takes part in a program. */
public enum EnrolmentRole {
    MENTOR("Mentor"),
    MENTEE("Mentee");

    private final String label;

    EnrolmentRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
