package app.rapport.workspace;

/**
 * One side's self-assessment: three ratings from 1 to 5 and an optional reflection, shared with
 * the partner (and the coordinators) only when {@code shareReflection} is set.
 */
public record CheckinDraft(Integer connection, Integer trust, Integer value, String reflection,
        boolean shareReflection) {

    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int REFLECTION_MAX = 2000;
}
