package app.rapport.security.domain;

import app.rapport.security.AuditEventType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByAccountIdAndTypeOrderByIdAsc(Long accountId, AuditEventType type);

    long countByAccountIdAndTypeAndOccurredAtAfter(Long accountId, AuditEventType type, Instant after);
}
