package app.rapport.loaddata;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.feedback.FeedbackOversightService;
import app.rapport.feedback.InboxItem;
import app.rapport.feedback.PeerRequestService;
import app.rapport.pairing.RelationshipFilter;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.ProgramService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.TimelineService;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The load-data generator on MariaDB at a small size: it writes exactly what the spec asks for,
 * every row keeps the rules the schema and the services keep, the app's own services read the
 * result as if they had written it, the same seed gives the same workspace, and it runs on the
 * embedded H2 default too.
 */
@RapportSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadDataGeneratorIT {

    private static final LoadDataSpec SMALL = new LoadDataSpec(7, 60, 120, 100, 3_000, 800, 20, 26, true);
    private static final String IN_PROGRAM = " join relationship r on r.id = x.relationship_id where r.program_id = ?";

    @Autowired DataSource dataSource;
    @Autowired Clock clock;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired ProgramService programs;
    @Autowired RelationshipService relationships;
    @Autowired InteractionService interactions;
    @Autowired CheckinService checkins;
    @Autowired TimelineService timeline;
    @Autowired PeerRequestService peerSide;
    @Autowired FeedbackOversightService overseeing;

    private JdbcTemplate jdbc;
    private LoadDataResult result;

    @BeforeAll
    void generate() {
        jdbc = new JdbcTemplate(dataSource);
        result = generator(dataSource).generate(SMALL);
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private LoadDataGenerator generator(DataSource target) {
        return new LoadDataGenerator(target, clock, encoder.encode("load-test-password"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, result.programId());
    }

    private Instant now() {
        return clock.instant();
    }

    @Test
    void writes_exactly_the_rows_the_spec_asks_for() {
        assertThat(count("select count(*) from relationship where program_id = ?")).isEqualTo(100);
        assertThat(count("select count(*) from interaction x" + IN_PROGRAM)).isEqualTo(3_000);
        assertThat(count("select count(*) from checkin x" + IN_PROGRAM)).isEqualTo(800);
        assertThat(count("select count(*) from feedback_round where program_id = ?")).isEqualTo(20);
        assertThat(count("select count(*) from enrolment where program_id = ? and role = 'MENTOR'")).isEqualTo(60);
        assertThat(count("select count(*) from enrolment where program_id = ? and role = 'MENTEE'")).isEqualTo(120);
        assertThat(jdbc.queryForObject("select count(*) from account where email like ?", Long.class,
                "%." + result.runTag() + "@load.rapport.test")).isEqualTo(181);
        assertThat(count("select count(*) from pairing_settings where program_id = ?")).isEqualTo(1);
        assertThat(count("select count(*) from feedback_settings where program_id = ?")).isEqualTo(1);
        assertThat(count("select count(*) from timeline_entry x" + IN_PROGRAM)).isEqualTo(result.rows("timeline_entry"))
                .isGreaterThan(3_800);
        assertThat(result.rows()).containsEntry("interaction", 3_000).containsEntry("checkin", 800)
                .containsEntry("relationship", 100).containsEntry("feedback_round", 20);
        assertThat(result.relationshipIds()).hasSize(100).isSorted();
        assertThat(jdbc.queryForList("select count(g.id) from relationship r left join goal g"
                + " on g.relationship_id = r.id where r.program_id = ? and r.started_at is not null group by r.id",
                Long.class, result.programId())).allSatisfy(goals -> assertThat(goals).isBetween(1L, 3L));
    }

    @Test
    void every_pair_is_enrolled_in_the_program_with_the_right_roles_and_within_capacity() {
        assertThat(count("select count(*) from relationship r join enrolment m on m.id = r.mentor_enrolment_id"
                + " join enrolment e on e.id = r.mentee_enrolment_id where r.program_id = ?"
                + " and (m.program_id <> r.program_id or e.program_id <> r.program_id or m.role <> 'MENTOR'"
                + " or e.role <> 'MENTEE' or m.account_id <> r.mentor_account_id"
                + " or e.account_id <> r.mentee_account_id or m.status <> 'ACTIVE' or e.status <> 'ACTIVE')"))
                .isZero();
        assertThat(count("select count(*) from (select m.id from enrolment m join relationship r"
                + " on r.mentor_enrolment_id = m.id and r.status in ('PROPOSED', 'ACTIVE') where m.program_id = ?"
                + " group by m.id, m.capacity having count(*) > m.capacity) full_mentors")).isZero();
        assertThat(count("select count(*) from (select r.mentee_enrolment_id from relationship r"
                + " where r.program_id = ? and r.status = 'ACTIVE' group by r.mentee_enrolment_id"
                + " having count(*) > 1) busy_mentees")).isZero();
        assertThat(count("select count(*) from (select mentor_enrolment_id, mentee_enrolment_id from relationship"
                + " where program_id = ? group by mentor_enrolment_id, mentee_enrolment_id having count(*) > 1) twice"))
                .isZero();
        var statuses = jdbc.queryForList("select status from relationship where program_id = ?", String.class,
                result.programId());
        assertThat(statuses).contains("ACTIVE", "PROPOSED", "COMPLETED", "ENDED", "DECLINED");
        assertThat(statuses.stream().filter("ACTIVE"::equals).count()).isGreaterThan(70);
        assertThat(jdbc.queryForObject("select count(*) from relationship where program_id = ? and status = 'PROPOSED'"
                + " and proposed_at < ?", Long.class, result.programId(), ts(now().minus(7, ChronoUnit.DAYS))))
                .isPositive();
        assertThat(count("select count(*) from relationship_event x" + IN_PROGRAM))
                .isGreaterThanOrEqualTo(3 * 80 + 7);
    }

    @Test
    void every_interaction_and_check_in_lies_within_its_relationships_life() {
        var today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        var rows = jdbc.queryForList("select r.started_at, r.closed_at, x.occurred_on, x.created_at from interaction x"
                + IN_PROGRAM, result.programId());
        assertThat(rows).hasSize(3_000).allSatisfy(row -> {
            var started = instant(row.get("started_at"));
            var end = row.get("closed_at") == null ? now() : instant(row.get("closed_at"));
            var day = ((Date) row.get("occurred_on")).toLocalDate();
            assertThat(day).isAfterOrEqualTo(day(started)).isBeforeOrEqualTo(today);
            assertThat(instant(row.get("created_at"))).isAfter(started).isBeforeOrEqualTo(end);
        });
        var periods = jdbc.queryForList("select r.started_at, r.closed_at, x.period_start, x.created_at from checkin x"
                + IN_PROGRAM, result.programId());
        assertThat(periods).hasSize(800).allSatisfy(row -> {
            var startDay = day(instant(row.get("started_at")));
            var periodStart = ((Date) row.get("period_start")).toLocalDate();
            var created = instant(row.get("created_at"));
            assertThat(ChronoUnit.DAYS.between(startDay, periodStart) % 14).isZero();
            assertThat(day(created)).isAfterOrEqualTo(periodStart).isBefore(periodStart.plusDays(14));
            assertThat(created).isBeforeOrEqualTo(row.get("closed_at") == null ? now() : instant(row.get("closed_at")));
        });
    }

    @Test
    void the_history_has_stalled_pairs_completed_goals_and_revealed_feedback() {
        var stalled = jdbc.queryForObject("select count(*) from relationship r where r.program_id = ?"
                + " and r.status = 'ACTIVE' and r.started_at < ? and not exists (select 1 from interaction i"
                + " where i.relationship_id = r.id and i.occurred_on > ?)", Long.class, result.programId(),
                ts(now().minus(70, ChronoUnit.DAYS)), Date.valueOf(LocalDate.ofInstant(now(),
                        ZoneOffset.UTC).minusDays(28)));
        assertThat(stalled).isPositive();
        assertThat(count("select count(*) from goal x" + IN_PROGRAM + " and x.status = 'COMPLETED'"
                + " and (x.progress <> 100 or x.completed_at is null)")).isZero();
        assertThat(count("select count(*) from goal x" + IN_PROGRAM + " and x.status = 'COMPLETED'")).isPositive();
        assertThat(count("select count(*) from goal_progress x" + IN_PROGRAM)).isGreaterThan(count(
                "select count(*) from goal x" + IN_PROGRAM));
        assertThat(count("select count(*) from feedback_round f where f.program_id = ? and (f.answer_count"
                + " <> (select count(*) from feedback_response s where s.round_id = f.id)"
                + " or (f.answer_count >= 3) <> (f.revealed_at is not null))")).isZero();
        assertThat(count("select count(*) from feedback_round where program_id = ? and revealed_at is not null"))
                .isPositive();
        assertThat(count("select count(*) from feedback_request q join relationship r on r.id = q.relationship_id"
                + " where r.program_id = ? and q.peer_account_id in (r.mentor_account_id, r.mentee_account_id)"))
                .isZero();
        assertThat(count("select count(*) from (select round_id from feedback_request q join feedback_round f"
                + " on f.id = q.round_id where f.program_id = ? group by round_id having count(*) not in (3, 4)) odd"))
                .isZero();
    }

    @Test
    void the_apps_services_read_the_generated_workspace() {
        var pair = jdbc.queryForMap("select r.id, a.email from relationship r join account a on a.id"
                + " = r.mentee_account_id where r.program_id = ? and r.status = 'ACTIVE' and exists (select 1 from"
                + " checkin c where c.relationship_id = r.id) order by r.id limit 1", result.programId());
        long id = ((Number) pair.get("id")).longValue();
        TestPeople.signIn(users, (String) pair.get("email"));
        assertThat(interactions.count(id)).isEqualTo(rowsOf("interaction", id)).isPositive();
        assertThat(checkins.page(id, 0, 100)).hasSize((int) rowsOf("checkin", id))
                .allSatisfy(c -> assertThat(c.connection()).isBetween(1, 5));
        assertThat(timeline.count(id, Set.of())).isEqualTo(rowsOf("timeline_entry", id));

        var peer = jdbc.queryForObject("select a.email from feedback_request q join feedback_round f on f.id"
                + " = q.round_id join account a on a.id = q.peer_account_id where f.program_id = ? and q.status in"
                + " ('OPEN', 'ANSWERED') and f.due_on >= ? order by q.id limit 1", String.class, result.programId(),
                Date.valueOf(LocalDate.ofInstant(now(), ZoneOffset.UTC)));
        TestPeople.signIn(users, peer);
        assertThat(peerSide.inbox()).extracting(InboxItem::programName).contains(result.programName());

        TestPeople.signIn(users, result.coordinatorEmail());
        assertThat(programs.get(result.programId()).name()).isEqualTo(result.programName());
        assertThat(relationships.count(result.programId(), RelationshipFilter.ALL)).isEqualTo(100);
        assertThat(relationships.search(result.programId(), RelationshipFilter.ALL, 0, 50, null)).hasSize(50);
        assertThat(overseeing.programRounds(result.programId())).hasSize(20);
    }

    private long rowsOf(String table, long relationshipId) {
        return jdbc.queryForObject("select count(*) from " + table + " where relationship_id = ?", Long.class,
                relationshipId);
    }

    @Test
    void same_seed_gives_the_same_workspace() {
        var again = generator(dataSource).generate(SMALL);
        assertThat(again.programId()).isNotEqualTo(result.programId());
        assertThat(again.coordinatorEmail()).isNotEqualTo(result.coordinatorEmail());
        assertThat(again.rows()).isEqualTo(result.rows());
        assertThat(shape(again)).hasSize(100).isEqualTo(shape(result));
    }

    /** Per relationship, oldest first: status, parties by number, start, and how much history it has. */
    private List<String> shape(LoadDataResult run) {
        return jdbc.query("select r.status, m.email mentor, e.email mentee, r.started_at,"
                + " (select count(*) from interaction i where i.relationship_id = r.id) meetings,"
                + " (select count(*) from checkin c where c.relationship_id = r.id) checkins,"
                + " (select count(*) from goal_progress g where g.relationship_id = r.id) progress"
                + " from relationship r join account m on m.id = r.mentor_account_id"
                + " join account e on e.id = r.mentee_account_id where r.program_id = ? order by r.id",
                (rs, n) -> String.join(" ", rs.getString("status"), rs.getString("mentor").split("\\.")[0],
                        rs.getString("mentee").split("\\.")[0], String.valueOf(rs.getTimestamp("started_at")),
                        rs.getString("meetings"), rs.getString("checkins"), rs.getString("progress")),
                run.programId());
    }

    @Test
    void runs_on_the_embedded_h2_database_too() throws IOException {
        var h2 = new DriverManagerDataSource(embeddedUrl(), "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        var h2jdbc = new JdbcTemplate(h2);
        try {
            var spec = new LoadDataSpec(11, 12, 24, 20, 400, 120, 4, 12, true);
            var run = generator(h2).generate(spec);
            assertThat(h2jdbc.queryForObject("select count(*) from interaction", Long.class)).isEqualTo(400);
            assertThat(h2jdbc.queryForObject("select count(*) from checkin", Long.class)).isEqualTo(120);
            assertThat(h2jdbc.queryForObject("select count(*) from feedback_request", Long.class))
                    .isEqualTo(run.rows("feedback_request"));
            long highest = h2jdbc.queryForObject("select max(id) from account", Long.class);
            // A row the app inserts afterwards gets the next identity, past the ids chosen by the generator.
            h2jdbc.update("insert into account (email, display_name, password_hash, enabled, created_at, updated_at,"
                    + " version) values ('after@load.rapport.test', 'After', 'x', true, ?, ?, 0)", ts(now()),
                    ts(now()));
            assertThat(h2jdbc.queryForObject("select id from account where email = 'after@load.rapport.test'",
                    Long.class)).isGreaterThan(highest);
        } finally {
            h2jdbc.execute("SHUTDOWN");
        }
    }

    /** The embedded default's URL and options, in memory. */
    private static String embeddedUrl() throws IOException {
        var defaults = new Properties();
        try (var in = new ClassPathResource("application.properties").getInputStream()) {
            defaults.load(in);
        }
        return defaults.getProperty("spring.datasource.url").replace("file:./data/rapport", "mem:loaddata")
                + ";DB_CLOSE_DELAY=-1";
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private static Instant instant(Object timestamp) {
        return ((Timestamp) timestamp).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
