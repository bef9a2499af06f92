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
import app.rapport.feedback.domain.FeedbackSettingsItem;
import app.rapport.feedback.domain.FeedbackSettingsRepository;
import app.rapport.feedback.domain.PeerAccounts;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.security.AppRoles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Peer feedback as the pair's screens run it: a party of an active relationship, a coordinator of
 * its program or an admin asks peers, adds people to a round, withdraws requests and reminds; the
 * pair, the coordinators and admins read the relationship's rounds. What a round shows of its
 * answers is {@link RevealRule}'s to say.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FeedbackRoundService {

    /** Open requests one relationship may have at once, counting new ones. */
    public static final int OPEN_MAX = 10;
    /** Days before the same peer may be asked about the same relationship again. */
    public static final int ASK_AGAIN_DAYS = 30;
    /** How long a reminder holds before the next one. */
    public static final Duration REMIND_EVERY = Duration.ofDays(3);
    public static final int CANDIDATES_MAX = 50;

    /** Requests the pair must treat alike: a decline looks like a request not answered yet. */
    static final Set<RequestStatus> WAITING = EnumSet.of(RequestStatus.OPEN, RequestStatus.DECLINED);


    private final FeedbackRoundRepository rounds;
    private final FeedbackRequestRepository requests;
    private final FeedbackResponseRepository responses;
    private final FeedbackSettingsRepository settings;
    private final PeerAccounts accounts;
    private final PeerChoice choice;
    private final FeedbackAccess access;
    private final RevealRule reveal;
    private final Clock clock;

    FeedbackRoundService(FeedbackRoundRepository rounds, FeedbackRequestRepository requests,
            FeedbackResponseRepository responses, FeedbackSettingsRepository settings, PeerAccounts accounts,
            PeerChoice choice, FeedbackAccess access, RevealRule reveal, Clock clock) {
        this.rounds = rounds;
        this.requests = requests;
        this.responses = responses;
        this.settings = settings;
        this.accounts = accounts;
        this.choice = choice;
        this.access = access;
        this.reveal = reveal;
        this.clock = clock;
    }

    // ---- asking -------------------------------------------------------------------------------

    /**
     * For those who may ask: the program's people (active participants and its coordinators) whose
     * name or email contains {@code text}, with their email; anyone else by name, without their
     * email, or by their whole email address; so that the search is no address book of the
     * organisation. Enabled accounts only, never the pair.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<PeerOption> candidates(long relationshipId, String text, int limit) {
        var scope = access.ask(relationshipId);
        var pair = List.of(scope.relationship().mentorAccountId(), scope.relationship().menteeAccountId());
        return accounts.candidates(scope.program().id(), text, pair, Math.max(1, Math.min(limit, CANDIDATES_MAX)))
                .stream().map(a -> new PeerOption(a.id(), a.name(), a.email())).toList();
    }

    /**
     * What the pair's screens need to know of the relationship to ask about it: its sides' names,
     * the program's anonymity threshold and whether people may be asked now (the relationship
     * active, its program open). For the same people as {@link #rounds}.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public AskContext askContext(long relationshipId) {
        var scope = access.view(relationshipId);
        return new AskContext(relationshipId, scope.relationship().menteeName(), scope.relationship().mentorName(),
                scope.program().anonymityThreshold(), askable(scope));
    }

    /**
     * One round with one request per peer. Asks for the same program run one after the other
     * (under the program's feedback lock, reading committed data), so two at once cannot pass the
     * limit of open requests or ask the same colleague twice.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RoundSummary ask(AskDraft draft) {
        if (draft == null) {
            throw new RuleViolation("peerAccountIds", "Choose at least one person to ask");
        }
        var scope = access.ask(draft.relationshipId());
        var relationship = scope.relationship();
        var now = clock.instant();
        var today = today();
        var message = draft.message() == null || draft.message().isBlank() ? null : draft.message().strip();
        if (message != null && message.length() > AskDraft.MESSAGE_MAX) {
            throw new RuleViolation("message", "Use at most 1,000 characters");
        }
        var dueOn = draft.dueOn() == null ? today.plusDays(AskDraft.DEFAULT_DUE_DAYS) : draft.dueOn();
        if (dueOn.isBefore(today)) {
            throw new RuleViolation("dueOn", "Choose a due date from today on");
        }
        if (dueOn.isAfter(today.plusDays(AskDraft.DUE_DAYS_MAX))) {
            throw new RuleViolation("dueOn", "Choose a due date at most 90 days ahead");
        }
        var rules = lock(relationship.programId());
        var peers = choice.check(relationship, draft.peerAccountIds(), Set.of(), now, today);
        int threshold = scope.program().anonymityThreshold();
        RevealRule.enoughAsked(peers.size(), threshold);
        var round = rounds.saveAndFlush(new FeedbackRoundItem(relationship.id(), relationship.programId(), scope.me(),
                now, message, dueOn, threshold, rules.isCoordinatorsSeeIdentity()));
        var created = requests.saveAllAndFlush(peers.stream()
                .map(peer -> new FeedbackRequestItem(round.getId(), relationship.id(), peer, now)).toList());
        return summaries(List.of(round), created, List.of(), scope.me(), true, true, false).get(0);
    }

    /**
     * The round's requester adds people to it while it is open (the program open, the relationship
     * active, before the due date), under the same rules as asking.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RoundSummary addPeers(long roundId, Set<Long> peerAccountIds) {
        var round = requesterRound(roundId);
        access.programOpen(round.getProgramId());
        var scope = access.ask(round.getRelationshipId());
        if (today().isAfter(round.getDueOn())) {
            throw new RuleViolation(null, "This round closed on " + Days.format(round.getDueOn()));
        }
        var now = clock.instant();
        lock(round.getProgramId());
        var already = requests.findByRoundId(round.getId()).stream().map(FeedbackRequestItem::getPeerAccountId)
                .collect(Collectors.toSet());
        var peers = choice.check(scope.relationship(), peerAccountIds, already, now, today());
        requests.saveAllAndFlush(peers.stream()
                .map(peer -> new FeedbackRequestItem(round.getId(), round.getRelationshipId(), peer, now)).toList());
        return summaries(List.of(round), requests.findByRoundId(round.getId()),
                responses.findByRoundIdIn(List.of(round.getId())), scope.me(), true, true, false).get(0);
    }

    /** The round's requester only: the peer's request is cancelled, whatever they did with it. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void cancel(long roundId, long peerAccountId) {
        var round = requesterRound(roundId);
        access.programOpen(round.getProgramId());
        var request = requests.findByRoundId(round.getId()).stream()
                .filter(r -> r.getPeerAccountId() == peerAccountId).findFirst()
                .orElseThrow(() -> new RuleViolation("peerAccountId", "This person was not asked in this round"));
        if (request.getStatus() == RequestStatus.CANCELLED) {
            throw new RuleViolation("peerAccountId", "This request is already cancelled");
        }
        // Answered and declined requests are cancelled alike, and an answer given stays counted:
        // a refusal or a falling count would tell the asker who answered.
        request.cancel(clock.instant());
        save(request);
    }

    /** The round's requester only: reminds each open request not reminded within the last three days. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public RoundSummary remind(long roundId) {
        var round = requesterRound(roundId);
        access.programOpen(round.getProgramId());
        if (today().isAfter(round.getDueOn())) {
            throw new RuleViolation(null, "This round closed on " + Days.format(round.getDueOn()));
        }
        var now = clock.instant();
        // A declined request is reminded like an open one (its peer hears nothing): otherwise the
        // button and this method's answers would tell the asker who declined.
        var open = requests.findByRoundId(round.getId()).stream()
                .filter(r -> WAITING.contains(r.getStatus())).toList();
        if (open.isEmpty()) {
            throw new RuleViolation(null, "Nobody in this round is waiting for a reminder");
        }
        var due = open.stream().filter(r -> remindable(r, now)).toList();
        if (due.isEmpty()) {
            var earliest = open.stream().map(FeedbackRequestItem::getRemindedAt).min(Comparator.naturalOrder())
                    .orElseThrow();
            throw new RuleViolation(null, "You reminded them on " + Days.DAY_MONTH.format(Days.of(earliest))
                    + "; you can remind again from " + Days.DAY_MONTH.format(Days.of(earliest.plus(REMIND_EVERY))));
        }
        due.forEach(r -> r.remind(now));
        due.forEach(this::save);
        var scope = access.view(round.getRelationshipId());
        return summaries(List.of(round), requests.findByRoundId(round.getId()),
                responses.findByRoundIdIn(List.of(round.getId())), scope.me(), !scope.program().closed(), askable(scope), true).get(0);
    }

    private FeedbackRoundItem requesterRound(long roundId) {
        var round = rounds.findById(roundId).orElseThrow(() -> new AccessDeniedException("No such round"));
        var scope = access.view(round.getRelationshipId());
        if (round.getRequestedBy() != scope.me()) {
            throw new AccessDeniedException("Only the person who asked changes this round");
        }
        return round;
    }

    /** Whether people may be asked about the relationship now: it is active and its program open. */
    private static boolean askable(FeedbackAccess.Scope scope) {
        return scope.relationship().status() == RelationshipStatus.ACTIVE && !scope.program().closed();
    }

    private static boolean remindable(FeedbackRequestItem request, Instant now) {
        return request.getRemindedAt() == null || !request.getRemindedAt().plus(REMIND_EVERY).isAfter(now);
    }

    /** Takes the program's feedback lock; its settings row, as of now, is what asks go by. */
    private FeedbackSettingsItem lock(long programId) {
        var locked = settings.lockByProgramId(programId);
        if (locked.isPresent()) {
            return locked.get();
        }
        try {
            settings.saveAndFlush(new FeedbackSettingsItem(programId, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // Created by a concurrent ask a moment ago; take the lock on that row.
        }
        return settings.lockByProgramId(programId).orElseThrow();
    }

    // ---- reading rounds -----------------------------------------------------------------------

    /** For the pair, the program's coordinators and admins; newest first. Showing results is logged. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public List<RoundSummary> rounds(long relationshipId) {
        var scope = access.view(relationshipId);
        var list = rounds.findByRelationship(relationshipId);
        if (list.isEmpty()) {
            return List.of();
        }
        var ids = list.stream().map(FeedbackRoundItem::getId).toList();
        return summaries(list, requests.findByRoundIdIn(ids), responses.findByRoundIdIn(ids), scope.me(),
                !scope.program().closed(), askable(scope), true);
    }

    private List<RoundSummary> summaries(List<FeedbackRoundItem> list, List<FeedbackRequestItem> allRequests,
            List<FeedbackResponseItem> allResponses, long me, boolean programOpen, boolean askable, boolean log) {
        var requestsByRound = allRequests.stream().collect(Collectors.groupingBy(FeedbackRequestItem::getRoundId));
        var peerOfRequest = allRequests.stream()
                .collect(Collectors.toMap(FeedbackRequestItem::getId, FeedbackRequestItem::getPeerAccountId));
        var responsesByRound = allResponses.stream()
                .collect(Collectors.groupingBy(FeedbackResponseItem::getRoundId));
        var ids = new HashSet<Long>(peerOfRequest.values());
        list.forEach(r -> ids.add(r.getRequestedBy()));
        var names = accounts.names(ids);
        var now = clock.instant();
        var today = today();
        var result = new ArrayList<RoundSummary>();
        var shown = new ArrayList<Long>();
        for (var round : list) {
            var roundRequests = requestsByRound.getOrDefault(round.getId(), List.of());
            var roundResponses = responsesByRound.getOrDefault(round.getId(), List.of());
            boolean mine = round.getRequestedBy() == me;
            var peersAsked = roundRequests.stream().filter(r -> r.getStatus() != RequestStatus.CANCELLED)
                    .map(r -> names.of(r.getPeerAccountId())).sorted(String.CASE_INSENSITIVE_ORDER).toList();
            // Reminders and withdrawals need an open program as well, like every other change.
            boolean open = mine && programOpen && !today.isAfter(round.getDueOn());
            boolean canRemind = open && roundRequests.stream()
                    .anyMatch(r -> WAITING.contains(r.getStatus()) && remindable(r, now));
            RoundResults results = null;
            int answers = roundResponses.size();
            var published = RevealRule.shown(round, roundResponses, peerOfRequest, names);
            if (published.isPresent()) {
                results = RevealRule.forPair(published.get());
                answers = published.get().size();
                shown.add(round.getId());
            }
            var withdrawable = !open ? List.<AskedPeer>of()
                    : roundRequests.stream().filter(r -> r.getStatus() != RequestStatus.CANCELLED)
                            .map(r -> new AskedPeer(r.getPeerAccountId(), names.of(r.getPeerAccountId())))
                            .sorted(Comparator.comparing(AskedPeer::name, String.CASE_INSENSITIVE_ORDER)).toList();
            result.add(new RoundSummary(round.getId(), round.getRelationshipId(), names.of(round.getRequestedBy()),
                    round.getRequestedAt(), round.getMessage(), round.getDueOn(), peersAsked, round.getThreshold(),
                    answers, results, canRemind, mine, withdrawable, open && askable));
        }
        if (log) {
            reveal.logViews(shown, me);
        }
        return result;
    }

    private FeedbackRequestItem save(FeedbackRequestItem request) {
        try {
            return requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("feedback request");
        }
    }

    private LocalDate today() {
        return Days.today(clock);
    }
}
