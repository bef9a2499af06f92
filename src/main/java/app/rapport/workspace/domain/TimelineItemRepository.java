package app.rapport.workspace.domain;

import app.rapport.workspace.TimelineKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TimelineItemRepository extends JpaRepository<TimelineItem, Long> {

    @Query("""
            select t from TimelineItem t where t.relationshipId = :relationship and t.kind in :kinds
            order by t.occurredAt desc, t.id desc
            """)
    List<TimelineItem> page(@Param("relationship") long relationshipId, @Param("kinds") Collection<TimelineKind> kinds,
            Pageable page);

    @Query("select count(t) from TimelineItem t where t.relationshipId = :relationship and t.kind in :kinds")
    long count(@Param("relationship") long relationshipId, @Param("kinds") Collection<TimelineKind> kinds);

    Optional<TimelineItem> findFirstByKindAndSourceId(TimelineKind kind, long sourceId);

    @Modifying
    @Query("delete from TimelineItem t where t.kind = :kind and t.sourceId = :source")
    int deleteBySource(@Param("kind") TimelineKind kind, @Param("source") long sourceId);
}
