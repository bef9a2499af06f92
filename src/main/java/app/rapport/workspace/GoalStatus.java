package app.rapport.workspace;

/** Where a goal stands: open while the pair works on it, completed once they say it is reached. */
public enum GoalStatus {
    OPEN("Open"), COMPLETED("Completed");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
