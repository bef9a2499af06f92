package app.rapport.program.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.program.ProgramSettings;
import app.rapport.program.ProgramStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A mentoring program: its dates, status, settings and coordinators (account ids). */
@Entity
@Table(name = "program")
public class Program extends AbstractEntity {

    @Column(name = "name", nullable = false, length = ProgramSettings.NAME_MAX)
    private String name;

    @Column(name = "description", columnDefinition = "TEXT")
    private String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ProgramStatus status;

    @Column(name = "stall_threshold_days", nullable = false)
    private short stallThresholdDays;

    @Column(name = "anonymity_threshold", nullable = false)
    private short anonymityThreshold;

    @Column(name = "checkin_cadence_days", nullable = false)
    private short checkinCadenceDays;

    @ElementCollection
    @CollectionTable(name = "program_coordinator", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "account_id", nullable = false)
    @BatchSize(size = 50)
    private Set<Long> coordinatorIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Program() {
    }

    public Program(String name, String description, LocalDate startsOn, LocalDate endsOn, Set<Long> coordinatorIds,
            Instant now) {
        this.status = ProgramStatus.DRAFT;
        this.stallThresholdDays = 21;
        this.anonymityThreshold = 3;
        this.checkinCadenceDays = 14;
        this.coordinatorIds = new HashSet<>(coordinatorIds);
        this.createdAt = now;
        describe(name, description, startsOn, endsOn, now);
    }

    public void describe(String name, String description, LocalDate startsOn, LocalDate endsOn, Instant now) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.updatedAt = now;
    }

    public void configure(int stallThresholdDays, int anonymityThreshold, int checkinCadenceDays, Instant now) {
        this.stallThresholdDays = (short) stallThresholdDays;
        this.anonymityThreshold = (short) anonymityThreshold;
        this.checkinCadenceDays = (short) checkinCadenceDays;
        this.updatedAt = now;
    }

    public void moveTo(ProgramStatus target, Instant now) {
        this.status = target;
        this.updatedAt = now;
    }

    public void replaceCoordinators(Set<Long> ids, Instant now) {
        coordinatorIds.retainAll(ids);
        coordinatorIds.addAll(ids);
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    public int getStallThresholdDays() {
        return stallThresholdDays;
    }

    public int getAnonymityThreshold() {
        return anonymityThreshold;
    }

    public int getCheckinCadenceDays() {
        return checkinCadenceDays;
    }

    public Set<Long> getCoordinatorIds() {
        return Set.copyOf(coordinatorIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
