package app.rapport.security.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.security.AccountSummary;
import app.rapport.security.Emails;
import app.rapport.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A person who can sign in: the email is the login, kept in lower case. */
@Entity
@Table(name = "account")
public class Account extends AbstractEntity {

    public static final int DISPLAY_NAME_MAX = AccountSummary.DISPLAY_NAME_MAX;

    @Column(name = "email", nullable = false, length = Emails.MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "first_signed_in_at")
    private Instant firstSignedInAt;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.email = Emails.normalize(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles = new HashSet<>(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** When the person first signed in; null while they have never done so (and so may be invited). */
    public Instant getFirstSignedInAt() {
        return firstSignedInAt;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void rename(String newName, Instant now) {
        this.displayName = newName.strip();
        this.updatedAt = now;
    }

    public void changeRoles(Set<Role> newRoles, Instant now) {
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
        this.updatedAt = now;
    }

    /** Whether the person has signed in at least once. */
    public boolean hasSignedIn() {
        return firstSignedInAt != null;
    }

    public void changeEmail(String newEmail, Instant now) {
        this.email = Emails.normalize(newEmail);
        this.updatedAt = now;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    public void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }
}
