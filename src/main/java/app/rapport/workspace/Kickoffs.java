package app.rapport.workspace;

import java.util.Optional;

/** Both sides' kick-offs of a relationship; either may not be written yet. */
public record Kickoffs(Kickoff mentor, Kickoff mentee) {

    public Optional<Kickoff> of(Side side) {
        return Optional.ofNullable(side == Side.MENTOR ? mentor : mentee);
    }
}
