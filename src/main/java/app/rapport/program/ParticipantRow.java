package app.rapport.program;

import java.util.List;

/**
 * One participant as the CSV file carries it, already validated: email normalised (lower case),
 * tags and languages trimmed, without duplicates (case-insensitive), in file order; capacity is
 * null for mentees. {@code line} is the 1-based line number in the file (the header is line 1).
 */
public record ParticipantRow(int line, String email, String name, EnrolmentRole role, Integer capacity,
        List<String> skills, List<String> goals, String department, String timezone, List<String> languages) {
}
