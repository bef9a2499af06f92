package app.rapport.pairing.domain;

import app.rapport.pairing.RelationshipStatus;
import app.rapport.pairing.RelationshipStep.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a relationship's life, written once and never changed. */
@Entity
@Table(name = "relationship_event")
public class RelationshipEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 10, updatable = false)
    private RelationshipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 10, updatable = false)
    private RelationshipStatus toStatus;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "reason", length = Relationship.REASON_MAX, updatable = false)
    private String reason;

    protected RelationshipEvent() {
    }

    public RelationshipEvent(long relationshipId, Kind kind, RelationshipStatus fromStatus, RelationshipStatus toStatus,
            long actorId, String actorName, Instant occurredAt, String reason) {
        this.relationshipId = relationshipId;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actorId;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public Kind getKind() {
        return kind;
    }

    public RelationshipStatus getFromStatus() {
        return fromStatus;
    }

    public RelationshipStatus getToStatus() {
        return toStatus;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }
}
