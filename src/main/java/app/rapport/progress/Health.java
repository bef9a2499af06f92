package app.rapport.progress;

import java.util.List;

/** A relationship's health score (0-100) and the reasons behind it, the worrying ones first. */
public record Health(int score, List<Reason> reasons) {

    public Health {
        reasons = List.copyOf(reasons);
    }

    public Band band() {
        return Band.of(score);
    }

    /** What a score means, in words and in the colours of the charts. */
    public enum Band {
        AT_RISK("At risk", 0), NEEDS_ATTENTION("Needs attention", 40), HEALTHY("Healthy", 70);

        private final String label;
        private final int from;

        Band(String label, int from) {
            this.label = label;
            this.from = from;
        }

        public String label() {
            return label;
        }

        public int from() {
            return from;
        }

        public static Band of(int score) {
            return score >= HEALTHY.from ? HEALTHY : score >= NEEDS_ATTENTION.from ? NEEDS_ATTENTION : AT_RISK;
        }
    }

    /** One reason: whether it lifts the score, lowers it, or only explains it. */
    public record Reason(Effect effect, String text) {
    }

    public enum Effect {
        LOWERS, NOTE, LIFTS
    }
}
