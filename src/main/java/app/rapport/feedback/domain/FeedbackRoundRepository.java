package app.rapport.feedback.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedbackRoundRepository extends JpaRepository<FeedbackRoundItem, Long> {

    @Query("""
            select r from FeedbackRoundItem r where r.relationshipId = :relationship
            order by r.requestedAt desc, r.id desc
            """)
    List<FeedbackRoundItem> findByRelationship(@Param("relationship") long relationshipId);

    @Query("""
            select r from FeedbackRoundItem r where r.programId = :program
            order by r.requestedAt desc, r.id desc
            """)
    List<FeedbackRoundItem> findByProgram(@Param("program") long programId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from FeedbackRoundItem r where r.id = :id")
    Optional<FeedbackRoundItem> findLocked(@Param("id") long id);

    /** The rounds of the relationships whose results are visible, in the order they became so. */
    @Query("""
            select r from FeedbackRoundItem r where r.relationshipId in :relationships and r.revealedAt is not null
            order by r.revealedAt, r.id
            """)
    List<FeedbackRoundItem> findRevealed(@Param("relationships") Collection<Long> relationshipIds);

    /** Requests asked in the program since a moment, not cancelled: how many, and how many answered. */
    @Query("""
            select new app.rapport.feedback.domain.RequestCounts(count(q),
                coalesce(sum(case when q.status = app.rapport.feedback.RequestStatus.ANSWERED then 1L else 0L end), 0L))
            from FeedbackRequestItem q, FeedbackRoundItem r
            where r.id = q.roundId and r.programId = :program and q.askedAt >= :since
              and q.status <> app.rapport.feedback.RequestStatus.CANCELLED
            """)
    RequestCounts responseCounts(@Param("program") long programId, @Param("since") Instant since);
}
