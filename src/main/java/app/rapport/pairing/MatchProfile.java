package app.rapport.pairing;

import app.rapport.program.ParticipantSummary;
import java.util.List;

/** What the match score reads of a participant's profile. Tags and languages compare ignoring case. */
public record MatchProfile(long enrolmentId, String name, String department, String timeZone, List<String> skills,
        List<String> goals, List<String> languages) {

    public MatchProfile {
        skills = List.copyOf(skills);
        goals = List.copyOf(goals);
        languages = List.copyOf(languages);
    }

    public static MatchProfile of(ParticipantSummary p) {
        return new MatchProfile(p.enrolmentId(), p.name(), p.department(), p.timezone(), p.skills(), p.goals(),
                p.languages());
    }
}
