package app.rapport.workspace.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GoalProgressItemRepository extends JpaRepository<GoalProgressItem, Long> {

    List<GoalProgressItem> findByRelationshipIdOrderByRecordedAtAscIdAsc(long relationshipId);

    List<GoalProgressItem> findByGoalIdOrderByRecordedAtAscIdAsc(long goalId);

    /** Goal, time and value of every progress step of the relationships' goals, oldest first. */
    @Query("""
            select new app.rapport.workspace.domain.GoalStepFacts(p.goalId, p.recordedAt, p.progress)
            from GoalProgressItem p
            where p.relationshipId in :relationships order by p.recordedAt, p.id
            """)
    List<GoalStepFacts> measured(@Param("relationships") Collection<Long> relationshipIds);
}
