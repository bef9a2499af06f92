package app.rapport.feedback.domain;

import app.rapport.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A program's peer-feedback settings; identity stays hidden from coordinators by default. */
@Entity
@Table(name = "feedback_settings")
public class FeedbackSettingsItem extends AbstractEntity {

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "coordinators_see_identity", nullable = false)
    private boolean coordinatorsSeeIdentity;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FeedbackSettingsItem() {
    }

    public FeedbackSettingsItem(long programId, Instant now) {
        this.programId = programId;
        this.updatedAt = now;
    }

    public void change(boolean coordinatorsSeeIdentity, Instant now) {
        this.coordinatorsSeeIdentity = coordinatorsSeeIdentity;
        this.updatedAt = now;
    }

    public Long getProgramId() {
        return programId;
    }

    public boolean isCoordinatorsSeeIdentity() {
        return coordinatorsSeeIdentity;
    }
}
