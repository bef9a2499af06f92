package app.rapport.workspace.domain;

import app.rapport.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One value a goal's progress took, kept for charts; never changed once written. */
@Entity
@Table(name = "goal_progress")
public class GoalProgressItem extends AbstractEntity {

    @Column(name = "goal_id", nullable = false, updatable = false)
    private Long goalId;

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Column(name = "progress", nullable = false, updatable = false)
    private short progress;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private Long actorId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected GoalProgressItem() {
    }

    public GoalProgressItem(long goalId, long relationshipId, int progress, long actorId, Instant recordedAt) {
        this.goalId = goalId;
        this.relationshipId = relationshipId;
        this.progress = (short) progress;
        this.actorId = actorId;
        this.recordedAt = recordedAt;
    }

    public Long getGoalId() {
        return goalId;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public int getProgress() {
        return progress;
    }

    public Long getActorId() {
        return actorId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
