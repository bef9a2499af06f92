package app.rapport.workspace;

import java.util.Locale;

/**
 * How a pair met (practice 6, shake it up). The short check-ins last exactly their minutes, so
 * logging one fixes the duration.
 */
public enum InteractionFormat {
    MEETING("Meeting", null), VIDEO_CALL("Video call", null), CALL("Call", null), WALK("Walk", null),
    CHAT("Chat", null), SHORT_10("10-minute check-in", 10), SHORT_15("15-minute check-in", 15),
    SHORT_17("17-minute check-in", 17);

    private final String label;
    private final Integer fixedMinutes;

    InteractionFormat(String label, Integer fixedMinutes) {
        this.label = label;
        this.fixedMinutes = fixedMinutes;
    }

    public String label() {
        return label;
    }

    /** The duration a short check-in always has; null for the formats of any length. */
    public Integer fixedMinutes() {
        return fixedMinutes;
    }

    public boolean isShort() {
        return fixedMinutes != null;
    }

    /** "17-minute walk", "60-minute video call", "15-minute check-in". */
    public String describe(int minutes) {
        return minutes + "-minute " + (isShort() ? "check-in" : label.toLowerCase(Locale.ROOT));
    }
}
