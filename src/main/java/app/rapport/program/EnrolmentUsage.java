package app.rapport.program;

import java.util.List;
import java.util.Map;

/**
 * Implemented by features that hang things on an enrolment (pairing: relationships), so an
 * enrolment in use is withdrawn rather than removed, and a mentor's capacity is weighed against
 * the relationships they hold.
 */
public interface EnrolmentUsage {

    boolean isInUse(long enrolmentId);

    /** The mentees of this mentor enrolment's open relationships (active and proposed), by name. */
    default List<String> openMentees(long enrolmentId) {
        return List.of();
    }

    /** Open relationships (active and proposed) per mentor enrolment id of the program; those without any absent. */
    default Map<Long, Long> openByMentor(long programId) {
        return Map.of();
    }
}
