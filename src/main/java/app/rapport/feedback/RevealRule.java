package app.rapport.feedback;

import app.rapport.base.RuleViolation;
import app.rapport.feedback.Results.Answered;
import app.rapport.feedback.domain.FeedbackResponseItem;
import app.rapport.feedback.domain.FeedbackResponseRepository;
import app.rapport.feedback.domain.FeedbackRoundItem;
import app.rapport.feedback.domain.FeedbackRoundRepository;
import app.rapport.feedback.domain.FeedbackViewLogItem;
import app.rapport.feedback.domain.FeedbackViewLogRepository;
import app.rapport.feedback.domain.PeerAccounts.Names;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymity threshold, in one place: a round asks at least its threshold of people; answers
 * are published in batches of at least that many, the first batch revealing the round
 * ({@link FeedbackRevealed}, each later one {@link PeerResultsChanged}); a revealed round shows
 * its published answers only, and every showing is written to the view log. Below the threshold
 * nothing about single answers leaves here: the others learn only how many answers exist.
 * Always inside the transaction of the service that asks.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RevealRule {

    private final FeedbackRoundRepository rounds;
    private final FeedbackResponseRepository responses;
    private final FeedbackViewLogRepository viewLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevealRule(FeedbackRoundRepository rounds, FeedbackResponseRepository responses, FeedbackViewLogRepository viewLog,
            ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.responses = responses;
        this.viewLog = viewLog;
        this.events = events;
        this.clock = clock;
    }

    /** A round asks at least as many people as the answers its results wait for. */
    static void enoughAsked(int asked, int threshold) {
        if (asked < threshold) {
            throw new RuleViolation("peerAccountIds", "Ask at least " + threshold + " people: the answers show only "
                    + "once " + threshold + " have answered, so that nobody's answer can be singled out");
        }
    }

    /**
     * Publishes the round's new and changed answers once there are at least its threshold of them,
     * all at once; the first publication is the reveal. Called with the round's row locked, so the
     * count of waiting answers is exact. Smaller batches wait: a view before and one after a
     * publication then differ by at least a threshold of answers, never by one peer's.
     */
    void publishIfEnough(FeedbackRoundItem round, Instant now) {
        var roundResponses = responses.findByRoundIdIn(List.of(round.getId()));
        var waiting = roundResponses.stream().filter(FeedbackResponseItem::isPending).toList();
        if (waiting.size() < round.getThreshold()) {
            return;
        }
        waiting.forEach(FeedbackResponseItem::publish);
        responses.saveAllAndFlush(waiting);
        if (round.getRevealedAt() == null) {
            round.reveal(now);
            rounds.saveAndFlush(round);
            var results = Results.of(roundResponses.stream().flatMap(r -> r.published().stream())
                    .map(a -> new Answered(a, null)).toList(), a -> null);
            events.publishEvent(new FeedbackRevealed(round.getRelationshipId(), round.getId(), now, results.answers(),
                    results.rapport(), results.giveAndTake(), results.communication()));
        } else {
            events.publishEvent(new PeerResultsChanged(round.getRelationshipId(), round.getId()));
        }
    }

    /**
     * What may be shown of a round: nothing before it is revealed, then its answers as last
     * published (those never published are left out), each with its peer's name, which the
     * results show only as {@link #forPair} or {@link #forCoordinators} say.
     */
    static Optional<List<Answered>> shown(FeedbackRoundItem round, List<FeedbackResponseItem> roundResponses,
            Map<Long, Long> peerOfRequest, Names names) {
        if (round.getRevealedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(roundResponses.stream().flatMap(r -> r.published().stream()
                .map(a -> new Answered(a, names.of(peerOfRequest.get(r.getRequestId()))))).toList());
    }

    /** The pair sees a name only where its author signed. */
    static RoundResults forPair(List<Answered> shown) {
        return Results.of(shown, a -> a.answer().signed() ? a.peerName() : null);
    }

    /**
     * Coordinators see every name where the round lets them see identity (the rule its peers
     * answered under), otherwise the signed ones like the pair.
     */
    static RoundResults forCoordinators(List<Answered> shown, boolean identity) {
        return Results.of(shown, a -> identity || a.answer().signed() ? a.peerName() : null);
    }

    /** Writes that {@code viewer} was shown the results of those rounds. */
    void logViews(Collection<Long> roundIds, long viewer) {
        if (!roundIds.isEmpty()) {
            var now = clock.instant();
            viewLog.saveAll(roundIds.stream().map(id -> new FeedbackViewLogItem(id, viewer, now)).toList());
        }
    }
}
