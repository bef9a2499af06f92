package app.rapport.workspace.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KickoffItemRepository extends JpaRepository<KickoffItem, Long> {

    List<KickoffItem> findByRelationshipId(long relationshipId);
}
