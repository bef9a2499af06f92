package app.rapport.workspace.domain;

import app.rapport.workspace.Side;
import java.time.LocalDate;

/** What progress derives from an interaction: its day, length, and who asked and who gave help. */
public record InteractionFacts(long relationshipId, LocalDate occurredOn, short minutes, Side helpAskedBy, Side helpGivenBy) {
}
