package app.rapport.program;

/**
 * Filters of a program's participant list; every part may be empty. {@code tag} matches a skill
 * or a goal (any case); {@code text} matches name or email.
 */
public record ParticipantFilter(EnrolmentRole role, String tag, String department, String text) {

    public static ParticipantFilter none() {
        return new ParticipantFilter(null, null, null, null);
    }
}
