package app.rapport.feedback;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.feedback.Results.Answered;
import app.rapport.feedback.domain.FeedbackRequestItem;
import app.rapport.feedback.domain.FeedbackRequestRepository;
import app.rapport.feedback.domain.FeedbackResponseItem;
import app.rapport.feedback.domain.FeedbackResponseRepository;
import app.rapport.feedback.domain.FeedbackRoundItem;
import app.rapport.feedback.domain.FeedbackRoundRepository;
import app.rapport.feedback.domain.FeedbackSettingsItem;
import app.rapport.feedback.domain.FeedbackSettingsRepository;
import app.rapport.feedback.domain.FeedbackViewLogItem;
import app.rapport.feedback.domain.FeedbackViewLogRepository;
import app.rapport.feedback.domain.PeerAccounts;
import app.rapport.pairing.RelationshipDirectory;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.ProgramDirectory;
import app.rapport.program.ProgramRef;
import app.rapport.security.AccountDirectory;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import app.rapport.security.PersonRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Peer feedback: a party of an active relationship, a coordinator of its program or an admin asks
 * peers; each peer answers or declines their own request only; the pair, the coordinators and
 * admins read the rounds. Below the program's anonymity threshold nothing about single answers
 * leaves this class except to the peer who gave it: the others learn only how many answers exist.
 * Every showing of revealed results is written to the view log.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FeedbackService {

    /** Open requests one relationship may have at once, counting new ones. */
    public static final int OPEN_MAX = 10;
    /** Days before the same peer may be asked about the same relationship again. */
    public static final int ASK_AGAIN_DAYS = 30;
    /** How long a reminder holds before the next one. */
    public static final Duration REMIND_EVERY = Duration.ofDays(3);
    public static final int CANDIDATES_MAX = 50;

    /** Requests the pair must treat alike: a decline looks like a request not answered yet. */
    private static final Set<RequestStatus> WAITING = EnumSet.of(RequestStatus.OPEN, RequestStatus.DECLINED);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER;

    private final FeedbackRoundRepository rounds;
    private final FeedbackRequestRepository requests;
    private final FeedbackResponseRepository responses;
    private final FeedbackSettingsRepository settings;
    private final FeedbackViewLogRepository viewLog;
    private final PeerAccounts accounts;
    private final FeedbackAccess access;
    private final RelationshipDirectory relationships;
    private final ProgramDirectory programs;
    private final AccountDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackService(FeedbackRoundRepository rounds, FeedbackRequestRepository requests,
            FeedbackResponseRepository responses, FeedbackSettingsRepository settings,
            FeedbackViewLogRepository viewLog, PeerAccounts accounts, FeedbackAccess access,
            RelationshipDirectory relationships, ProgramDirectory programs, AccountDirectory people,
            ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.requests = requests;
        this.responses = responses;
        this.settings = settings;
        this.viewLog = viewLog;
        this.accounts = accounts;
        this.access = access;
        this.relationships = relationships;
        this.programs = programs;
        this.people = people;
        this.events = events;
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
        var peers = checkPeers(relationship, draft.peerAccountIds(), Set.of(), now, today);
        int threshold = scope.program().anonymityThreshold();
        if (peers.size() < threshold) {
            throw new RuleViolation("peerAccountIds", "Ask at least " + threshold + " people: the answers show only "
                    + "once " + threshold + " have answered, so that nobody's answer can be singled out");
        }
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
        programOpen(round);
        var scope = access.ask(round.getRelationshipId());
        if (today().isAfter(round.getDueOn())) {
            throw new RuleViolation(null, "This round closed on " + DATE.format(round.getDueOn()));
        }
        var now = clock.instant();
        lock(round.getProgramId());
        var already = requests.findByRoundId(round.getId()).stream().map(FeedbackRequestItem::getPeerAccountId)
                .collect(Collectors.toSet());
        var peers = checkPeers(scope.relationship(), peerAccountIds, already, now, today());
        requests.saveAllAndFlush(peers.stream()
                .map(peer -> new FeedbackRequestItem(round.getId(), round.getRelationshipId(), peer, now)).toList());
        return summaries(List.of(round), requests.findByRoundId(round.getId()),
                responses.findByRoundIdIn(List.of(round.getId())), scope.me(), true, true, false).get(0);
    }

    private Set<Long> checkPeers(RelationshipFacts relationship, Set<Long> chosen, Set<Long> inRound, Instant now,
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
                : "Someone").sorted(BY_NAME).toList();
        if (!twice.isEmpty()) {
            throw new RuleViolation("peerAccountIds", String.join(", ", twice) + " "
                    + (twice.size() == 1 ? "is" : "are") + " already asked in this round");
        }
        if (found.size() < peers.size()) {
            throw new RuleViolation("peerAccountIds", "Someone you chose has no account; choose again");
        }
        var disabled = found.values().stream().filter(a -> !a.enabled()).map(PeerAccounts.PeerAccount::name)
                .sorted(BY_NAME).toList();
        if (!disabled.isEmpty()) {
            throw new RuleViolation("peerAccountIds", String.join(", ", disabled)
                    + " cannot sign in any more; choose someone else");
        }
        long waiting = requests.countWaiting(relationship.id(), WAITING, today);
        if (waiting + peers.size() > OPEN_MAX) {
            throw new RuleViolation("peerAccountIds", waiting == 0
                    ? "Ask at most " + OPEN_MAX + " people at once"
                    : "A relationship has at most " + OPEN_MAX + " open requests and " + waiting
                            + " are open now: ask at most " + Math.max(0, OPEN_MAX - waiting) + " more");
        }
        var recent = requests.findRecent(relationship.id(), peers, now.minus(Duration.ofDays(ASK_AGAIN_DAYS)));
        if (!recent.isEmpty()) {
            var last = recent.get(0);
            var askedOn = LocalDate.ofInstant(last.getAskedAt(), ZoneOffset.UTC);
            throw new RuleViolation("peerAccountIds", "You asked " + found.get(last.getPeerAccountId()).name()
                    + " about this relationship on " + DAY.format(askedOn) + "; you can ask them again from "
                    + DAY.format(askedOn.plusDays(ASK_AGAIN_DAYS)));
        }
        return peers;
    }

    /** The round's requester only: the peer's request is cancelled, whatever they did with it. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void cancel(long roundId, long peerAccountId) {
        var round = requesterRound(roundId);
        programOpen(round);
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
        programOpen(round);
        if (today().isAfter(round.getDueOn())) {
            throw new RuleViolation(null, "This round closed on " + DATE.format(round.getDueOn()));
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
            throw new RuleViolation(null, "You reminded them on " + DAY.format(day(earliest))
                    + "; you can remind again from " + DAY.format(day(earliest.plus(REMIND_EVERY))));
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

    private void programOpen(FeedbackRoundItem round) {
        if (programs.program(round.getProgramId()).map(ProgramRef::closed).orElse(true)) {
            throw new RuleViolation(null, "This program is closed; its peer feedback is read-only.");
        }
    }

    private static boolean remindable(FeedbackRequestItem request, Instant now) {
        return request.getRemindedAt() == null || !request.getRemindedAt().plus(REMIND_EVERY).isAfter(now);
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
        var names = names(ids);
        var now = clock.instant();
        var today = today();
        var result = new ArrayList<RoundSummary>();
        var shown = new ArrayList<Long>();
        for (var round : list) {
            var roundRequests = requestsByRound.getOrDefault(round.getId(), List.of());
            var roundResponses = responsesByRound.getOrDefault(round.getId(), List.of());
            boolean mine = round.getRequestedBy() == me;
            var peersAsked = roundRequests.stream().filter(r -> r.getStatus() != RequestStatus.CANCELLED)
                    .map(r -> name(names, r.getPeerAccountId())).sorted(BY_NAME).toList();
            // Reminders and withdrawals need an open program as well, like every other change.
            boolean open = mine && programOpen && !today.isAfter(round.getDueOn());
            boolean canRemind = open && roundRequests.stream()
                    .anyMatch(r -> WAITING.contains(r.getStatus()) && remindable(r, now));
            RoundResults results = null;
            int answers = roundResponses.size();
            if (round.getRevealedAt() != null) {
                // The pair sees a name only where its author signed, and only the published answers.
                var published = published(roundResponses, peerOfRequest, names);
                results = Results.of(published, a -> a.answer().signed() ? a.peerName() : null);
                answers = published.size();
                shown.add(round.getId());
            }
            var withdrawable = !open ? List.<AskedPeer>of()
                    : roundRequests.stream().filter(r -> r.getStatus() != RequestStatus.CANCELLED)
                            .map(r -> new AskedPeer(r.getPeerAccountId(), name(names, r.getPeerAccountId())))
                            .sorted(Comparator.comparing(AskedPeer::name, String.CASE_INSENSITIVE_ORDER)).toList();
            result.add(new RoundSummary(round.getId(), round.getRelationshipId(), name(names, round.getRequestedBy()),
                    round.getRequestedAt(), round.getMessage(), round.getDueOn(), peersAsked, round.getThreshold(),
                    answers, results, canRemind, mine, withdrawable, open && askable));
        }
        if (log) {
            logViews(shown, me);
        }
        return result;
    }

    /** The round's answers as last published; those never published are left out. */
    private static List<Answered> published(List<FeedbackResponseItem> roundResponses,
            Map<Long, Long> peerOfRequest, Map<Long, String> names) {
        return roundResponses.stream().flatMap(r -> r.published().stream()
                .map(a -> new Answered(a, name(names, peerOfRequest.get(r.getRequestId()))))).toList();
    }

    private void logViews(Collection<Long> roundIds, long viewer) {
        if (!roundIds.isEmpty()) {
            var now = clock.instant();
            viewLog.saveAll(roundIds.stream().map(id -> new FeedbackViewLogItem(id, viewer, now)).toList());
        }
    }

    // ---- the peer's side ----------------------------------------------------------------------

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
        var names = names(roundsById.values().stream().map(FeedbackRoundItem::getRequestedBy).toList());
        var programsById = programs.programs(roundsById.values().stream().map(FeedbackRoundItem::getProgramId)
                .collect(Collectors.toSet()));
        var relationshipsById = new HashMap<Long, RelationshipFacts>();
        var now = clock.instant();
        return mine.stream().map(q -> {
            var round = roundsById.get(q.getRoundId());
            var relationship = relationshipsById.computeIfAbsent(round.getRelationshipId(),
                    id -> relationships.find(id).orElseThrow());
            return new InboxItem(q.getId(), relationship.mentorName(), relationship.menteeName(),
                    programsById.get(round.getProgramId()).name(), name(names, round.getRequestedBy()),
                    round.getDueOn(), q.getStatus(),
                    q.getRemindedAt() != null && q.getRemindedAt().plus(REMIND_EVERY).isAfter(now));
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
        programOpen(round);
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
        publishIfEnough(round, now);
        return peerRequest(request, round, response);
    }

    /**
     * Publishes the round's new and changed answers once there are at least its threshold of them,
     * all at once; the first publication is the reveal. Called with the round's row locked, so the
     * count of waiting answers is exact. Smaller batches wait: a view before and one after a
     * publication then differ by at least a threshold of answers, never by one peer's.
     */
    private void publishIfEnough(FeedbackRoundItem round, Instant now) {
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
        programOpen(round);
        if (request.getVersion() != version) {
            throw new StaleEdit("feedback request");
        }
        request.decline(clock.instant());
        request = save(request);
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
            throw new RuleViolation(null, "This request closed on " + DATE.format(round.getDueOn()));
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
        var names = names(List.of(round.getRequestedBy()));
        boolean editable = (request.getStatus() == RequestStatus.OPEN || request.getStatus() == RequestStatus.ANSWERED)
                && !today().isAfter(round.getDueOn()) && !program.closed();
        return new PeerRequest(request.getId(), request.getVersion(), relationship.mentorName(),
                relationship.menteeName(), program.name(), name(names, round.getRequestedBy()), round.getMessage(),
                round.getDueOn(), request.getStatus(), editable, response == null ? null : response.answer(),
                round.getThreshold(), round.isCoordinatorsSeeIdentity());
    }

    // ---- coordinators -------------------------------------------------------------------------

    /** The program's rounds for its coordinators and admins, newest first. Showing results is logged. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public List<ProgramRound> programRounds(long programId) {
        var program = access.oversee(programId);
        var me = CurrentUser.require().accountId();
        var list = rounds.findByProgram(programId);
        if (list.isEmpty()) {
            return List.of();
        }
        var ids = list.stream().map(FeedbackRoundItem::getId).toList();
        var allRequests = requests.findByRoundIdIn(ids);
        var requestsByRound = allRequests.stream().collect(Collectors.groupingBy(FeedbackRequestItem::getRoundId));
        var peerOfRequest = allRequests.stream()
                .collect(Collectors.toMap(FeedbackRequestItem::getId, FeedbackRequestItem::getPeerAccountId));
        var responsesByRound = responses.findByRoundIdIn(ids).stream()
                .collect(Collectors.groupingBy(FeedbackResponseItem::getRoundId));
        var names = names(peerOfRequest.values());
        var relationshipsById = new HashMap<Long, RelationshipFacts>();
        var result = new ArrayList<ProgramRound>();
        var shown = new ArrayList<Long>();
        for (var round : list) {
            var relationship = relationshipsById.computeIfAbsent(round.getRelationshipId(),
                    id -> relationships.find(id).orElseThrow());
            var roundRequests = requestsByRound.getOrDefault(round.getId(), List.of());
            var roundResponses = responsesByRound.getOrDefault(round.getId(), List.of());
            var answeredRequests = roundResponses.stream().map(FeedbackResponseItem::getRequestId)
                    .collect(Collectors.toSet());
            // A request cancelled after its answer still counts as asked and answered.
            int asked = (int) roundRequests.stream().filter(r -> r.getStatus() != RequestStatus.CANCELLED
                    || answeredRequests.contains(r.getId())).count();
            int declined = (int) roundRequests.stream().filter(r -> r.getStatus() == RequestStatus.DECLINED).count();
            RoundResults results = null;
            List<String> answeredBy = List.of();
            // Whether coordinators see names is the round's rule, the one its peers answered under.
            boolean identity = round.isCoordinatorsSeeIdentity();
            if (round.getRevealedAt() != null) {
                var answers = published(roundResponses, peerOfRequest, names);
                results = Results.of(answers, a -> identity || a.answer().signed() ? a.peerName() : null);
                if (identity) {
                    answeredBy = answers.stream().map(Answered::peerName).sorted(BY_NAME).toList();
                }
                shown.add(round.getId());
            }
            result.add(new ProgramRound(round.getId(), round.getRelationshipId(), relationship.mentorName(),
                    relationship.menteeName(), round.getRequestedAt(), round.getDueOn(), round.getThreshold(), asked,
                    roundResponses.size(), declined, results, answeredBy));
        }
        logViews(shown, me);
        return result;
    }

    /** The program's settings, created with the defaults at the first read. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public FeedbackSettings settings(long programId) {
        access.oversee(programId);
        var item = settingsOf(programId)
                .orElseGet(() -> settings.saveAndFlush(new FeedbackSettingsItem(programId, clock.instant())));
        return settings(item);
    }

    /** Coordinators and admins change the settings of an open program, at the version they read. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public FeedbackSettings updateSettings(FeedbackSettings changed) {
        if (changed == null) {
            throw new RuleViolation(null, "Nothing to save");
        }
        var program = access.oversee(changed.programId());
        if (program.closed()) {
            throw new RuleViolation(null, "This program is closed; its feedback settings are read-only.");
        }
        var item = settingsOf(changed.programId()).orElseThrow(() -> new StaleEdit("feedback settings"));
        if (item.getVersion() != changed.version()) {
            throw new StaleEdit("feedback settings");
        }
        item.change(changed.coordinatorsSeeIdentity(), clock.instant());
        try {
            return settings(settings.saveAndFlush(item));
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("feedback settings");
        }
    }

    /** A new program's settings, with the defaults, in the transaction that creates it. */
    @org.springframework.context.event.EventListener
    void on(app.rapport.program.ProgramCreated created) {
        if (settingsOf(created.programId()).isEmpty()) {
            settings.save(new FeedbackSettingsItem(created.programId(), clock.instant()));
        }
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

    private Optional<FeedbackSettingsItem> settingsOf(long programId) {
        return settings.findByProgramId(programId);
    }

    private static FeedbackSettings settings(FeedbackSettingsItem item) {
        return new FeedbackSettings(item.getProgramId(), item.isCoordinatorsSeeIdentity(), item.getVersion());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private FeedbackRequestItem save(FeedbackRequestItem request) {
        try {
            return requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("feedback request");
        }
    }

    private Map<Long, String> names(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return people.people(new HashSet<>(accountIds)).values().stream()
                .collect(Collectors.toMap(PersonRef::id, PersonRef::displayName));
    }

    private static String name(Map<Long, String> names, Long accountId) {
        return names.getOrDefault(accountId, "Someone");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
