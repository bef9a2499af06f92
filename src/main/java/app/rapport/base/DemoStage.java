package app.rapport.base;

/** The order in which the demo workspace is built: each stage needs what the ones before it made. */
public enum DemoStage {
    /** The demo accounts everyone signs in with. */
    PEOPLE,
    /** The demo program and its participants. */
    PROGRAM,
    /** Proposals and relationships. */
    PAIRS,
    /** What the pairs recorded: kick-offs, goals, interactions, check-ins. */
    WORKSPACES,
    /** Peer feedback rounds. */
    FEEDBACK,
    /** The progress metrics computed from all of the above. */
    PROGRESS
}
