package app.rapport.pairing;

import app.rapport.base.Like;
import app.rapport.base.RuleViolation;
import app.rapport.pairing.RelationshipStep.Kind;
import app.rapport.pairing.domain.PairingSettings;
import app.rapport.pairing.domain.Relationship;
import app.rapport.pairing.domain.RelationshipRepository;
import app.rapport.program.ProgramDirectory;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationships and their lifecycle, enforced here and nowhere else: coordinators propose, the
 * two parties accept or decline, coordinators complete or end. Every change that counts slots
 * takes the program's pairing lock first and reads committed data, so two acceptances racing for
 * a mentor's last slot cannot both win.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipService {

    static final Set<RelationshipStatus> OPEN = EnumSet.of(RelationshipStatus.PROPOSED, RelationshipStatus.ACTIVE);
    static final Set<RelationshipStatus> ACTIVE = EnumSet.of(RelationshipStatus.ACTIVE);
    private static final int REASON_MAX = Relationship.REASON_MAX;

    private final RelationshipRepository relationships;
    private final ProgramDirectory programs;
    private final PairingAccess access;
    private final ProposalChecks checks;
    private final RelationshipLedger ledger;
    private final Clock clock;
    private final EntityManager entityManager;

    RelationshipService(RelationshipRepository relationships, ProgramDirectory programs, PairingAccess access,
            ProposalChecks checks, RelationshipLedger ledger, Clock clock, EntityManager entityManager) {
        this.relationships = relationships;
        this.programs = programs;
        this.access = access;
        this.checks = checks;
        this.ledger = ledger;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Proposes a pairing (active at once when the program's pairings are final). A pair whose
     * relationship ended early is refused: see {@link #propose(long, long, long, boolean)}.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RelationshipSummary propose(long programId, long mentorEnrolmentId, long menteeEnrolmentId) {
        return proposeChecked(programId, mentorEnrolmentId, menteeEnrolmentId, false);
    }

    /**
     * Proposes a pairing; {@code againAfterEarlyEnd} is the coordinator's confirmation, after
     * seeing the history, that a pair whose relationship ended early should be tried again.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RelationshipSummary propose(long programId, long mentorEnrolmentId, long menteeEnrolmentId,
            boolean againAfterEarlyEnd) {
        return proposeChecked(programId, mentorEnrolmentId, menteeEnrolmentId, againAfterEarlyEnd);
    }

    private RelationshipSummary proposeChecked(long programId, long mentorEnrolmentId, long menteeEnrolmentId,
            boolean againAfterEarlyEnd) {
        access.manageable(programId);
        access.requireOpen(programId);
        var settings = access.lock(programId);
        return summary(proposeLocked(programId, settings, mentorEnrolmentId, menteeEnrolmentId, againAfterEarlyEnd));
    }

    /**
     * Proposes under the program's lock, already taken: checks every rule of a new pairing. Bulk
     * matching commits its plan through here, so a plan cannot break a rule a manual pairing keeps.
     */
    Relationship proposeLocked(long programId, PairingSettings settings, long mentorEnrolmentId,
            long menteeEnrolmentId, boolean againAfterEarlyEnd) {
        var checked = checks.newPair(programId, settings, mentorEnrolmentId, menteeEnrolmentId,
                againAfterEarlyEnd);
        var mentor = checked.mentor();
        var mentee = checked.mentee();
        var match = checked.match();
        var me = CurrentUser.require();
        var now = clock.instant();
        var relationship = new Relationship(programId,
                new Relationship.Party(mentor.id(), mentor.accountId(), mentor.name()),
                new Relationship.Party(mentee.id(), mentee.accountId(), mentee.name()),
                match.score(), ProposalChecks.reasons(match.reasons()),
                me.accountId(), now);
        relationship = ledger.saveNew(relationship, mentor, mentee);
        ledger.log(relationship, Kind.PROPOSED, null, RelationshipStatus.PROPOSED, null);
        if (settings.isPairingsFinal()) {
            relationship.activate(now);
            ledger.save(relationship);
            ledger.log(relationship, Kind.ACTIVATED, RelationshipStatus.PROPOSED, RelationshipStatus.ACTIVE,
                    "Coordinator pairings are final in this program");
        }
        return relationship;
    }

    /** One party's yes; the relationship starts when both said yes and there is still room. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RelationshipSummary accept(long relationshipId, long version) {
        var me = CurrentUser.require();
        var relationship = partyOnly(relationshipId, me.accountId());
        access.requireOpen(relationship.getProgramId());
        var settings = access.lock(relationship.getProgramId());
        // Under the lock, read the relationship again: another acceptance may have moved it meanwhile.
        entityManager.refresh(relationship);
        relationship = ledger.current(relationshipId, version, RelationshipStatus.PROPOSED);
        var now = clock.instant();
        boolean asMentor = relationship.getMentorAccountId() == me.accountId();
        if (asMentor) {
            relationship.acceptByMentor(now);
        } else {
            relationship.acceptByMentee(now);
        }
        if (!relationship.acceptedByBoth()) {
            ledger.save(relationship);
            ledger.log(relationship, Kind.ACCEPTED, RelationshipStatus.PROPOSED, RelationshipStatus.PROPOSED, null);
            return summary(relationship);
        }
        var mentor = programs.enrolment(relationship.getMentorEnrolmentId()).orElseThrow();
        var mentee = programs.enrolment(relationship.getMenteeEnrolmentId()).orElseThrow();
        if (!mentor.active() || !mentee.active()) {
            throw new RuleViolation(null, (mentor.active() ? mentee.name() : mentor.name())
                    + " has left the program, so this pairing cannot start. Your coordinator can propose another.");
        }
        checks.roomToStart(mentor, asMentor);
        checks.menteeRoom(settings, mentee);
        relationship.activate(now);
        ledger.save(relationship);
        ledger.log(relationship, Kind.ACTIVATED, RelationshipStatus.PROPOSED, RelationshipStatus.ACTIVE, null);
        return summary(relationship);
    }

    /** One party's no, with the reason the other side and the coordinators will read. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public RelationshipSummary decline(long relationshipId, long version, String reason) {
        var me = CurrentUser.require();
        var relationship = partyOnly(relationshipId, me.accountId());
        access.requireOpen(relationship.getProgramId());
        return summary(ledger.close(relationshipId, version, RelationshipStatus.PROPOSED,
                RelationshipStatus.DECLINED, Kind.DECLINED, required(reason)));
    }

    /**
     * A coordinator takes back a proposal neither side has answered yet, with the reason both will
     * read. Once someone has accepted, the proposal is theirs to decline.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public RelationshipSummary withdraw(long relationshipId, long version, String reason) {
        var relationship = managed(relationshipId);
        access.requireOpen(relationship.getProgramId());
        var text = required(reason);
        var proposal = ledger.current(relationshipId, version, RelationshipStatus.PROPOSED);
        if (!summary(proposal).withdrawable()) {
            var who = proposal.getMentorAcceptedAt() != null ? proposal.getMentorName() : proposal.getMenteeName();
            throw new RuleViolation(null, who + " has accepted this proposal already, so it can no longer be "
                    + "withdrawn; either side may still decline it.");
        }
        return summary(ledger.close(relationshipId, version, RelationshipStatus.PROPOSED,
                RelationshipStatus.WITHDRAWN, Kind.WITHDRAWN, text));
    }

    /** A coordinator ends an active relationship early, with the reason. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public RelationshipSummary end(long relationshipId, long version, String reason) {
        var relationship = managed(relationshipId);
        access.requireOpen(relationship.getProgramId());
        return summary(ledger.close(relationshipId, version, RelationshipStatus.ACTIVE, RelationshipStatus.ENDED,
                Kind.ENDED, required(reason)));
    }

    /** A coordinator marks an active relationship as completed; a note is optional. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public RelationshipSummary complete(long relationshipId, long version, String note) {
        var relationship = managed(relationshipId);
        access.requireOpen(relationship.getProgramId());
        return summary(ledger.close(relationshipId, version, RelationshipStatus.ACTIVE, RelationshipStatus.COMPLETED,
                Kind.COMPLETED, optional(note)));
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public RelationshipSummary get(long relationshipId) {
        var relationship = ledger.find(relationshipId);
        access.requireReader(relationship);
        return summary(relationship);
    }

    /** Every step of the relationship, oldest first. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<RelationshipStep> history(long relationshipId) {
        access.requireReader(ledger.find(relationshipId));
        return ledger.history(relationshipId);
    }

    /** One page of the program's relationships for the console, newest first unless sorted. */
    @PreAuthorize(AppRoles.IS_STAFF)
    public List<RelationshipSummary> search(long programId, RelationshipFilter filter, int offset, int limit,
            Sort sort) {
        access.manageable(programId);
        var order = sort == null || sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "proposedAt", "id")
                : sort.and(Sort.by("id"));
        int size = Math.max(1, limit);
        return relationships.search(programId, statuses(filter), Like.containing(filter.text()),
                        PageRequest.of(offset / size, size, order))
                .stream().map(RelationshipService::summary).toList();
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public long count(long programId, RelationshipFilter filter) {
        access.manageable(programId);
        return relationships.countSearch(programId, statuses(filter), Like.containing(filter.text()));
    }

    /** The caller's own open relationships and proposals, as the portal home lists them. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<MyRelationship> mine() {
        var me = CurrentUser.require();
        var mine = relationships.findMine(me.accountId(), OPEN);
        var names = programs.programs(mine.stream().map(Relationship::getProgramId).distinct().toList());
        return mine.stream().map(r -> new MyRelationship(summary(r), names.get(r.getProgramId()).name(),
                r.getMentorAccountId() == me.accountId())).toList();
    }

    /** The relationship, when the caller is one of its two parties; coordinators may not answer for them. */
    private Relationship partyOnly(long relationshipId, long accountId) {
        var relationship = ledger.find(relationshipId);
        if (!PairingAccess.isParty(relationship, accountId)) {
            throw new AccessDeniedException("Only the two people paired answer a proposal");
        }
        return relationship;
    }

    private Relationship managed(long relationshipId) {
        var relationship = ledger.find(relationshipId);
        if (!access.canManage(relationship.getProgramId())) {
            throw new AccessDeniedException("Not a coordinator of this program");
        }
        return relationship;
    }

    private static String required(String reason) {
        var text = optional(reason);
        if (text == null) {
            throw new RuleViolation("reason", "Give a reason");
        }
        return text;
    }

    private static String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > REASON_MAX) {
            throw new RuleViolation("reason", "Use at most " + REASON_MAX + " characters");
        }
        return stripped;
    }

    private static Set<RelationshipStatus> statuses(RelationshipFilter filter) {
        return filter.statuses() == null || filter.statuses().isEmpty() ? EnumSet.allOf(RelationshipStatus.class)
                : filter.statuses();
    }

    static RelationshipSummary summary(Relationship r) {
        var reasons = r.getMatchReasons() == null || r.getMatchReasons().isBlank() ? List.<String>of()
                : Arrays.asList(r.getMatchReasons().split("\n"));
        return new RelationshipSummary(r.getId(), r.getProgramId(), r.getMentorEnrolmentId(),
                r.getMenteeEnrolmentId(), r.getMentorAccountId(), r.getMenteeAccountId(), r.getMentorName(),
                r.getMenteeName(), r.getStatus(), r.getMatchScore() == null ? null : r.getMatchScore().intValue(),
                reasons, r.getProposedAt(), r.getMentorAcceptedAt(), r.getMenteeAcceptedAt(), r.getStartedAt(),
                r.getClosedAt(), r.getCloseReason(), r.getVersion());
    }

    /** Keeps the copies of the parties' names current. */
    @org.springframework.context.event.EventListener
    @Transactional
    void on(app.rapport.security.AccountRenamed renamed) {
        relationships.renameMentor(renamed.accountId(), renamed.displayName());
        relationships.renameMentee(renamed.accountId(), renamed.displayName());
    }
}
