package app.rapport.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByAccountId(long accountId);

    Optional<Invitation> findByLinkTokenId(long linkTokenId);

    /** What decides whether each account may still be invited, and how its invitation stands: one statement. */
    @Query("""
            select new app.rapport.security.domain.InvitationRow(a.id, a.enabled, a.firstSignedInAt,
                   i.expiresAt, i.lastSentAt, i.sentCount, i.acceptedAt, i.bouncedAt, i.bounceError)
            from Account a left join Invitation i on i.accountId = a.id
            where a.id in :ids
            """)
    List<InvitationRow> rows(@Param("ids") Collection<Long> accountIds);

    /**
     * Invitations whose reminder is due: sent by hand before {@code sentBefore}, not reminded, not
     * accepted, not bounced, still open past {@code openUntil}, for an enabled account never signed in.
     */
    @Query("""
            select i.id from Invitation i, Account a
            where a.id = i.accountId and a.enabled = true and a.firstSignedInAt is null
              and i.acceptedAt is null and i.remindedAt is null and i.bouncedAt is null
              and i.lastSentAt <= :sentBefore and i.expiresAt > :openUntil
            order by i.lastSentAt
            """)
    List<Long> dueForReminder(@Param("sentBefore") Instant sentBefore, @Param("openUntil") Instant openUntil,
            Pageable page);
}
