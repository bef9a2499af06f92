package app.rapport.mail.domain;

import app.rapport.mail.MailStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    /** Ids of the messages due now, oldest first. */
    @Query("""
            select m.id from MailMessage m
            where m.status = app.rapport.mail.MailStatus.QUEUED and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id
            """)
    List<Long> due(@Param("now") Instant now, Pageable page);

    List<MailMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    long countByStatus(MailStatus status);
}
