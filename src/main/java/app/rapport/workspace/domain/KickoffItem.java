package app.rapport.workspace.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.workspace.KickoffDraft;
import app.rapport.workspace.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One side's kick-off of a relationship; the database keeps it to one per side. */
@Entity
@Table(name = "kickoff")
public class KickoffItem extends AbstractEntity {

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 10, updatable = false)
    private Side side;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(name = "wants", nullable = false, length = KickoffDraft.WANTS_MAX)
    private String wants;

    @Column(name = "sees_relationship", nullable = false)
    private boolean seesRelationship;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KickoffItem() {
    }

    public KickoffItem(long relationshipId, Side side, long authorId, String wants, boolean seesRelationship,
            Instant at) {
        this.relationshipId = relationshipId;
        this.side = side;
        this.authorId = authorId;
        this.writtenAt = at;
        rewrite(wants, seesRelationship, at);
    }

    public void rewrite(String wants, boolean seesRelationship, Instant at) {
        this.wants = wants;
        this.seesRelationship = seesRelationship;
        this.updatedAt = at;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public Side getSide() {
        return side;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getWants() {
        return wants;
    }

    public boolean isSeesRelationship() {
        return seesRelationship;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
