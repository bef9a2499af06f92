package app.rapport.progress;

import app.rapport.base.Like;
import app.rapport.progress.ProgramDashboard.HealthWeek;
import app.rapport.progress.Projection.Summary;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The program dashboard's reads: each a single statement over the progress tables. */
@Component
@Transactional(readOnly = true)
class DashboardStore {

    /** At most this many relationships are listed at risk (worst first); the table holds them all. */
    static final int AT_RISK_MAX = 50;

    /** Which summaries are at risk; parameters: the quiet-before day, the proposed-before moment. */
    private static final String AT_RISK = """
            ((status = 'ACTIVE' and (coalesce(last_interaction_on, started_on) < ?
              or health_4w_ago - health >= 15 or one_sided = true))
             or (status = 'PROPOSED' and proposed_at < ?))""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    DashboardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Counts over the program's summaries; the bands are those of active pairs. */
    record Figures(int relationships, int active, Double averageHealth, List<Integer> bands, int activeSince,
            int atRisk) {
    }

    Figures figures(long programId, LocalDate activeSince, LocalDate quietBefore, Instant proposedBefore) {
        return jdbc.queryForObject("""
                select count(*),
                  coalesce(sum(case when status = 'ACTIVE' then 1 else 0 end), 0),
                  avg(case when status = 'ACTIVE' then health end),
                  coalesce(sum(case when status = 'ACTIVE' and health < 20 then 1 else 0 end), 0),
                  coalesce(sum(case when status = 'ACTIVE' and health >= 20 and health < 40 then 1 else 0 end), 0),
                  coalesce(sum(case when status = 'ACTIVE' and health >= 40 and health < 60 then 1 else 0 end), 0),
                  coalesce(sum(case when status = 'ACTIVE' and health >= 60 and health < 80 then 1 else 0 end), 0),
                  coalesce(sum(case when status = 'ACTIVE' and health >= 80 then 1 else 0 end), 0),
                  coalesce(sum(case when status = 'ACTIVE' and started_on <= ? then 1 else 0 end), 0),
                  coalesce(sum(case when""" + AT_RISK + """
                     then 1 else 0 end), 0)
                from progress_summary where program_id = ?""",
                (rs, n) -> {
                    var average = rs.getObject(3, BigDecimal.class);
                    return new Figures(rs.getInt(1), rs.getInt(2), average == null ? null : average.doubleValue(),
                            List.of(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)), rs.getInt(9),
                            rs.getInt(10));
                }, Date.valueOf(activeSince), Date.valueOf(quietBefore), Timestamp.from(proposedBefore), programId);
    }

    /** Interactions of the program since {@code from}, and check-ins of the pairs active since then. */
    long[] activity(long programId, LocalDate from) {
        return jdbc.queryForObject("""
                select coalesce(sum(interactions), 0),
                  coalesce(sum(case when active_since <= ? then checkins else 0 end), 0)
                from progress_day where program_id = ? and on_day >= ?""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, Date.valueOf(from), programId,
                Date.valueOf(from));
    }

    List<HealthWeek> trend(long programId, LocalDate fromWeek) {
        return jdbc.query("""
                select week_start, avg(health), count(*) from progress_week
                where program_id = ? and week_start >= ? group by week_start order by week_start""",
                (rs, n) -> new HealthWeek(rs.getDate(1).toLocalDate(),
                        (int) Math.round(rs.getDouble(2)), rs.getInt(3)),
                programId, Date.valueOf(fromWeek));
    }

    /** Active pairs quiet since before {@code quietBefore}, down 15 points or more, or one-sided; proposals older than {@code proposedBefore}. */
    List<Summary> atRisk(long programId, LocalDate quietBefore, Instant proposedBefore) {
        return jdbc.query("""
                select * from progress_summary where program_id = ? and""" + AT_RISK + """
                order by (health is null), health, relationship_id""" + " limit " + AT_RISK_MAX,
                ProgressStore::summary, programId, Date.valueOf(quietBefore), Timestamp.from(proposedBefore));
    }

    List<Summary> rows(long programId, RowQuery query, int offset, int limit) {
        var params = where(programId, query).addValue("limit", limit).addValue("offset", offset);
        var sort = query.sort() == null ? RowQuery.Sort.HEALTH : query.sort();
        var direction = query.descending() ? " desc" : "";
        return named.query("select * from progress_summary" + conditions(query) + " order by " + order(sort, direction)
                + ", relationship_id" + direction + " limit :limit offset :offset", params,
                ProgressStore::summary);
    }

    int count(long programId, RowQuery query) {
        return named.queryForObject("select count(*) from progress_summary" + conditions(query),
                where(programId, query), Integer.class);
    }

    /** Every row the query selects, one at a time, without holding them all. */
    void each(long programId, RowQuery query, Consumer<Summary> row) {
        var sort = query.sort() == null ? RowQuery.Sort.HEALTH : query.sort();
        var direction = query.descending() ? " desc" : "";
        named.query("select * from progress_summary" + conditions(query) + " order by " + order(sort, direction)
                + ", relationship_id" + direction, where(programId, query),
                rs -> {
                    row.accept(ProgressStore.summary(rs, 0));
                });
    }

    /** Rows without a value (a proposal has no health yet) come last in either direction. */
    private static String order(RowQuery.Sort sort, String direction) {
        return "(" + sort.column() + " is null), " + sort.column() + direction;
    }

    private static String conditions(RowQuery query) {
        var sql = new ArrayList<String>(List.of("program_id = :program"));
        if (query.status() != null) {
            sql.add("status = :status");
        }
        if (Like.containing(query.text()) != null) {
            sql.add("(lower(mentor_name) like :text or lower(mentee_name) like :text)");
        }
        return " where " + String.join(" and ", sql);
    }

    private static MapSqlParameterSource where(long programId, RowQuery query) {
        return new MapSqlParameterSource("program", programId)
                .addValue("status", query.status() == null ? null : query.status().name())
                .addValue("text", Like.containing(query.text()));
    }
}
