package app.rapport.pairing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A program's pairing settings: the match weights; whether a coordinator's proposal is final
 * (active at once, no acceptance asked); how many active relationships a mentee may have.
 */
public record PairingRules(long programId, @NotNull @Valid MatchWeights weights, boolean pairingsFinal,
        @Min(value = 1, message = "From 1 to 5") @Max(value = 5, message = "From 1 to 5") int menteeActiveMax,
        long version) {
}
