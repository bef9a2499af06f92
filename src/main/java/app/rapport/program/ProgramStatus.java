package app.rapport.program;

/** A program's life: prepared as a draft, run while active, read-only once closed. */
public enum ProgramStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    CLOSED("Closed");

    private final String label;

    ProgramStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The one status this one may move to, or null at the end. */
    public ProgramStatus next() {
        return switch (this) {
            case DRAFT -> ACTIVE;
            case ACTIVE -> CLOSED;
            case CLOSED -> null;
        };
    }
}
