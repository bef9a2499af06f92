package app.rapport.pairing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mentor as a candidate for one mentee: the match, and the mentor's slots. {@code blocker} says
 * why this mentor cannot be proposed now (excluded by a hard constraint, full, already paired).
 * {@code endedBefore}, when present, is the early end of this pair's last relationship: they may
 * be proposed again, after the coordinator has seen it and confirmed.
 */
public record Suggestion(long mentorEnrolmentId, String mentorName, String department, int capacity,
        long openRelationships, Match match, String blocker, EarlyEnd endedBefore) {

    /** When a pair's relationship ended early, and why. */
    public record EarlyEnd(Instant at, String reason) {
    }

    public long slotsLeft() {
        return Math.max(0, capacity - openRelationships);
    }

    public boolean proposable() {
        return blocker == null;
    }

    /** The match's reasons with the mentor's slots, as the coordinator reads them. */
    public List<String> reasons() {
        var all = new ArrayList<>(match.reasons());
        all.add(slotsLeft() + " of " + capacity + (capacity == 1 ? " slot left" : " slots left"));
        return all;
    }
}
