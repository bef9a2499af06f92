package app.rapport.progress;

import app.rapport.pairing.RelationshipStatus;
import java.util.List;

/** A relationship that needs a coordinator's attention, and every reason why. */
public record AtRisk(long relationshipId, String mentorName, String menteeName, RelationshipStatus status,
        Integer health, List<String> reasons) {
}
