package app.rapport.program;

/**
 * Published in the transaction that changes a program's stall threshold: what counts as a gap,
 * and so every relationship's health, moves with it.
 */
public record StallThresholdChanged(long programId) {
}
