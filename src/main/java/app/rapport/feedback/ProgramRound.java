package app.rapport.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as a program's coordinators oversee it: response numbers, the results once the
 * threshold is reached, and who answered only where the program lets coordinators see identity
 * (then every advice is signed with its author's name; otherwise {@code answeredBy} is empty).
 * {@code threshold} is the round's own, fixed when it was asked.
 */
public record ProgramRound(long roundId, long relationshipId, String mentorName, String menteeName,
        Instant requestedAt, LocalDate dueOn, int threshold, int asked, int answered, int declined, RoundResults results,
        List<String> answeredBy) {

    public ProgramRound {
        answeredBy = List.copyOf(answeredBy);
    }
}
