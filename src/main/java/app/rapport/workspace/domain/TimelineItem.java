package app.rapport.workspace.domain;

import app.rapport.workspace.TimelineKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of a relationship's timeline; rewritten when the thing it tells of is edited. */
@Entity
@Table(name = "timeline_entry")
public class TimelineItem {

    public static final int SUMMARY_MAX = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private TimelineKind kind;

    @Column(name = "source_id", updatable = false)
    private Long sourceId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    protected TimelineItem() {
    }

    public TimelineItem(long relationshipId, TimelineKind kind, Long sourceId, Instant occurredAt, Long actorId,
            String actorName, String summary) {
        this.relationshipId = relationshipId;
        this.kind = kind;
        this.sourceId = sourceId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        retell(occurredAt, summary);
    }

    public void retell(Instant occurredAt, String summary) {
        this.occurredAt = occurredAt;
        this.summary = summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public TimelineKind getKind() {
        return kind;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSummary() {
        return summary;
    }
}
