package app.rapport.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins for one email within the current window, and the lock they led to. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "failure_count", nullable = false)
    private short failureCount;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String email, Instant now) {
        this.email = email;
        this.windowStartedAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /**
     * Counts one failure; returns true when this failure locks the email.
     * A failure outside the window starts a new window.
     */
    public boolean recordFailure(Instant now, int maxFailures, Duration window, Duration lockFor) {
        if (now.isAfter(windowStartedAt.plus(window)) || (lockedUntil != null && !now.isBefore(lockedUntil))) {
            windowStartedAt = now;
            failureCount = 0;
            lockedUntil = null;
        }
        failureCount++;
        if (failureCount >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failureCount = 0;
            windowStartedAt = now;
            return true;
        }
        return false;
    }

    public String getEmail() {
        return email;
    }

    public short getFailureCount() {
        return failureCount;
    }
}
