package app.rapport.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A coordinator's edit of a program's description and settings, made at {@code version}. */
public record ProgramSettings(
        long id,
        long version,
        @NotBlank(message = "Enter a name") @Size(max = NAME_MAX, message = "Use at most 120 characters") String name,
        @Size(max = DESCRIPTION_MAX, message = "Use at most 4000 characters") String description,
        @NotNull(message = "Choose a start date") LocalDate startsOn,
        LocalDate endsOn,
        @Min(value = 1, message = "At least 1 day") @Max(value = 365, message = "At most 365 days") int stallThresholdDays,
        @Min(value = 2, message = "At least 2 answers") @Max(value = 50, message = "At most 50") int anonymityThreshold,
        @Min(value = 1, message = "At least 1 day") @Max(value = 365, message = "At most 365 days") int checkinCadenceDays) {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 4000;
}
