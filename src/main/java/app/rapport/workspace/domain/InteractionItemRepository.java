package app.rapport.workspace.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InteractionItemRepository extends JpaRepository<InteractionItem, Long> {

    @Query("""
            select i from InteractionItem i where i.relationshipId = :relationship
            order by i.occurredOn desc, i.id desc
            """)
    List<InteractionItem> page(@Param("relationship") long relationshipId, Pageable page);

    long countByRelationshipId(long relationshipId);

    @Query("select max(i.occurredOn) from InteractionItem i where i.relationshipId = :relationship")
    Optional<LocalDate> lastDate(@Param("relationship") long relationshipId);

    Optional<InteractionItem> findFirstByRelationshipIdOrderByOccurredOnDescIdDesc(long relationshipId);

    /** Relationship, date, minutes, side that asked, side that gave: what progress derives from. */
    @Query("""
            select new app.rapport.workspace.domain.InteractionFacts(i.relationshipId, i.occurredOn, i.minutes,
                i.helpAskedBy, i.helpGivenBy) from InteractionItem i
            where i.relationshipId in :relationships
            """)
    List<InteractionFacts> measured(@Param("relationships") Collection<Long> relationshipIds);
}
