package app.rapport.feedback;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** Aggregates a round's answers; the advice order depends on the texts alone. */
final class Results {

    /**
     * By text ignoring case, then by exact text and by name, so that neither the time of an answer
     * nor its author decides where it appears.
     */
    static final Comparator<Advice> ORDER = Comparator
            .comparing((Advice a) -> a.text().toLowerCase(Locale.ROOT))
            .thenComparing(Advice::text)
            .thenComparing(Advice::signedBy, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Results() {
    }

    /**
     * {@code authorOf} gives the name to show with an answer's advice, or null; it decides who is
     * named (the signed ones for the pair, everyone for coordinators who may see identity).
     */
    static RoundResults of(List<Answered> answers, Function<Answered, String> authorOf) {
        var advice = answers.stream().map(a -> new Advice(a.answer().advice(), authorOf.apply(a))).sorted(ORDER)
                .toList();
        return new RoundResults(answers.size(), average(answers, FeedbackAnswer::rapport),
                average(answers, FeedbackAnswer::giveAndTake), average(answers, FeedbackAnswer::communication), advice);
    }

    /**
     * Rounded to one decimal here, before anything leaves the feature: the exact mean of a few
     * ratings, sent to a browser, says more about single answers than the figure on screen.
     */
    private static Double average(List<Answered> answers, Function<FeedbackAnswer, Integer> rating) {
        var rated = answers.stream().map(a -> rating.apply(a.answer())).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).summaryStatistics();
        return rated.getCount() == 0 ? null : Math.round(rated.getAverage() * 10) / 10.0;
    }

    /** One answer and the name of the peer who gave it (never shown unless {@code authorOf} says so). */
    record Answered(FeedbackAnswer answer, String peerName) {
    }
}
