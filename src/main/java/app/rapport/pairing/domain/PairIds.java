package app.rapport.pairing.domain;


/** A mentor and a mentee, by enrolment id. */
public record PairIds(long mentorEnrolmentId, long menteeEnrolmentId) {
}
