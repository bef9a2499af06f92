package app.rapport.pairing.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.pairing.MatchWeights;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A program's matching weights and pairing rules; its row also serialises pairing changes. */
@Entity
@Table(name = "pairing_settings")
public class PairingSettings extends AbstractEntity {

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "goals_weight", nullable = false)
    private short goalsWeight;

    @Column(name = "language_weight", nullable = false)
    private short languageWeight;

    @Column(name = "language_required", nullable = false)
    private boolean languageRequired;

    @Column(name = "timezone_weight", nullable = false)
    private short timezoneWeight;

    @Column(name = "department_weight", nullable = false)
    private short departmentWeight;

    @Column(name = "department_required", nullable = false)
    private boolean departmentRequired;

    @Column(name = "pairings_final", nullable = false)
    private boolean pairingsFinal;

    @Column(name = "mentee_active_max", nullable = false)
    private short menteeActiveMax;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PairingSettings() {
    }

    public PairingSettings(long programId, Instant now) {
        this.programId = programId;
        this.menteeActiveMax = 1;
        weigh(MatchWeights.DEFAULT, now);
    }

    public void weigh(MatchWeights w, Instant now) {
        goalsWeight = (short) w.goals();
        languageWeight = (short) w.language();
        languageRequired = w.languageRequired();
        timezoneWeight = (short) w.timeZone();
        departmentWeight = (short) w.department();
        departmentRequired = w.departmentRequired();
        updatedAt = now;
    }

    public void decide(boolean pairingsFinal, int menteeActiveMax, Instant now) {
        this.pairingsFinal = pairingsFinal;
        this.menteeActiveMax = (short) menteeActiveMax;
        updatedAt = now;
    }

    public MatchWeights weights() {
        return new MatchWeights(goalsWeight, languageWeight, languageRequired, timezoneWeight, departmentWeight,
                departmentRequired);
    }

    public Long getProgramId() {
        return programId;
    }

    public boolean isPairingsFinal() {
        return pairingsFinal;
    }

    public int getMenteeActiveMax() {
        return menteeActiveMax;
    }
}
