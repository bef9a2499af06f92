package app.rapport.pairing;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How much each part of a match counts, 0-100 each, as a program's coordinators set it.
 * {@code languageRequired}: pairs without a shared language are excluded (the default);
 * {@code departmentRequired}: pairs from the same department are excluded.
 */
public record MatchWeights(
        @Min(value = 0, message = "From 0 to 100") @Max(value = 100, message = "From 0 to 100") int goals,
        @Min(value = 0, message = "From 0 to 100") @Max(value = 100, message = "From 0 to 100") int language,
        boolean languageRequired,
        @Min(value = 0, message = "From 0 to 100") @Max(value = 100, message = "From 0 to 100") int timeZone,
        @Min(value = 0, message = "From 0 to 100") @Max(value = 100, message = "From 0 to 100") int department,
        boolean departmentRequired) {

    public static final MatchWeights DEFAULT = new MatchWeights(50, 20, true, 15, 15, false);

    public int total() {
        return goals + language + timeZone + department;
    }

    @AssertTrue(message = "Give at least one part a weight above 0")
    public boolean isAnyWeighted() {
        return total() > 0;
    }
}
