package app.rapport.pairing;

import app.rapport.pairing.domain.Relationship;
import app.rapport.pairing.domain.RelationshipRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups for other features, which check access themselves first (the workspace asks whether
 * the caller is a party or a coordinator). Nothing here is guarded: never hand it to a view.
 */
@Component
@Transactional(readOnly = true)
public class RelationshipDirectory {

    private final RelationshipRepository relationships;

    RelationshipDirectory(RelationshipRepository relationships) {
        this.relationships = relationships;
    }

    public Optional<RelationshipFacts> find(long relationshipId) {
        return relationships.findById(relationshipId).map(RelationshipDirectory::facts);
    }

    /** The person's relationships that have started: active, completed or ended; newest first. */
    public List<RelationshipFacts> started(long accountId) {
        return relationships.findMine(accountId, EnumSet.of(RelationshipStatus.ACTIVE, RelationshipStatus.COMPLETED,
                RelationshipStatus.ENDED)).stream().map(RelationshipDirectory::facts).toList();
    }

    static RelationshipFacts facts(Relationship r) {
        return new RelationshipFacts(r.getId(), r.getProgramId(), r.getMentorAccountId(), r.getMenteeAccountId(),
                r.getMentorName(), r.getMenteeName(), r.getStatus(), r.getProposedAt(), r.getStartedAt(),
                r.getClosedAt());
    }
}
