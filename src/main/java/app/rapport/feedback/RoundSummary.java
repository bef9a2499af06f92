package app.rapport.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round of feedback requests as the pair and the coordinators see it: whom it asked (never who
 * answered), how many answers exist, and the results once {@code answers >= threshold}, null
 * before. {@code canRemind}: the caller asked this round and may remind someone now;
 * {@code mine}: the caller asked it; {@code withdrawable}: the requests its requester may still
 * withdraw (empty for anyone else, and after the due date); {@code canAddPeers}: the caller
 * asked it and may add people to it now. {@code answers} counts the answers shown once the
 * results show (later ones are published in batches of at least {@code threshold}).
 */
public record RoundSummary(long roundId, long relationshipId, String requestedBy, Instant requestedAt, String message,
        LocalDate dueOn, List<String> peersAsked, int threshold, int answers, RoundResults results, boolean canRemind,
        boolean mine, List<AskedPeer> withdrawable, boolean canAddPeers) {

    public RoundSummary {
        peersAsked = List.copyOf(peersAsked);
        withdrawable = List.copyOf(withdrawable);
    }

    /** How many more answers the results wait for; 0 once they show. */
    public int answersNeeded() {
        return results != null ? 0 : Math.max(0, threshold - answers);
    }

    /**
     * The results still wait and fewer people are asked than they need: only people added can
     * make them show (unless someone withdrawn had answered, which the pair is never told).
     */
    public boolean fewerAskedThanNeeded() {
        return results == null && peersAsked.size() < threshold;
    }
}
