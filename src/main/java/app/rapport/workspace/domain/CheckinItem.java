package app.rapport.workspace.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.workspace.CheckinDraft;
import app.rapport.workspace.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One side's check-in for one period of the program's cadence; checked by the service first. */
@Entity
@Table(name = "checkin")
public class CheckinItem extends AbstractEntity {

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", nullable = false, length = 6, updatable = false)
    private Side side;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "connection_rating", nullable = false)
    private short connection;

    @Column(name = "trust_rating", nullable = false)
    private short trust;

    @Column(name = "value_rating", nullable = false)
    private short value;

    @Column(name = "reflection", length = CheckinDraft.REFLECTION_MAX)
    private String reflection;

    @Column(name = "reflection_shared", nullable = false)
    private boolean reflectionShared;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CheckinItem() {
    }

    /** {@code draft} holds checked values (a blank reflection already null). */
    public CheckinItem(long relationshipId, Side side, LocalDate periodStart, CheckinDraft draft, Instant now) {
        this.relationshipId = relationshipId;
        this.side = side;
        this.periodStart = periodStart;
        this.createdAt = now;
        change(draft, now);
    }

    public void change(CheckinDraft draft, Instant now) {
        this.connection = draft.connection().shortValue();
        this.trust = draft.trust().shortValue();
        this.value = draft.value().shortValue();
        this.reflection = draft.reflection();
        this.reflectionShared = draft.shareReflection();
        this.updatedAt = now;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public Side getSide() {
        return side;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public int getConnection() {
        return connection;
    }

    public int getTrust() {
        return trust;
    }

    public int getValue() {
        return value;
    }

    public String getReflection() {
        return reflection;
    }

    public boolean isReflectionShared() {
        return reflectionShared;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
