package app.rapport.feedback;

/** What a peer rates, each from 1 to 5 or "could not observe". */
public enum Dimension {
    RAPPORT("Observed rapport"), GIVE_AND_TAKE("Give and take"), COMMUNICATION("Communication");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
