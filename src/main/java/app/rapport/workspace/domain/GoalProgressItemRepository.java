package app.rapport.workspace.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalProgressItemRepository extends JpaRepository<GoalProgressItem, Long> {

    List<GoalProgressItem> findByRelationshipIdOrderByRecordedAtAscIdAsc(long relationshipId);

    List<GoalProgressItem> findByGoalIdOrderByRecordedAtAscIdAsc(long goalId);
}
