package app.rapport.progress;

import app.rapport.pairing.RelationshipStatus;
import app.rapport.progress.Projection.GoalWeek;
import app.rapport.progress.Projection.Summary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress tables, in plain SQL: batched writes of projections (always inside the caller's
 * transaction) and the reads of the progress page and the dashboard, each one statement.
 */
@Component
class ProgressStore {

    /** Longest reasons text kept; longer ones lose their last reasons (the worrying ones come first). */
    static final int REASONS_MAX = 2000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ProgressStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    // ---- writes -------------------------------------------------------------------------------

    /** Locks the relationships' summary rows (those that exist) until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(Collection<Long> relationshipIds) {
        named.queryForList("select relationship_id from progress_summary where relationship_id in (:ids) for update",
                Map.of("ids", relationshipIds), Long.class);
    }

    /** Replaces everything kept about the projected relationships. */
    @Transactional(propagation = Propagation.MANDATORY)
    void replace(List<Projection> projections) {
        if (projections.isEmpty()) {
            return;
        }
        var ids = Map.of("ids", projections.stream().map(p -> p.summary().relationshipId()).toList());
        named.update("delete from progress_week where relationship_id in (:ids)", ids);
        named.update("delete from progress_goal_week where relationship_id in (:ids)", ids);
        named.update("delete from progress_day where relationship_id in (:ids)", ids);
        named.update("delete from progress_summary where relationship_id in (:ids)", ids);
        insertSummaries(projections);
        var weeks = new ArrayList<Object[]>();
        var goals = new ArrayList<Object[]>();
        var days = new ArrayList<Object[]>();
        for (var p : projections) {
            long id = p.summary().relationshipId();
            long program = p.summary().programId();
            for (var w : p.weeks()) {
                weeks.add(new Object[] {id, Date.valueOf(w.weekStart()), program, w.interactions(), w.minutes(),
                        w.mentorAsks(), w.menteeAsks(), w.mentorGives(), w.menteeGives(), decimal(w.mentorRating()),
                        decimal(w.menteeRating()), decimal(w.peerRating()), w.goalProgress(),
                        w.daysSinceInteraction(), w.health()});
            }
            for (var g : p.goalWeeks()) {
                goals.add(new Object[] {g.goalId(), Date.valueOf(g.weekStart()), id, g.title(), g.progress()});
            }
            for (var d : p.days()) {
                days.add(new Object[] {id, Date.valueOf(d.day()), program, date(d.activeSince()), d.interactions(),
                        d.checkins()});
            }
        }
        jdbc.batchUpdate("""
                insert into progress_week (relationship_id, week_start, program_id, interactions, minutes, mentor_asks,
                  mentee_asks, mentor_gives, mentee_gives, mentor_rating, mentee_rating, peer_rating, goal_progress,
                  days_since_interaction, health)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", weeks);
        jdbc.batchUpdate("""
                insert into progress_goal_week (goal_id, week_start, relationship_id, title, progress)
                values (?, ?, ?, ?, ?)""", goals);
        jdbc.batchUpdate("""
                insert into progress_day (relationship_id, on_day, program_id, active_since, interactions, checkins)
                values (?, ?, ?, ?, ?, ?)""", days);
    }

    private void insertSummaries(List<Projection> projections) {
        var rows = new ArrayList<Object[]>();
        for (var p : projections) {
            var s = p.summary();
            var reasons = s.reasons().length() > REASONS_MAX
                    ? s.reasons().substring(0, s.reasons().lastIndexOf('\n', REASONS_MAX)) : s.reasons();
            rows.add(new Object[] {s.relationshipId(), s.programId(), s.status().name(), s.mentorAccountId(),
                    s.menteeAccountId(), s.mentorName(), s.menteeName(), Timestamp.from(s.proposedAt()),
                    date(s.startedOn()), date(s.closedOn()), date(s.lastInteractionOn()), s.interactions(),
                    s.minutes(), s.mentorAsks(), s.menteeAsks(), s.mentorGives(), s.menteeGives(),
                    decimal(s.mentorRating()), decimal(s.menteeRating()), decimal(s.peerRating()), s.goalProgress(),
                    s.health(), s.healthFourWeeksAgo(), s.oneSided(), reasons, Date.valueOf(s.computedOn())});
        }
        jdbc.batchUpdate("""
                insert into progress_summary (relationship_id, program_id, status, mentor_account_id, mentee_account_id,
                  mentor_name, mentee_name, proposed_at, started_on, closed_on, last_interaction_on, interactions,
                  minutes, mentor_asks, mentee_asks, mentor_gives, mentee_gives, mentor_rating, mentee_rating,
                  peer_rating, goal_progress, health, health_4w_ago, one_sided, reasons, computed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** A person's new name, on the rows where they are mentor or mentee. */
    @Transactional(propagation = Propagation.MANDATORY)
    void rename(long accountId, String name) {
        jdbc.update("update progress_summary set mentor_name = ? where mentor_account_id = ?", name, accountId);
        jdbc.update("update progress_summary set mentee_name = ? where mentee_account_id = ?", name, accountId);
    }

    @Transactional
    long startRebuild(String trigger, Long requestedBy, LocalDate asOf, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into progress_rebuild (trigger_kind, requested_by, as_of, started_at, relationships)
                    values (?, ?, ?, ?, 0)""", new String[] {"id"});
            ps.setString(1, trigger);
            ps.setObject(2, requestedBy);
            ps.setDate(3, Date.valueOf(asOf));
            ps.setTimestamp(4, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    @Transactional
    void finishRebuild(long id, int relationships, Instant at) {
        jdbc.update("update progress_rebuild set finished_at = ?, relationships = ? where id = ?", Timestamp.from(at),
                relationships, id);
    }

    /** The last rebuild that finished, if any. */
    @Transactional(readOnly = true)
    Optional<RebuildReport> lastRebuild() {
        return jdbc.query("""
                select trigger_kind, as_of, started_at, finished_at, relationships from progress_rebuild
                where finished_at is not null order by finished_at desc, id desc limit 1""", ProgressStore::report)
                .stream().findFirst();
    }

    /** The report of one rebuild run. */
    @Transactional(readOnly = true)
    RebuildReport rebuild(long id) {
        return jdbc.queryForObject("""
                select trigger_kind, as_of, started_at, finished_at, relationships from progress_rebuild
                where id = ?""", ProgressStore::report, id);
    }

    private static RebuildReport report(ResultSet rs, int n) throws SQLException {
        return new RebuildReport(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toInstant(),
                rs.getTimestamp(4).toInstant(), rs.getInt(5));
    }

    // ---- reads for the progress page ----------------------------------------------------------

    @Transactional(readOnly = true)
    Optional<Summary> summary(long relationshipId) {
        return jdbc.query("select * from progress_summary where relationship_id = ?", ProgressStore::summary,
                relationshipId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    List<WeekMetrics> weeks(long relationshipId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select * from progress_week where relationship_id = ? and week_start between ? and ?
                order by week_start""", ProgressStore::week, relationshipId, Date.valueOf(from), Date.valueOf(to));
    }

    @Transactional(readOnly = true)
    List<GoalWeek> goalWeeks(long relationshipId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select goal_id, title, week_start, progress from progress_goal_week
                where relationship_id = ? and week_start between ? and ? order by goal_id, week_start""",
                (rs, n) -> new GoalWeek(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4)),
                relationshipId, Date.valueOf(from), Date.valueOf(to));
    }

    static Summary summary(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getLong("relationship_id"), rs.getLong("program_id"),
                RelationshipStatus.valueOf(rs.getString("status")), rs.getLong("mentor_account_id"),
                rs.getLong("mentee_account_id"), rs.getString("mentor_name"), rs.getString("mentee_name"),
                rs.getTimestamp("proposed_at").toInstant(), localDate(rs, "started_on"), localDate(rs, "closed_on"),
                localDate(rs, "last_interaction_on"), rs.getInt("interactions"), rs.getInt("minutes"),
                rs.getInt("mentor_asks"), rs.getInt("mentee_asks"), rs.getInt("mentor_gives"),
                rs.getInt("mentee_gives"), number(rs, "mentor_rating"), number(rs, "mentee_rating"),
                number(rs, "peer_rating"), integer(rs, "goal_progress"), integer(rs, "health"),
                integer(rs, "health_4w_ago"), rs.getBoolean("one_sided"), rs.getString("reasons"),
                rs.getDate("computed_on").toLocalDate());
    }

    static WeekMetrics week(ResultSet rs, int n) throws SQLException {
        return new WeekMetrics(rs.getDate("week_start").toLocalDate(), rs.getInt("interactions"), rs.getInt("minutes"),
                rs.getInt("mentor_asks"), rs.getInt("mentee_asks"), rs.getInt("mentor_gives"),
                rs.getInt("mentee_gives"), number(rs, "mentor_rating"), number(rs, "mentee_rating"),
                number(rs, "peer_rating"), integer(rs, "goal_progress"), rs.getInt("days_since_interaction"),
                rs.getInt("health"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static BigDecimal decimal(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    static Double number(ResultSet rs, String column) throws SQLException {
        var v = rs.getBigDecimal(column);
        return v == null ? null : v.doubleValue();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
