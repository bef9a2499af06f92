package app.rapport.workspace.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.workspace.GoalDraft;
import app.rapport.workspace.GoalStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A goal of a relationship. The service decides what may change; the entity keeps its columns
 * consistent (a completed goal is at 100 % and has its completion time), as the database does.
 */
@Entity
@Table(name = "goal")
public class GoalItem extends AbstractEntity {

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Column(name = "title", nullable = false, length = GoalDraft.TITLE_MAX)
    private String title;

    @Column(name = "description", length = GoalDraft.DESCRIPTION_MAX)
    private String description;

    @Column(name = "progress", nullable = false)
    private short progress;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private GoalStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected GoalItem() {
    }

    public GoalItem(long relationshipId, String title, String description, long createdBy, Instant at) {
        this.relationshipId = relationshipId;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.status = GoalStatus.OPEN;
        describe(title, description, at);
    }

    public void describe(String title, String description, Instant at) {
        this.title = title;
        this.description = description;
        this.updatedAt = at;
    }

    public void progress(int percent, Instant at) {
        this.progress = (short) percent;
        this.updatedAt = at;
    }

    public void complete(Instant at) {
        progress(100, at);
        this.status = GoalStatus.COMPLETED;
        this.completedAt = at;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getProgress() {
        return progress;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
