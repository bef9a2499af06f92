package app.rapport.progress;

import app.rapport.program.ProgramRef;
import java.time.LocalDate;
import java.util.List;

/**
 * A program at a glance, for its coordinators: the headline figures (rates in whole per cent,
 * null when there was nothing to count), the health distribution of active pairs in five bands
 * of 20 points, the weekly trend of average health, and how many relationships are at risk with the
 * most urgent of them (at most 50, the lowest health first).
 */
public record ProgramDashboard(ProgramRef program, int relationships,
        int activePairs, Integer averageHealth, long interactionsLast30Days, Integer checkinRate,
        Integer peerResponseRate, List<Integer> distribution, List<HealthWeek> trend, int atRiskCount,
        List<AtRisk> atRisk,
        LocalDate computedOn) {

    /** Average health of the relationships running in a week. */
    public record HealthWeek(LocalDate weekStart, int averageHealth, int relationships) {
    }
}
