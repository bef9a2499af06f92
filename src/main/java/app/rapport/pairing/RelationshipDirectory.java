package app.rapport.pairing;

import app.rapport.pairing.domain.Relationship;
import app.rapport.pairing.domain.RelationshipRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
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

    /** The relationships with these ids, in id order; unknown ids are left out. */
    public List<RelationshipFacts> find(Collection<Long> relationshipIds) {
        return relationships.findAllById(relationshipIds).stream().map(RelationshipDirectory::facts)
                .sorted(Comparator.comparingLong(RelationshipFacts::id)).toList();
    }

    /** A program's relationships, a slice at a time: the next {@code limit} after {@code afterId}. */
    public List<RelationshipFacts> after(long programId, long afterId, int limit) {
        return relationships.findByProgramIdAndIdGreaterThanOrderByIdAsc(programId, afterId, Limit.of(limit)).stream()
                .map(RelationshipDirectory::facts).toList();
    }

    /** Every relationship of the workspace, a slice at a time: the next {@code limit} after {@code afterId}. */
    public List<RelationshipFacts> after(long afterId, int limit) {
        return relationships.findByIdGreaterThanOrderByIdAsc(afterId, Limit.of(limit)).stream()
                .map(RelationshipDirectory::facts).toList();
    }
}
