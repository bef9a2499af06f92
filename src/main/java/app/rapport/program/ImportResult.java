package app.rapport.program;

/** What an import wrote. */
public record ImportResult(int created, int updated, int unchanged) {
}
