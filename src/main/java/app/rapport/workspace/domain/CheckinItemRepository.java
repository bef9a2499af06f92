package app.rapport.workspace.domain;

import app.rapport.workspace.Side;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CheckinItemRepository extends JpaRepository<CheckinItem, Long> {

    @Query("""
            select c from CheckinItem c where c.relationshipId = :relationship
            order by c.periodStart desc, c.createdAt desc, c.id desc
            """)
    List<CheckinItem> page(@Param("relationship") long relationshipId, Pageable page);

    long countByRelationshipId(long relationshipId);

    Optional<CheckinItem> findByRelationshipIdAndSideAndPeriodStart(long relationshipId, Side side,
            LocalDate periodStart);

    /** Relationship, side, time and the three ratings: what progress derives from. */
    @Query("""
            select new app.rapport.workspace.domain.CheckinFacts(c.relationshipId, c.side, c.createdAt, c.connection,
                c.trust, c.value) from CheckinItem c
            where c.relationshipId in :relationships
            """)
    List<CheckinFacts> measured(@Param("relationships") Collection<Long> relationshipIds);
}
