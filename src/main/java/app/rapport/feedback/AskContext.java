package app.rapport.feedback;

/**
 * A relationship as the pair's feedback screens ask about it: its sides' names, the program's
 * anonymity {@code threshold} (how many people a new round asks at least) and whether people may
 * be asked now ({@code askable}: the relationship active, its program open).
 */
public record AskContext(long relationshipId, String menteeName, String mentorName, int threshold, boolean askable) {
}
