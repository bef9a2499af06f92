package app.rapport.program;

import java.time.LocalDate;

/**
 * A program's identity, status and the settings other features apply: the stall threshold and
 * the check-in cadence, both in days, and the peer-feedback anonymity threshold in answers.
 */
public record ProgramRef(long id, String name, ProgramStatus status, LocalDate startsOn, LocalDate endsOn,
        int stallThresholdDays,
        int checkinCadenceDays, int anonymityThreshold) {

    public boolean closed() {
        return status == ProgramStatus.CLOSED;
    }
}
