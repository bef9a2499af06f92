package app.rapport.workspace.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionFormat;
import app.rapport.workspace.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A logged meeting or exchange of a pair; the service has checked every value before it lands here. */
@Entity
@Table(name = "interaction")
public class InteractionItem extends AbstractEntity {

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private Long relationshipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "logged_by", nullable = false, length = 6, updatable = false)
    private Side loggedBy;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "duration_minutes", nullable = false)
    private short minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_format", nullable = false, length = 12)
    private InteractionFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by", nullable = false, length = 6)
    private Side initiatedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_asked_by", length = 6)
    private Side helpAskedBy;

    @Column(name = "help_asked", length = InteractionDraft.HELP_MAX)
    private String helpAsked;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_given_by", length = 6)
    private Side helpGivenBy;

    @Column(name = "help_given", length = InteractionDraft.HELP_MAX)
    private String helpGiven;

    @Column(name = "notes", columnDefinition = "TEXT")
    private String notes;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InteractionItem() {
    }

    /** {@code draft} holds checked, trimmed values (blank texts already null). */
    public InteractionItem(long relationshipId, Side loggedBy, InteractionDraft draft, Instant now) {
        this.relationshipId = relationshipId;
        this.loggedBy = loggedBy;
        this.createdAt = now;
        change(draft, now);
    }

    /** Takes the new values; a confirmation was of the old ones, so it is dropped. */
    public void change(InteractionDraft draft, Instant now) {
        this.occurredOn = draft.date();
        this.minutes = draft.minutes().shortValue();
        this.format = draft.format();
        this.initiatedBy = draft.initiatedBy();
        this.helpAskedBy = draft.helpAskedBy();
        this.helpAsked = draft.helpAsked();
        this.helpGivenBy = draft.helpGivenBy();
        this.helpGiven = draft.helpGiven();
        this.notes = draft.notes();
        this.confirmedAt = null;
        this.updatedAt = now;
    }

    public void confirm(Instant now) {
        this.confirmedAt = now;
        this.updatedAt = now;
    }

    public Long getRelationshipId() {
        return relationshipId;
    }

    public Side getLoggedBy() {
        return loggedBy;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public InteractionFormat getFormat() {
        return format;
    }

    public Side getInitiatedBy() {
        return initiatedBy;
    }

    public Side getHelpAskedBy() {
        return helpAskedBy;
    }

    public String getHelpAsked() {
        return helpAsked;
    }

    public Side getHelpGivenBy() {
        return helpGivenBy;
    }

    public String getHelpGiven() {
        return helpGiven;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
