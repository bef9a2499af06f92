package app.rapport.program;

/** An enrolment is active, or withdrawn and kept for history. */
public enum EnrolmentStatus {
    ACTIVE,
    WITHDRAWN
}
