package app.rapport.program.domain;

import app.rapport.program.EnrolmentRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes a program's enrolments in bulk for the CSV import: plain JDBC batches, since
 * thousands of rows through the entity manager (with identity keys, which defeat batching) would
 * take minutes instead of seconds.
 */
@Repository
public class ImportStore {

    /** What the import compares a row with. Tag and language lists are in stored order. */
    public record Snapshot(long enrolmentId, long accountId, EnrolmentRole role, Integer capacity, boolean active,
            String department, String timezone, List<String> skills, List<String> goals, List<String> languages) {
    }

    /** An enrolment to write: its fields from the file, and its lists already resolved to tag ids. */
    public record Write(Long enrolmentId, long accountId, EnrolmentRole role, Integer capacity, String department,
            String timezone, List<String> skills, List<String> goals, List<String> languages) {
    }

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    public ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Snapshot> snapshots(long programId) {
        var skills = lists("select s.enrolment_id, t.name from enrolment_skill s join program_tag t on t.id = s.tag_id "
                + "join enrolment e on e.id = s.enrolment_id where e.program_id = ? order by t.name", programId);
        var goals = lists("select g.enrolment_id, t.name from enrolment_goal g join program_tag t on t.id = g.tag_id "
                + "join enrolment e on e.id = g.enrolment_id where e.program_id = ? order by t.name", programId);
        var languages = lists("select l.enrolment_id, l.language from enrolment_language l join enrolment e "
                + "on e.id = l.enrolment_id where e.program_id = ? order by l.language", programId);
        var result = new HashMap<Long, Snapshot>();
        jdbc.query("select id, account_id, role, capacity, status, department, timezone from enrolment "
                + "where program_id = ?", rs -> {
                    long id = rs.getLong(1);
                    var capacity = rs.getObject(4) == null ? null : rs.getInt(4);
                    result.put(rs.getLong(2), new Snapshot(id, rs.getLong(2), EnrolmentRole.valueOf(rs.getString(3)),
                            capacity, "ACTIVE".equals(rs.getString(5)), rs.getString(6), rs.getString(7),
                            skills.getOrDefault(id, List.of()), goals.getOrDefault(id, List.of()),
                            languages.getOrDefault(id, List.of())));
                }, programId);
        return result;
    }

    private Map<Long, List<String>> lists(String sql, long programId) {
        var result = new HashMap<Long, List<String>>();
        jdbc.query(sql, rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, programId);
        return result;
    }

    /** Tag ids by lower-case key, adding the tags the program does not know yet. */
    public Map<String, Long> ensureTags(long programId, Map<String, String> namesByKey) {
        var ids = new HashMap<String, Long>();
        jdbc.query("select name_key, id from program_tag where program_id = ?",
                rs -> { ids.put(rs.getString(1), rs.getLong(2)); }, programId);
        var missing = namesByKey.keySet().stream().filter(k -> !ids.containsKey(k)).sorted().toList();
        if (!missing.isEmpty()) {
            jdbc.batchUpdate("insert into program_tag (program_id, name, name_key, version) values (?, ?, ?, 0)",
                    missing, BATCH, (ps, key) -> {
                        ps.setLong(1, programId);
                        ps.setString(2, namesByKey.get(key));
                        ps.setString(3, key);
                    });
            jdbc.query("select name_key, id from program_tag where program_id = ?",
                    rs -> { ids.put(rs.getString(1), rs.getLong(2)); }, programId);
        }
        return ids;
    }

    /** Inserts new enrolments and updates changed ones, then rewrites their tag and language rows. */
    public void write(long programId, List<Write> writes, Map<Long, app.rapport.security.PersonRef> people,
            Map<String, Long> tagIds, Instant now, java.util.function.DoubleConsumer progress) {
        var at = Timestamp.from(now);
        var inserts = writes.stream().filter(w -> w.enrolmentId() == null).toList();
        var updates = writes.stream().filter(w -> w.enrolmentId() != null).toList();
        jdbc.batchUpdate("insert into enrolment (program_id, account_id, person_name, person_email, role, capacity, "
                + "status, department, timezone, created_at, updated_at, version) "
                + "values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 0)", inserts, BATCH,
                (ps, w) -> {
                    var person = people.get(w.accountId());
                    ps.setLong(1, programId);
                    ps.setLong(2, w.accountId());
                    ps.setString(3, person.displayName());
                    ps.setString(4, person.email());
                    ps.setString(5, w.role().name());
                    ps.setObject(6, w.capacity());
                    ps.setString(7, w.department());
                    ps.setString(8, w.timezone());
                    ps.setTimestamp(9, at);
                    ps.setTimestamp(10, at);
                });
        progress.accept(0.3);
        jdbc.batchUpdate("update enrolment set role = ?, capacity = ?, status = 'ACTIVE', department = ?, timezone = ?, "
                + "updated_at = ?, version = version + 1 where id = ?", updates, BATCH, (ps, w) -> {
                    ps.setString(1, w.role().name());
                    ps.setObject(2, w.capacity());
                    ps.setString(3, w.department());
                    ps.setString(4, w.timezone());
                    ps.setTimestamp(5, at);
                    ps.setLong(6, w.enrolmentId());
                });
        var updatedIds = updates.stream().map(Write::enrolmentId).toList();
        for (var table : List.of("enrolment_skill", "enrolment_goal", "enrolment_language")) {
            for (var chunk : chunks(updatedIds)) {
                jdbc.update("delete from " + table + " where enrolment_id in (" + placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
        }
        progress.accept(0.5);
        var idByAccount = new HashMap<Long, Long>();
        jdbc.query("select account_id, id from enrolment where program_id = ?",
                rs -> { idByAccount.put(rs.getLong(1), rs.getLong(2)); }, programId);
        var skillRows = new ArrayList<long[]>();
        var goalRows = new ArrayList<long[]>();
        var languageRows = new ArrayList<Object[]>();
        for (var w : writes) {
            long id = idByAccount.get(w.accountId());
            w.skills().forEach(s -> skillRows.add(new long[] {id, tagIds.get(key(s))}));
            w.goals().forEach(g -> goalRows.add(new long[] {id, tagIds.get(key(g))}));
            w.languages().forEach(l -> languageRows.add(new Object[] {id, l}));
        }
        insertPairs("insert into enrolment_skill (enrolment_id, tag_id) values (?, ?)", skillRows);
        progress.accept(0.7);
        insertPairs("insert into enrolment_goal (enrolment_id, tag_id) values (?, ?)", goalRows);
        progress.accept(0.85);
        jdbc.batchUpdate("insert into enrolment_language (enrolment_id, language) values (?, ?)", languageRows, BATCH,
                (ps, row) -> {
                    ps.setLong(1, (Long) row[0]);
                    ps.setString(2, (String) row[1]);
                });
        progress.accept(1.0);
    }

    private void insertPairs(String sql, List<long[]> rows) {
        jdbc.batchUpdate(sql, rows, BATCH, (ps, row) -> {
            ps.setLong(1, row[0]);
            ps.setLong(2, row[1]);
        });
    }

    public static String key(String tag) {
        return ProgramTag.key(tag);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        var result = new ArrayList<List<Long>>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            result.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        return result;
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
