package app.rapport.pairing.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.pairing.RelationshipStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mentor and a mentee in one program. The service decides whether a move is allowed; the
 * entity only keeps its columns consistent with the status (the database checks them too).
 */
@Entity
@Table(name = "relationship")
public class Relationship extends AbstractEntity {

    public static final int REASON_MAX = app.rapport.pairing.PairingLimits.REASON_MAX;
    public static final int MATCH_REASONS_MAX = 1000;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "mentor_enrolment_id", nullable = false, updatable = false)
    private Long mentorEnrolmentId;

    @Column(name = "mentee_enrolment_id", nullable = false, updatable = false)
    private Long menteeEnrolmentId;

    @Column(name = "mentor_account_id", nullable = false, updatable = false)
    private Long mentorAccountId;

    @Column(name = "mentee_account_id", nullable = false, updatable = false)
    private Long menteeAccountId;

    @Column(name = "mentor_name", nullable = false, length = 100)
    private String mentorName;

    @Column(name = "mentee_name", nullable = false, length = 100)
    private String menteeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RelationshipStatus status;

    @Column(name = "open_pair")
    private Boolean openPair;

    @Column(name = "match_score")
    private Short matchScore;

    @Column(name = "match_reasons", length = MATCH_REASONS_MAX)
    private String matchReasons;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private Long proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "mentor_accepted_at")
    private Instant mentorAcceptedAt;

    @Column(name = "mentee_accepted_at")
    private Instant menteeAcceptedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_reason", length = REASON_MAX)
    private String closeReason;

    protected Relationship() {
    }

    public Relationship(long programId, Party mentor, Party mentee, Integer matchScore, String matchReasons,
            long proposedBy, Instant now) {
        this.programId = programId;
        this.mentorEnrolmentId = mentor.enrolmentId();
        this.mentorAccountId = mentor.accountId();
        this.mentorName = mentor.name();
        this.menteeEnrolmentId = mentee.enrolmentId();
        this.menteeAccountId = mentee.accountId();
        this.menteeName = mentee.name();
        this.matchScore = matchScore == null ? null : matchScore.shortValue();
        this.matchReasons = matchReasons;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.status = RelationshipStatus.PROPOSED;
        this.openPair = Boolean.TRUE;
    }

    /** One side of a pair as the relationship records it. */
    public record Party(long enrolmentId, long accountId, String name) {
    }

    public void acceptByMentor(Instant now) {
        mentorAcceptedAt = now;
    }

    public void acceptByMentee(Instant now) {
        menteeAcceptedAt = now;
    }

    public boolean acceptedByBoth() {
        return mentorAcceptedAt != null && menteeAcceptedAt != null;
    }

    public void activate(Instant now) {
        status = RelationshipStatus.ACTIVE;
        startedAt = now;
    }

    public void close(RelationshipStatus end, String reason, Instant now) {
        status = end;
        openPair = null;
        closedAt = now;
        closeReason = reason;
    }

    public Long getProgramId() {
        return programId;
    }

    public Long getMentorEnrolmentId() {
        return mentorEnrolmentId;
    }

    public Long getMenteeEnrolmentId() {
        return menteeEnrolmentId;
    }

    public Long getMentorAccountId() {
        return mentorAccountId;
    }

    public Long getMenteeAccountId() {
        return menteeAccountId;
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getMenteeName() {
        return menteeName;
    }

    public RelationshipStatus getStatus() {
        return status;
    }

    public Short getMatchScore() {
        return matchScore;
    }

    public String getMatchReasons() {
        return matchReasons;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getMentorAcceptedAt() {
        return mentorAcceptedAt;
    }

    public Instant getMenteeAcceptedAt() {
        return menteeAcceptedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }
}
