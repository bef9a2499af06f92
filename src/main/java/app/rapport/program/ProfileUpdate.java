package app.rapport.program;

import jakarta.validation.constraints.Size;
import java.util.List;

/** A change of a participant's profile in one program, made on the version it was read at. */
public record ProfileUpdate(
        long enrolmentId,
        long version,
        @Size(max = ProfileLimits.TAGS_PER_LIST_MAX, message = "At most 20 skills") List<String> skills,
        @Size(max = ProfileLimits.TAGS_PER_LIST_MAX, message = "At most 20 goals") List<String> goals,
        @Size(max = ProfileLimits.DEPARTMENT_MAX, message = "Use at most 100 characters") String department,
        @Size(max = ProfileLimits.TIMEZONE_MAX) String timezone,
        @Size(max = ProfileLimits.LANGUAGES_MAX, message = "At most 10 languages") List<String> languages,
        @Size(max = ProfileLimits.AVAILABILITY_MAX, message = "Use at most 500 characters") String availability,
        @Size(max = ProfileLimits.BIO_MAX, message = "Use at most 1000 characters") String bio) {
}
