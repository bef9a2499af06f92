package app.rapport.program.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.EnrolmentStatus;
import app.rapport.program.ProfileLimits;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A person in a program as mentor or mentee, with the profile they have there. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AbstractEntity {

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "person_name", nullable = false, length = ProfileLimits.NAME_MAX)
    private String personName;

    @Column(name = "person_email", nullable = false, length = 254)
    private String personEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 10)
    private EnrolmentRole role;

    @Column(name = "capacity")
    private Short capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private EnrolmentStatus status;

    @Column(name = "department", length = ProfileLimits.DEPARTMENT_MAX)
    private String department;

    @Column(name = "timezone", length = ProfileLimits.TIMEZONE_MAX)
    private String timezone;

    @Column(name = "availability", length = ProfileLimits.AVAILABILITY_MAX)
    private String availability;

    @Column(name = "bio", length = ProfileLimits.BIO_MAX)
    private String bio;

    @ManyToMany
    @JoinTable(name = "enrolment_skill", joinColumns = @JoinColumn(name = "enrolment_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @BatchSize(size = 100)
    private Set<ProgramTag> skills = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "enrolment_goal", joinColumns = @JoinColumn(name = "enrolment_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @BatchSize(size = 100)
    private Set<ProgramTag> goals = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "enrolment_language", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "language", nullable = false, length = ProfileLimits.LANGUAGE_MAX)
    @BatchSize(size = 100)
    private Set<String> languages = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Enrolment() {
    }

    public Enrolment(long programId, long accountId, String personName, String personEmail, EnrolmentRole role,
            Integer capacity, Instant now) {
        this.programId = programId;
        this.accountId = accountId;
        this.personName = personName;
        this.personEmail = personEmail;
        this.status = EnrolmentStatus.ACTIVE;
        this.createdAt = now;
        assign(role, capacity, now);
    }

    public void assign(EnrolmentRole role, Integer capacity, Instant now) {
        this.role = role;
        this.capacity = role == EnrolmentRole.MENTOR
                ? (short) (capacity == null ? ProfileLimits.CAPACITY_DEFAULT : capacity) : null;
        this.updatedAt = now;
    }

    public void describe(String department, String timezone, String availability, String bio, Instant now) {
        this.department = blankToNull(department);
        this.timezone = blankToNull(timezone);
        this.availability = blankToNull(availability);
        this.bio = blankToNull(bio);
        this.updatedAt = now;
    }

    public void tag(Collection<ProgramTag> newSkills, Collection<ProgramTag> newGoals, Collection<String> newLanguages,
            Instant now) {
        skills.retainAll(newSkills);
        skills.addAll(newSkills);
        goals.retainAll(newGoals);
        goals.addAll(newGoals);
        languages.retainAll(newLanguages);
        languages.addAll(newLanguages);
        this.updatedAt = now;
    }

    public void withdraw(Instant now) {
        this.status = EnrolmentStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getProgramId() {
        return programId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonEmail() {
        return personEmail;
    }

    public EnrolmentRole getRole() {
        return role;
    }

    public Integer getCapacity() {
        return capacity == null ? null : capacity.intValue();
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public String getDepartment() {
        return department;
    }

    public String getTimezone() {
        return timezone;
    }

    public String getAvailability() {
        return availability;
    }

    public String getBio() {
        return bio;
    }

    public Set<ProgramTag> getSkills() {
        return skills;
    }

    public Set<ProgramTag> getGoals() {
        return goals;
    }

    public Set<String> getLanguages() {
        return languages;
    }
}
