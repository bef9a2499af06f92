package app.rapport.workspace.domain;

import app.rapport.workspace.Side;
import java.time.Instant;

/** What progress derives from a check-in: whose, when, and its three ratings. */
public record CheckinFacts(long relationshipId, Side side, Instant createdAt, short connection, short trust, short value) {
}
