package app.rapport.security;

import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import app.rapport.security.domain.LoginThrottle;
import app.rapport.security.domain.LoginThrottleRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per email and locks an email that fails too often. It works on the
 * email as typed, whether or not an account has it, so its answers reveal no account.
 */
@Component
class LoginProtection {

    private final LoginThrottleRepository throttles;
    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final LockoutProperties properties;
    private final Clock clock;

    LoginProtection(LoginThrottleRepository throttles, AccountRepository accounts, AuditLog auditLog,
            LockoutProperties properties, Clock clock) {
        this.throttles = throttles;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    /** When the email is locked now, the moment the lock ends. */
    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String email) {
        var now = clock.instant();
        return throttles.findById(email).filter(t -> t.isLockedAt(now)).map(LoginThrottle::getLockedUntil);
    }

    /** Records a failed attempt; returns true when this attempt locked the email. */
    @Transactional
    boolean recordFailure(String email, String reason) {
        var now = clock.instant();
        var accountId = accounts.findByEmail(email).map(Account::getId).orElse(null);
        var throttle = throttles.findForUpdate(email).orElseGet(() -> throttles.save(new LoginThrottle(email, now)));
        auditLog.record(AuditEventType.LOGIN_FAILURE, accountId, null, email, reason);
        boolean locked = throttle.recordFailure(now, properties.maxFailures(), properties.window(),
                properties.duration());
        if (locked) {
            auditLog.record(AuditEventType.LOCKOUT, accountId, null, email,
                    "locked for " + properties.duration().toMinutes() + " min after "
                            + properties.maxFailures() + " failed sign-ins");
        }
        return locked;
    }

    @Transactional
    void recordSuccess(String email, long accountId) {
        throttles.findForUpdate(email).ifPresent(throttles::delete);
        auditLog.record(AuditEventType.LOGIN_SUCCESS, accountId, accountId, email, null);
        accounts.markFirstSignIn(accountId, clock.instant());
    }

    Duration lockDuration() {
        return properties.duration();
    }
}
