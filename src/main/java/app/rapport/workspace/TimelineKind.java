package app.rapport.workspace;

/** The kinds of things on a relationship's timeline, for its filter. */
public enum TimelineKind {
    TRANSITION("Status"), KICKOFF("Kick-off"), GOAL("Goals"), PROGRESS("Progress"), INTERACTION("Interactions"),
    CHECKIN("Check-ins"), FEEDBACK("Peer feedback");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
