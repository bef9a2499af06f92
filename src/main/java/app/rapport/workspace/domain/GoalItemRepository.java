package app.rapport.workspace.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalItemRepository extends JpaRepository<GoalItem, Long> {

    List<GoalItem> findByRelationshipIdOrderByCreatedAtAscIdAsc(long relationshipId);
}
