package app.rapport.loaddata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link LoadDataGenerator} run wrote, for the benchmark or load test that follows it: the
 * program, the accounts to sign in with (every participant's email follows from the run tag, see
 * {@link #mentorEmail(int)}), the relationships, the rows per table and how long it took.
 *
 * @param programId          the new program
 * @param programName        its name, unique per run
 * @param runTag             the part every email of this run shares
 * @param coordinatorEmail   the program's coordinator
 * @param sampleMentorEmails a few mentors in active relationships
 * @param sampleMenteeEmails a few mentees in active relationships
 * @param relationshipIds    every relationship of the program, oldest first
 * @param rows               rows written per table, in the order the tables were filled
 * @param elapsedMillis      the run's wall-clock time
 */
public record LoadDataResult(long programId, String programName, String runTag, String coordinatorEmail,
        List<String> sampleMentorEmails, List<String> sampleMenteeEmails, List<Long> relationshipIds,
        Map<String, Integer> rows, long elapsedMillis) {

    public LoadDataResult {
        sampleMentorEmails = List.copyOf(sampleMentorEmails);
        sampleMenteeEmails = List.copyOf(sampleMenteeEmails);
        relationshipIds = List.copyOf(relationshipIds);
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Rows written into {@code table}. */
    public int rows(String table) {
        return rows.getOrDefault(table, 0);
    }

    /** The email of mentor {@code number} (from 1): {@code m00042.<runTag>@load.rapport.test}. */
    public String mentorEmail(int number) {
        return LoadDataGenerator.participantEmail(true, number, runTag);
    }

    /** The email of mentee {@code number} (from 1): {@code e00042.<runTag>@load.rapport.test}. */
    public String menteeEmail(int number) {
        return LoadDataGenerator.participantEmail(false, number, runTag);
    }
}
