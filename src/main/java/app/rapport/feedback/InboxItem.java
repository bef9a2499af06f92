package app.rapport.feedback;

import java.time.LocalDate;

/** A request addressed to the caller, as their inbox lists it. */
public record InboxItem(long requestId, String mentorName, String menteeName, String programName, String requestedBy,
        LocalDate dueOn, RequestStatus status, boolean remindedRecently) {
}
