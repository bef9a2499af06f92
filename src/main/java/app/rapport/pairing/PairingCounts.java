package app.rapport.pairing;

import app.rapport.pairing.domain.RelationshipRepository;
import app.rapport.program.EnrolmentUsage;
import app.rapport.program.PairCounts;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the program feature asks of pairing: relationship counts per program, whether an enrolment
 * is used, and whom a mentor's open relationships are with.
 */
@Component
@Transactional(readOnly = true)
class PairingCounts implements PairCounts, EnrolmentUsage {

    private final RelationshipRepository relationships;

    PairingCounts(RelationshipRepository relationships) {
        this.relationships = relationships;
    }

    @Override
    public Map<Long, Counts> countOpen(Collection<Long> programIds) {
        var active = new HashMap<Long, Long>();
        var proposed = new HashMap<Long, Long>();
        for (var row : relationships.countOpen(programIds)) {
            (row.status() == RelationshipStatus.ACTIVE ? active : proposed).put(row.programId(), row.count());
        }
        var result = new HashMap<Long, Counts>();
        for (var id : programIds) {
            result.put(id, new Counts(active.getOrDefault(id, 0L), proposed.getOrDefault(id, 0L)));
        }
        return result;
    }

    @Override
    public boolean isInUse(long enrolmentId) {
        return relationships.usesEnrolment(enrolmentId);
    }

    @Override
    public List<String> openMentees(long enrolmentId) {
        return relationships.openMenteeNames(enrolmentId);
    }

    @Override
    public Map<Long, Long> openByMentor(long programId) {
        var result = new HashMap<Long, Long>();
        relationships.openByMentor(programId).forEach(r -> result.put(r.enrolmentId(), r.count()));
        return result;
    }
}
