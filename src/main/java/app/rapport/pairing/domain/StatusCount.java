package app.rapport.pairing.domain;

import app.rapport.pairing.RelationshipStatus;

/** How many relationships of one status a program has. */
public record StatusCount(long programId, RelationshipStatus status, long count) {
}
