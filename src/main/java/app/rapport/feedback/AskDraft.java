package app.rapport.feedback;

import java.time.LocalDate;
import java.util.Set;

/**
 * A request for feedback on a relationship: the peers to ask, an optional message or question,
 * and the due date (null: {@value #DEFAULT_DUE_DAYS} days from today).
 */
public record AskDraft(long relationshipId, Set<Long> peerAccountIds, String message, LocalDate dueOn) {

    /** Shared by the column and the message field. */
    public static final int MESSAGE_MAX = 1000;
    public static final int DEFAULT_DUE_DAYS = 14;
    public static final int DUE_DAYS_MAX = 90;
}
