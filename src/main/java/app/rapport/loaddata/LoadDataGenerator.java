package app.rapport.loaddata;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Generates one large, realistic mentoring program straight into the database, for the progress
 * dashboard's benchmark and for load tests: a new coordinator, mentors and mentees with profiles,
 * relationships in every state, their history (kick-offs, goals with their progress, interactions,
 * check-ins), peer-feedback rounds and, when asked, the timeline the app writes along. Every row is
 * one the app could have written itself: the same columns, the CHECKs and keys of the schema, the
 * services' rules (mentor capacity, one open pair, one active relationship per mentee, one check-in
 * per side and period, dates within a relationship's life, reveal at the anonymity threshold) and
 * the same timeline texts. Relationships take different shapes: steady, thriving, one-sided (only
 * the mentee asks, only the mentor gives), stalled (nothing for the last four to eight weeks),
 * fading, and with a gap in the middle.
 *
 * <p>Accounts, all enabled and with the password hash given: the coordinator
 * {@code c.<runTag>@load.rapport.test}, mentors {@code m00001.<runTag>@load.rapport.test} up to the
 * spec's count, mentees {@code e00001.<runTag>@load.rapport.test} likewise, where the run tag is
 * {@code r<programId>s<seed>}.
 *
 * <p>Speed: rows go in JDBC batches of {@value LoadDb#BATCH}, each with its id chosen here, counting up
 * from the table's {@code MAX(id)} read once at the start, so no row waits for a generated key. This
 * assumes that nothing else inserts into these tables while a run lasts: a concurrent insert would
 * fail the run on a duplicate key (it cannot mix rows up). Each phase, and the history every
 * {@value LoadWriter#PAIRS_PER_COMMIT} relationships, is committed on its own; a failed run leaves what it
 * committed, in its own uniquely named program.
 *
 * <p>A run is planned in memory first ({@link LoadPlanner}, refusing a spec the rules cannot hold
 * before a row is written), then written ({@link LoadWriter}); each relationship's history is drawn
 * from its own seed as it is written ({@link History}), so memory holds one at a time.
 *
 * <p>Reproducible: the same spec on the same clock gives the same workspace (names, statuses,
 * dates, counts); only ids, emails and the program's name differ from run to run.
 */
public class LoadDataGenerator {

    static final String DOMAIN = "@load.rapport.test";

    private final DataSource dataSource;
    private final Clock clock;
    private final String passwordHash;

    /** {@code passwordHash}: an encoded password (as the app's encoder writes it) for every account made. */
    public LoadDataGenerator(DataSource dataSource, Clock clock, String passwordHash) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("Give an encoded password hash for the accounts");
        }
        this.passwordHash = passwordHash;
    }

    /** Writes one new program as {@code spec} says; refuses a spec the rules cannot hold before writing. */
    public LoadDataResult generate(LoadDataSpec spec) {
        Objects.requireNonNull(spec, "spec");
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var db = new LoadDb(connection)) {
                var tables = new LoadTables(db);
                long programId = tables.program.nextId();
                var runTag = db.freeTag("r" + programId + "s" + Long.toUnsignedString(spec.seed()));
                var plan = new LoadPlanner(spec, clock.instant(), runTag, new LoadPlanner.Ids(tables.account::nextId,
                        tables.enrolment::nextId, tables.relationship::nextId)).plan(programId);
                new LoadWriter(plan, db, tables, passwordHash).write();
                return result(plan, db, Duration.ofNanos(System.nanoTime() - started).toMillis());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating load data failed: " + e.getMessage(), e);
        }
    }

    private static LoadDataResult result(LoadPlan plan, LoadDb db, long elapsedMillis) {
        var active = plan.pairs().stream().filter(p -> p.status == Status.ACTIVE).limit(5).toList();
        return new LoadDataResult(plan.programId(), plan.programName(), plan.runTag(), plan.coordinator().email(),
                active.stream().map(p -> p.mentor.email).distinct().toList(),
                active.stream().map(p -> p.mentee.email).toList(),
                plan.pairs().stream().map(p -> p.id).toList(), db.rows(), elapsedMillis);
    }

    static String participantEmail(boolean mentor, int number, String runTag) {
        return String.format(Locale.ROOT, "%s%05d.%s%s", mentor ? "m" : "e", number, runTag, DOMAIN);
    }

    static String coordinatorEmail(String runTag) {
        return "c." + runTag + DOMAIN;
    }
}
