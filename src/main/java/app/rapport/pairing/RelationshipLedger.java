package app.rapport.pairing;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.pairing.RelationshipStep.Kind;
import app.rapport.pairing.domain.Relationship;
import app.rapport.pairing.domain.RelationshipEvent;
import app.rapport.pairing.domain.RelationshipEventRepository;
import app.rapport.pairing.domain.RelationshipRepository;
import app.rapport.program.EnrolmentRef;
import app.rapport.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Where a relationship's steps are written: the row itself (a concurrent edit is refused, not
 * overwritten), one line of its history per step, and the {@link RelationshipMoved} event other
 * features follow. Callers check who may take the step first.
 */
@Component
class RelationshipLedger {

    private final RelationshipRepository relationships;
    private final RelationshipEventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    RelationshipLedger(RelationshipRepository relationships, RelationshipEventRepository events, Clock clock,
            ApplicationEventPublisher publisher) {
        this.relationships = relationships;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Moves a relationship from one status to a closing one, with its history line. */
    Relationship close(long relationshipId, long version, RelationshipStatus from, RelationshipStatus to, Kind kind,
            String reason) {
        var relationship = current(relationshipId, version, from);
        relationship.close(to, reason, clock.instant());
        save(relationship);
        log(relationship, kind, from, to, reason);
        return relationship;
    }

    Relationship saveNew(Relationship relationship, EnrolmentRef mentor, EnrolmentRef mentee) {
        try {
            return relationships.saveAndFlush(relationship);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolation("mentor", mentor.name() + " and " + mentee.name()
                    + " already have an open relationship in this program");
        }
    }

    void save(Relationship relationship) {
        try {
            relationships.saveAndFlush(relationship);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("relationship");
        }
    }

    void log(Relationship r, Kind kind, RelationshipStatus from, RelationshipStatus to, String reason) {
        var me = CurrentUser.require();
        var now = clock.instant();
        events.save(new RelationshipEvent(r.getId(), kind, from, to, me.accountId(), me.displayName(), now, reason));
        publisher.publishEvent(new RelationshipMoved(r.getId(), r.getProgramId(), kind, from, to, me.accountId(),
                me.displayName(), now, reason));
    }

    Relationship find(long relationshipId) {
        return relationships.findById(relationshipId)
                .orElseThrow(() -> new AccessDeniedException("No such relationship"));
    }

    /** Re-reads the relationship and refuses when it moved on since the caller's page was drawn. */
    Relationship current(long relationshipId, long version, RelationshipStatus expected) {
        var relationship = find(relationshipId);
        if (relationship.getVersion() != version) {
            throw new StaleEdit("relationship");
        }
        if (relationship.getStatus() != expected) {
            throw new RuleViolation(null, "This relationship is " + relationship.getStatus().label().toLowerCase(
                    Locale.ROOT) + "; that step is no longer possible.");
        }
        return relationship;
    }

    /** Every step, oldest first. */
    List<RelationshipStep> history(long relationshipId) {
        return events.findByRelationshipIdOrderByOccurredAtAscIdAsc(relationshipId).stream()
                .map(e -> new RelationshipStep(e.getKind(), e.getFromStatus(), e.getToStatus(), e.getActorId(),
                        e.getActorName(), e.getOccurredAt(), e.getReason()))
                .toList();
    }
}
