package app.rapport.feedback.domain;

import app.rapport.feedback.RequestStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedbackRequestRepository extends JpaRepository<FeedbackRequestItem, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from FeedbackRequestItem q where q.id = :id")
    Optional<FeedbackRequestItem> findLocked(@Param("id") long id);

    List<FeedbackRequestItem> findByRoundIdIn(Collection<Long> roundIds);

    List<FeedbackRequestItem> findByRoundId(long roundId);

    /** Requests in these statuses whose round is not past its due date. */
    @Query("""
            select count(q) from FeedbackRequestItem q, FeedbackRoundItem r
            where q.roundId = r.id and q.relationshipId = :relationship and q.status in :statuses
              and r.dueOn >= :today
            """)
    long countWaiting(@Param("relationship") long relationshipId,
            @Param("statuses") Collection<RequestStatus> statuses, @Param("today") LocalDate today);

    @Query("""
            select q from FeedbackRequestItem q where q.relationshipId = :relationship
              and q.peerAccountId in :peers and q.askedAt > :since
            order by q.askedAt desc
            """)
    List<FeedbackRequestItem> findRecent(@Param("relationship") long relationshipId,
            @Param("peers") Collection<Long> peerAccountIds, @Param("since") Instant since);

    @Query("""
            select q from FeedbackRequestItem q, FeedbackRoundItem r
            where q.roundId = r.id and q.peerAccountId = :peer and q.status in :statuses and r.dueOn >= :today
            order by r.dueOn, q.id
            """)
    List<FeedbackRequestItem> findAddressedTo(@Param("peer") long peerAccountId,
            @Param("statuses") Collection<RequestStatus> statuses, @Param("today") LocalDate today);

    @Query("""
            select count(q) from FeedbackRequestItem q, FeedbackRoundItem r
            where q.roundId = r.id and q.peerAccountId = :peer and q.status = :status and r.dueOn >= :today
            """)
    long countAddressedTo(@Param("peer") long peerAccountId, @Param("status") RequestStatus status,
            @Param("today") LocalDate today);
}
