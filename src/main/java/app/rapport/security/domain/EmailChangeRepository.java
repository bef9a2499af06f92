package app.rapport.security.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailChangeRepository extends JpaRepository<EmailChange, Long> {

    Optional<EmailChange> findByAccountId(long accountId);

    Optional<EmailChange> findByLinkTokenId(long linkTokenId);
}
