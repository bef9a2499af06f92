package app.rapport.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** An admin's new program, with its first coordinators. */
public record NewProgram(
        @NotBlank(message = "Enter a name") @Size(max = ProgramSettings.NAME_MAX, message = "Use at most 120 characters")
        String name,
        @Size(max = ProgramSettings.DESCRIPTION_MAX, message = "Use at most 4000 characters") String description,
        @NotNull(message = "Choose a start date") LocalDate startsOn,
        LocalDate endsOn,
        @NotEmpty(message = "Choose at least one coordinator") Set<Long> coordinatorIds) {
}
