package app.rapport.feedback.domain;

import app.rapport.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One showing of a revealed round's results to someone: the audit log the issue asks for. */
@Entity
@Table(name = "feedback_view_log")
public class FeedbackViewLogItem extends AbstractEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "viewer_account_id", nullable = false, updatable = false)
    private Long viewerAccountId;

    @Column(name = "viewed_at", nullable = false, updatable = false)
    private Instant viewedAt;

    protected FeedbackViewLogItem() {
    }

    public FeedbackViewLogItem(long roundId, long viewerAccountId, Instant viewedAt) {
        this.roundId = roundId;
        this.viewerAccountId = viewerAccountId;
        this.viewedAt = viewedAt;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getViewerAccountId() {
        return viewerAccountId;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }
}
