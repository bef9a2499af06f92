package app.rapport.program;

/** Published inside the creating transaction, so features can set up their per-program data. */
public record ProgramCreated(long programId) {
}
