package app.rapport.security;

import app.rapport.security.domain.AuditEvent;
import app.rapport.security.domain.AuditEventRepository;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the security audit log. An entry joins the caller's transaction, so an account change
 * and its entry are saved together or not at all.
 */
@Component
class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditEventType type, Long accountId, Long actorId, String email, String detail) {
        events.save(new AuditEvent(clock.instant(), type, accountId, actorId, email, detail));
    }
}
