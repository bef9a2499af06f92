package app.rapport.progress;

import app.rapport.pairing.RelationshipStatus;

/**
 * Which relationships of a program to list and in what order: names containing {@code text}
 * (mentor or mentee), one status or all, sorted by {@code sort} (health when null).
 */
public record RowQuery(String text, RelationshipStatus status, Sort sort, boolean descending) {

    public static final RowQuery ALL = new RowQuery(null, null, Sort.HEALTH, false);

    public boolean unfiltered() {
        return (text == null || text.isBlank()) && status == null;
    }

    /** The columns one may sort by, each with its SQL column. */
    public enum Sort {
        HEALTH("health"), MENTOR("mentor_name"), MENTEE("mentee_name"), STARTED("started_on"),
        LAST_INTERACTION("last_interaction_on"), INTERACTIONS("interactions"), MINUTES("minutes");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
