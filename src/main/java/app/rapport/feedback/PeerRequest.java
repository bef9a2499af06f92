package app.rapport.feedback;

import java.time.LocalDate;

/**
 * All the addressed peer learns of a request: the pair's names, the program, who asked and their
 * message, the due date, and the peer's own answer (null before they answer). {@code editable}:
 * the peer may still answer or change the answer. {@code version} guards stale answers.
 * {@code threshold}: how many answers the pair waits for; {@code coordinatorsSeeName}: whether
 * the program's coordinators see the peer's name with the answer (the round's rule, fixed when
 * it was asked).
 */
public record PeerRequest(long requestId, long version, String mentorName, String menteeName, String programName,
        String requestedBy, String message, LocalDate dueOn, RequestStatus status, boolean editable,
        FeedbackAnswer answer, int threshold, boolean coordinatorsSeeName) {
}
