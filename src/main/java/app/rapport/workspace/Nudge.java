package app.rapport.workspace;

/**
 * A stalled pair's prompt (practices 6 and 7): how long since they last met, the program's
 * threshold, and a suggestion of a different, shorter format, in one sentence.
 */
public record Nudge(long daysSince, int thresholdDays, String message) {
}
