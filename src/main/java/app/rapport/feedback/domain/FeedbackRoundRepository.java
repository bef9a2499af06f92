package app.rapport.feedback.domain;

import jakarta.persistence.LockModeType;
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
}
