package app.rapport.program;

import app.rapport.security.PersonRef;
import java.time.LocalDate;
import java.util.List;

/** Everything about one program that its console shows; {@code version} guards stale edits. */
public record ProgramDetails(long id, String name, String description, LocalDate startsOn, LocalDate endsOn,
        ProgramStatus status, int stallThresholdDays, int anonymityThreshold, int checkinCadenceDays,
        List<PersonRef> coordinators, long version) {

    public boolean readOnly() {
        return status == ProgramStatus.CLOSED;
    }
}
