package app.rapport.program;

import java.util.List;

/** A person in a program, with their profile, as lists and the profile editor show it. */
public record ParticipantSummary(long enrolmentId, long programId, long accountId, String name, String email,
        EnrolmentRole role, Integer capacity, EnrolmentStatus status, String department, String timezone,
        List<String> skills, List<String> goals, List<String> languages, String availability, String bio,
        long version) {
}
