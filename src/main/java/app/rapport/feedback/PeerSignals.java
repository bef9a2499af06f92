package app.rapport.feedback;

import app.rapport.feedback.domain.FeedbackResponseItem;
import app.rapport.feedback.domain.FeedbackResponseRepository;
import app.rapport.feedback.domain.FeedbackRoundRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What peer feedback tells other features in numbers: the rounds whose results are visible (past
 * the anonymity threshold, never before) with their average rating, and how many asked peers
 * answered. Nothing here is guarded and nothing identifies a peer; the caller decides who sees it.
 */
@Component
@Transactional(readOnly = true)
public class PeerSignals {

    private final FeedbackRoundRepository rounds;
    private final FeedbackResponseRepository responses;

    PeerSignals(FeedbackRoundRepository rounds, FeedbackResponseRepository responses) {
        this.rounds = rounds;
        this.responses = responses;
    }

    /**
     * A revealed round: when its results became visible, how many answered, and the mean of its
     * three dimensions' averages (1-5; null when no answer rated anything).
     */
    public record RevealedRound(long roundId, Instant revealedAt, int answers, Double rating) {
    }

    /** Requests asked (not cancelled) and answered. */
    public record ResponseCounts(long asked, long answered) {
    }

    /** The revealed rounds of the given relationships, in the order they were revealed. */
    public Map<Long, List<RevealedRound>> revealed(Collection<Long> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return Map.of();
        }
        var revealed = rounds.findRevealed(relationshipIds);
        if (revealed.isEmpty()) {
            return Map.of();
        }
        var answersOfRound = responses.findByRoundIdIn(revealed.stream().map(r -> r.getId()).toList()).stream()
                .collect(Collectors.groupingBy(FeedbackResponseItem::getRoundId));
        var result = new HashMap<Long, List<RevealedRound>>();
        for (var round : revealed) {
            // The published answers only: what moves the pair's chart moves in the same batches.
            var answers = answersOfRound.getOrDefault(round.getId(), List.of()).stream()
                    .flatMap(r -> r.published().stream()).toList();
            var results = Results.of(answers.stream().map(a -> new Results.Answered(a, null)).toList(), a -> null);
            var averages = Stream.of(results.rapport(), results.giveAndTake(), results.communication())
                    .filter(v -> v != null).mapToDouble(Double::doubleValue).summaryStatistics();
            result.computeIfAbsent(round.getRelationshipId(), k -> new ArrayList<>()).add(new RevealedRound(
                    round.getId(), round.getRevealedAt(), answers.size(),
                    averages.getCount() == 0 ? null : averages.getAverage()));
        }
        return result;
    }

    /** Of the peers asked in the program since {@code since} (requests not cancelled), how many answered. */
    public ResponseCounts responseCounts(long programId, Instant since) {
        var counts = rounds.responseCounts(programId, since);
        return new ResponseCounts(counts.asked(), counts.answered());
    }
}
