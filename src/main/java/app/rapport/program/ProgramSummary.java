package app.rapport.program;

import java.time.LocalDate;

/** A program as the list shows it, with its active mentors, mentees and open relationships counted. */
public record ProgramSummary(long id, String name, ProgramStatus status, LocalDate startsOn, LocalDate endsOn,
        long mentors, long mentees, long activePairs, long proposedPairs) {
}
