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
import app.rapport.feedback.domain.PeerAccounts;
import app.rapport.pairing.RelationshipDirectory;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.program.ProgramCreated;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Peer feedback as a program's coordinators and admins oversee it: every round of the program with
 * its response numbers and, once revealed, its results (with names only where the round lets them
 * see identity); and the program's feedback settings, created with the program.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FeedbackOversightService {

    private final FeedbackRoundRepository rounds;
    private final FeedbackRequestRepository requests;
    private final FeedbackResponseRepository responses;
    private final FeedbackSettingsRepository settings;
    private final PeerAccounts accounts;
    private final FeedbackAccess access;
    private final RevealRule reveal;
    private final RelationshipDirectory relationships;
    private final Clock clock;

    FeedbackOversightService(FeedbackRoundRepository rounds, FeedbackRequestRepository requests,
            FeedbackResponseRepository responses, FeedbackSettingsRepository settings, PeerAccounts accounts,
            FeedbackAccess access, RevealRule reveal, RelationshipDirectory relationships, Clock clock) {
        this.rounds = rounds;
        this.requests = requests;
        this.responses = responses;
        this.settings = settings;
        this.accounts = accounts;
        this.access = access;
        this.reveal = reveal;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** The program's rounds for its coordinators and admins, newest first. Showing results is logged. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public List<ProgramRound> programRounds(long programId) {
        access.oversee(programId);
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
        var names = accounts.names(peerOfRequest.values());
        var relationshipsById = relationships.find(list.stream().map(FeedbackRoundItem::getRelationshipId)
                .distinct().toList()).stream().collect(Collectors.toMap(RelationshipFacts::id, r -> r));
        var result = new ArrayList<ProgramRound>();
        var shown = new ArrayList<Long>();
        for (var round : list) {
            var relationship = relationshipsById.get(round.getRelationshipId());
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
            var answers = RevealRule.shown(round, roundResponses, peerOfRequest, names);
            if (answers.isPresent()) {
                results = RevealRule.forCoordinators(answers.get(), identity);
                if (identity) {
                    answeredBy = answers.get().stream().map(Answered::peerName)
                            .sorted(String.CASE_INSENSITIVE_ORDER).toList();
                }
                shown.add(round.getId());
            }
            result.add(new ProgramRound(round.getId(), round.getRelationshipId(), relationship.mentorName(),
                    relationship.menteeName(), round.getRequestedAt(), round.getDueOn(), round.getThreshold(), asked,
                    roundResponses.size(), declined, results, answeredBy));
        }
        reveal.logViews(shown, me);
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
    @EventListener
    void on(ProgramCreated created) {
        if (settingsOf(created.programId()).isEmpty()) {
            settings.save(new FeedbackSettingsItem(created.programId(), clock.instant()));
        }
    }

    private Optional<FeedbackSettingsItem> settingsOf(long programId) {
        return settings.findByProgramId(programId);
    }

    private static FeedbackSettings settings(FeedbackSettingsItem item) {
        return new FeedbackSettings(item.getProgramId(), item.isCoordinatorsSeeIdentity(), item.getVersion());
    }
}
