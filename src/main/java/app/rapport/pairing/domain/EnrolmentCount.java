package app.rapport.pairing.domain;


/** How many relationships one enrolment has. */
public record EnrolmentCount(long enrolmentId, long count) {
}
