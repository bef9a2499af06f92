package app.rapport.pairing.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RelationshipEventRepository extends JpaRepository<RelationshipEvent, Long> {

    List<RelationshipEvent> findByRelationshipIdOrderByOccurredAtAscIdAsc(long relationshipId);
}
