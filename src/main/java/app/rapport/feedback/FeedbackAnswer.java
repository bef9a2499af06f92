package app.rapport.feedback;

/**
 * A peer's answer: each rating 1-5, or null for "could not observe"; advice is required; the
 * answer is anonymous unless {@code signed}.
 */
public record FeedbackAnswer(Integer rapport, Integer giveAndTake, Integer communication, String advice,
        boolean signed) {

    /** Shared by the column and the advice field. */
    public static final int ADVICE_MAX = 2000;
    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
}
