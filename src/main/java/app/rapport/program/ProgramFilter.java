package app.rapport.program;

/** Search text over program names and an optional status; both may be empty. */
public record ProgramFilter(String text, ProgramStatus status) {
}
