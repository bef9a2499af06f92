package app.rapport.feedback;

import app.rapport.base.Days;
import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.feedback.domain.FeedbackRequestItem;
import app.rapport.feedback.domain.FeedbackRequestRepository;
import app.rapport.feedback.domain.FeedbackResponseItem;
import app.rapport.feedback.domain.FeedbackResponseRepository;
import app.rapport.feedback.domain.FeedbackRoundItem;
import app.rapport.feedback.domain.FeedbackRoundRepository;
import app.rapport.feedback.domain.PeerAccounts;
import app.rapport.pairing.RelationshipDirectory;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.program.ProgramDirectory;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Peer feedback as the peer sees it: the requests addressed to them, each of which they alone
 * answer, change until its due date, or decline. Someone else's request is refused exactly like a
 * missing one. An answer that completes a batch is published by {@link RevealRule}.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PeerRequestService {


    private final FeedbackRoundRepository rounds;
    private final FeedbackRequestRepository requests;
    private final FeedbackResponseRepository responses;
    private final PeerAccounts accounts;
    private final FeedbackAccess access;
    private final RevealRule reveal;
    private final RelationshipDirectory relationships;
    private final ProgramDirectory programs;
    private final Clock clock;

    PeerRequestService(FeedbackRoundRepository rounds, FeedbackRequestRepository requests,
            FeedbackResponseRepository responses, PeerAccounts accounts, FeedbackAccess access, RevealRule reveal,
            RelationshipDirectory relationships, ProgramDirectory programs, Clock clock) {
        this.rounds = rounds;
        this.requests = requests;
        this.responses = responses;
        this.accounts = accounts;
        this.access = access;
        this.reveal = reveal;
        this.relationships = relationships;
        this.programs = programs;
        this.clock = clock;
    }

    /** Requests addressed to the caller that they may still answer or change; soonest due first. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<InboxItem> inbox() {
        var me = CurrentUser.require().accountId();
        var mine = requests.findAddressedTo(me, EnumSet.of(RequestStatus.OPEN, RequestStatus.ANSWERED), today());
        if (mine.isEmpty()) {
            return List.of();
        }
        var roundsById = rounds.findAllById(mine.stream().map(FeedbackRequestItem::getRoundId).toList()).stream()
                .collect(Collectors.toMap(FeedbackRoundItem::getId, Function.identity()));
        var names = accounts.names(roundsById.values().stream().map(FeedbackRoundItem::getRequestedBy).toList());
        var programsById = programs.programs(roundsById.values().stream().map(FeedbackRoundItem::getProgramId)
                .collect(Collectors.toSet()));
        var relationshipsById = new HashMap<Long, RelationshipFacts>();
        var now = clock.instant();
        return mine.stream().map(q -> {
            var round = roundsById.get(q.getRoundId());
            var relationship = relationshipsById.computeIfAbsent(round.getRelationshipId(),
                    id -> relationships.find(id).orElseThrow());
            return new InboxItem(q.getId(), relationship.mentorName(), relationship.menteeName(),
                    programsById.get(round.getProgramId()).name(), names.of(round.getRequestedBy()),
                    round.getDueOn(), q.getStatus(), q.getRemindedAt() != null
                            && q.getRemindedAt().plus(FeedbackRoundService.REMIND_EVERY).isAfter(now));
        }).toList();
    }

    /** How many requests wait for the caller's answer. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public long openCount() {
        return requests.countAddressedTo(CurrentUser.require().accountId(), RequestStatus.OPEN, today());
    }

    /** The addressed peer only; for anyone else the request does not exist. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public PeerRequest request(long requestId) {
        var request = addressedToMe(requests.findById(requestId));
        return peerRequest(request, rounds.findById(request.getRoundId()).orElseThrow(),
                responses.findByRequestId(request.getId()).orElse(null));
    }

    /** Saves the caller's answer, or replaces it, until the due date; at {@code version} of the request. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public PeerRequest answer(long requestId, long version, FeedbackAnswer answer) {
        // Rows are locked before anything else is read, so that what follows reads the answers that
        // other peers committed meanwhile: the round's count and the results it may reveal.
        var request = addressedToMe(requests.findLocked(requestId));
        var round = rounds.findLocked(request.getRoundId()).orElseThrow();
        switch (request.getStatus()) {
            case CANCELLED -> throw new RuleViolation(null, "This request was cancelled; it takes no answer");
            case DECLINED -> throw new RuleViolation(null, "You declined this request");
            default -> {
            }
        }
        closedCheck(round);
        access.programOpen(round.getProgramId());
        var clean = check(answer);
        if (request.getVersion() != version) {
            throw new StaleEdit("feedback request");
        }
        var now = clock.instant();
        var existing = responses.findByRequestId(request.getId());
        FeedbackResponseItem response;
        try {
            if (existing.isPresent()) {
                response = existing.get();
                response.change(clean, now);
            } else {
                response = new FeedbackResponseItem(request.getId(), round.getId(), clean, now);
                round.countAnswer();
            }
            request.answered(now);
            response = responses.saveAndFlush(response);
            requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new StaleEdit("feedback request");
        }
        rounds.saveAndFlush(round);
        reveal.publishIfEnough(round, now);
        return peerRequest(request, round, response);
    }

    /** The addressed peer declines an open request. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public PeerRequest decline(long requestId, long version) {
        var request = addressedToMe(requests.findById(requestId));
        var round = rounds.findById(request.getRoundId()).orElseThrow();
        switch (request.getStatus()) {
            case CANCELLED -> throw new RuleViolation(null, "This request was cancelled");
            case DECLINED -> throw new RuleViolation(null, "You declined this request already");
            case ANSWERED -> throw new RuleViolation(null,
                    "You answered this request; you can change your answer until the due date");
            default -> {
            }
        }
        closedCheck(round);
        access.programOpen(round.getProgramId());
        if (request.getVersion() != version) {
            throw new StaleEdit("feedback request");
        }
        request.decline(clock.instant());
        try {
            request = requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("feedback request");
        }
        return peerRequest(request, round, null);
    }

    private FeedbackRequestItem addressedToMe(Optional<FeedbackRequestItem> found) {
        var me = CurrentUser.require().accountId();
        // Someone else's request is refused exactly like a missing one.
        return found.filter(r -> r.getPeerAccountId() == me)
                .orElseThrow(() -> new AccessDeniedException("No such feedback request"));
    }

    private void closedCheck(FeedbackRoundItem round) {
        if (today().isAfter(round.getDueOn())) {
            throw new RuleViolation(null, "This request closed on " + Days.format(round.getDueOn()));
        }
    }

    private static FeedbackAnswer check(FeedbackAnswer a) {
        if (a == null) {
            throw new RuleViolation("advice", "Write what small change would make a difference");
        }
        rating(a.rapport(), "rapport", Dimension.RAPPORT);
        rating(a.giveAndTake(), "giveAndTake", Dimension.GIVE_AND_TAKE);
        rating(a.communication(), "communication", Dimension.COMMUNICATION);
        var advice = a.advice() == null ? "" : a.advice().strip();
        if (advice.isEmpty()) {
            throw new RuleViolation("advice", "Write what small change would make a difference");
        }
        if (advice.length() > FeedbackAnswer.ADVICE_MAX) {
            throw new RuleViolation("advice", "Use at most 2,000 characters");
        }
        return new FeedbackAnswer(a.rapport(), a.giveAndTake(), a.communication(), advice, a.signed());
    }

    private static void rating(Integer rating, String field, Dimension dimension) {
        if (rating != null && (rating < FeedbackAnswer.RATING_MIN || rating > FeedbackAnswer.RATING_MAX)) {
            throw new RuleViolation(field, "Rate " + dimension.label().toLowerCase(Locale.ROOT)
                    + " from 1 to 5, or choose \"could not observe\"");
        }
    }

    private PeerRequest peerRequest(FeedbackRequestItem request, FeedbackRoundItem round,
            FeedbackResponseItem response) {
        var relationship = relationships.find(round.getRelationshipId()).orElseThrow();
        var program = programs.program(round.getProgramId()).orElseThrow();
        var names = accounts.names(List.of(round.getRequestedBy()));
        boolean editable = (request.getStatus() == RequestStatus.OPEN || request.getStatus() == RequestStatus.ANSWERED)
                && !today().isAfter(round.getDueOn()) && !program.closed();
        return new PeerRequest(request.getId(), request.getVersion(), relationship.mentorName(),
                relationship.menteeName(), program.name(), names.of(round.getRequestedBy()), round.getMessage(),
                round.getDueOn(), request.getStatus(), editable, response == null ? null : response.answer(),
                round.getThreshold(), round.isCoordinatorsSeeIdentity());
    }

    private LocalDate today() {
        return Days.today(clock);
    }
}
