package app.rapport.feedback;

import app.rapport.base.Days;
import app.rapport.base.RuleViolation;
import app.rapport.feedback.domain.FeedbackRequestRepository;
import app.rapport.feedback.domain.PeerAccounts;
import app.rapport.pairing.RelationshipFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Whom a round may ask: people with an account who may sign in, never the pair, nobody twice in
 * a round or again within {@link FeedbackRoundService#ASK_AGAIN_DAYS} days, and no more than
 * {@link FeedbackRoundService#OPEN_MAX} open requests per relationship. The caller checked access
 * and holds the program's feedback lock.
 */
@Component
class PeerChoice {

    private final PeerAccounts accounts;
    private final FeedbackRequestRepository requests;

    PeerChoice(PeerAccounts accounts, FeedbackRequestRepository requests) {
        this.accounts = accounts;
        this.requests = requests;
    }

    /** The peers {@code chosen} for the relationship, {@code inRound} being those its round asked already. */
    Set<Long> check(RelationshipFacts relationship, Set<Long> chosen, Set<Long> inRound, Instant now,
            LocalDate today) {
        if (chosen == null || chosen.isEmpty()) {
            throw new RuleViolation("peerAccountIds", "Choose at least one person to ask");
        }
        if (chosen.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation("peerAccountIds", "Someone you chose has no account; choose again");
        }
        var peers = new TreeSet<>(chosen);
        if (peers.contains(relationship.mentorAccountId()) || peers.contains(relationship.menteeAccountId())) {
            throw new RuleViolation("peerAccountIds", "You cannot ask " + relationship.menteeName() + " or "
                    + relationship.mentorName() + " about their own relationship");
        }
        var found = accounts.find(peers);
        var twice = peers.stream().filter(inRound::contains).map(id -> found.containsKey(id) ? found.get(id).name()
                : "Someone").sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (!twice.isEmpty()) {
            throw new RuleViolation("peerAccountIds", String.join(", ", twice) + " "
                    + (twice.size() == 1 ? "is" : "are") + " already asked in this round");
        }
        if (found.size() < peers.size()) {
            throw new RuleViolation("peerAccountIds", "Someone you chose has no account; choose again");
        }
        var disabled = found.values().stream().filter(a -> !a.enabled()).map(PeerAccounts.PeerAccount::name)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (!disabled.isEmpty()) {
            throw new RuleViolation("peerAccountIds", String.join(", ", disabled)
                    + " cannot sign in any more; choose someone else");
        }
        int max = FeedbackRoundService.OPEN_MAX;
        long waiting = requests.countWaiting(relationship.id(), FeedbackRoundService.WAITING, today);
        if (waiting + peers.size() > max) {
            throw new RuleViolation("peerAccountIds", waiting == 0
                    ? "Ask at most " + max + " people at once"
                    : "A relationship has at most " + max + " open requests and " + waiting
                            + " are open now: ask at most " + Math.max(0, max - waiting) + " more");
        }
        int days = FeedbackRoundService.ASK_AGAIN_DAYS;
        var recent = requests.findRecent(relationship.id(), peers, now.minus(Duration.ofDays(days)));
        if (!recent.isEmpty()) {
            var last = recent.get(0);
            var askedOn = Days.of(last.getAskedAt());
            throw new RuleViolation("peerAccountIds", "You asked " + found.get(last.getPeerAccountId()).name()
                    + " about this relationship on " + Days.DAY_MONTH.format(askedOn)
                    + "; you can ask them again from " + Days.DAY_MONTH.format(askedOn.plusDays(days)));
        }
        return peers;
    }
}
