package app.rapport.program;

/** One of the caller's own enrolments, with the program's name. */
public record MyEnrolment(String programName, ParticipantSummary profile) {
}
