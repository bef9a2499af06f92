package app.rapport.feedback;

import java.util.List;

/**
 * A revealed round in aggregate, over its published answers: their number, the average of each
 * dimension over the answers that rated it (rounded to one decimal; null if none did), and the
 * advice sorted by its text, so that the order says nothing about who wrote what or when.
 */
public record RoundResults(int answers, Double rapport, Double giveAndTake, Double communication,
        List<Advice> advice) {

    public RoundResults {
        advice = List.copyOf(advice);
    }
}
