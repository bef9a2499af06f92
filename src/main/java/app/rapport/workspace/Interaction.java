package app.rapport.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A logged meeting or exchange, as the pair and the program's coordinators see it (notes
 * included: nobody else opens a workspace). {@code confirmedAt} is set once the other side confirmed it.
 */
public record Interaction(long id, long relationshipId, LocalDate date, int minutes, InteractionFormat format,
        Side initiatedBy, Side helpAskedBy, String helpAsked, Side helpGivenBy, String helpGiven, String notes,
        Side loggedBy, Instant confirmedAt, long version) {

    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** "17-minute walk". */
    public String description() {
        return format.describe(minutes);
    }
}
