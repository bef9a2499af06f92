package app.rapport.security.domain;

import app.rapport.security.LinkPurpose;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LinkTokenRepository extends JpaRepository<LinkToken, Long> {

    Optional<LinkToken> findByTokenHash(String tokenHash);

    List<LinkToken> findByAccountIdAndPurposeAndUsedAtIsNull(long accountId, LinkPurpose purpose);

    long countByAccountIdAndPurposeAndCreatedAtAfter(long accountId, LinkPurpose purpose, Instant after);
}
