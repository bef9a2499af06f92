package app.rapport.pairing.domain;

import java.time.Instant;

/** A pair whose relationship ended early: when, and the reason given. */
public record EndedPair(long mentorEnrolmentId, long menteeEnrolmentId, Instant closedAt, String closeReason) {
}
