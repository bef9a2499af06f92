package app.rapport.workspace.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GoalItemRepository extends JpaRepository<GoalItem, Long> {

    List<GoalItem> findByRelationshipIdOrderByCreatedAtAscIdAsc(long relationshipId);

    /** Id, relationship, title and creation time of the relationships' goals. */
    @Query("""
            select new app.rapport.workspace.domain.GoalFacts(g.id, g.relationshipId, g.title, g.createdAt) from GoalItem g
            where g.relationshipId in :relationships order by g.createdAt, g.id
            """)
    List<GoalFacts> measured(@Param("relationships") Collection<Long> relationshipIds);
}
