package app.rapport.security.domain;

import app.rapport.security.AuditEventType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByAccountIdAndTypeOrderByIdAsc(Long accountId, AuditEventType type);
}
