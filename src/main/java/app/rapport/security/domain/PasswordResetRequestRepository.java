package app.rapport.security.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordResetRequestRepository extends JpaRepository<PasswordResetRequest, Long> {

    long countByEmailAndRequestedAtAfter(String email, Instant since);

    long countByAddressAndRequestedAtAfter(String address, Instant since);
}
