package app.rapport.pairing;

import java.util.List;

/**
 * The score of one mentee-mentor pair, 0-100, with the reasons behind it, or the hard
 * constraint that excludes the pair ({@code exclusion} not null, score 0).
 */
public record Match(int score, List<String> reasons, String exclusion) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    public boolean allowed() {
        return exclusion == null;
    }
}
