package app.rapport.loaddata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
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
 * <p>Speed: rows go in JDBC batches of {@value #BATCH}, each with its id chosen here, counting up
 * from the table's {@code MAX(id)} read once at the start, so no row waits for a generated key. This
 * assumes that nothing else inserts into these tables while a run lasts: a concurrent insert would
 * fail the run on a duplicate key (it cannot mix rows up). Each phase, and the history every
 * {@value #PAIRS_PER_COMMIT} relationships, is committed on its own; a failed run leaves what it
 * committed, in its own uniquely named program.
 *
 * <p>Reproducible: the same spec on the same clock gives the same workspace (names, statuses,
 * dates, counts); only ids, emails and the program's name differ from run to run.
 */
public class LoadDataGenerator {

    static final String DOMAIN = "@load.rapport.test";
    private static final String MENTOR = "MENTOR";
    private static final String MENTEE = "MENTEE";
    private static final int BATCH = 1_000;
    private static final int PAIRS_PER_COMMIT = 500;
    private static final int CADENCE_DAYS = 14;
    private static final int STALL_THRESHOLD_DAYS = 14;
    private static final int ANONYMITY_THRESHOLD = 3;
    private static final int SUMMARY_MAX = 600;
    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final ZoneOffset UTC = ZoneOffset.UTC;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(UTC);

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
            try (var db = new Db(connection)) {
                var run = new Run(spec, clock.instant(), passwordHash, db);
                run.write();
                return run.result(Duration.ofNanos(System.nanoTime() - started).toMillis());
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

    static String participantEmail(boolean mentor, int number, String runTag) {
        return String.format(Locale.ROOT, "%s%05d.%s%s", mentor ? "m" : "e", number, runTag, DOMAIN);
    }

    static String coordinatorEmail(String runTag) {
        return "c." + runTag + DOMAIN;
    }

    // ---- one run --------------------------------------------------------------------------------

    /** One generation: the people and pairs planned in memory, then the rows, phase by phase. */
    private static final class Run {

        private final LoadDataSpec spec;
        private final Instant now;
        private final String passwordHash;
        private final Db db;
        private final Tables t;
        private final SplittableRandom random;
        private final Instant programStart;
        private final Instant programCreated;
        private final Instant importedAt;
        private final long programId;
        private final String runTag;
        private final String programName;
        private final Staff coordinator;
        private final Map<String, Integer> utcMinutes = new HashMap<>();
        private final List<Person> mentors = new ArrayList<>();
        private final List<Person> mentees = new ArrayList<>();
        private final List<Pair> pairs = new ArrayList<>();

        Run(LoadDataSpec spec, Instant now, String passwordHash, Db db) throws SQLException {
            this.spec = spec;
            this.now = now;
            this.passwordHash = passwordHash;
            this.db = db;
            this.t = new Tables(db);
            this.random = new SplittableRandom(spec.seed());
            this.programStart = day(now).minusWeeks(spec.weeks()).atTime(8, 0).toInstant(UTC);
            this.programCreated = programStart.minus(Duration.ofDays(14));
            this.importedAt = programCreated.plus(Duration.ofHours(51));
            this.programId = t.program.nextId();
            this.runTag = db.freeTag("r" + programId + "s" + Long.toUnsignedString(spec.seed()));
            this.programName = "Load data " + runTag + " (seed " + spec.seed() + ", " + STAMP.format(now) + ")";
            this.coordinator = new Staff(t.account.nextId(), Texts.name(random), coordinatorEmail(runTag));
        }

        /** Plans everything first, so a spec the rules cannot hold is refused before a row is written. */
        void write() throws SQLException {
            people();
            plan();
            var histories = planHistories();
            var askable = askable();
            program();
            enrolments();
            db.commit();
            relationships();
            db.commit();
            histories(histories);
            feedback(askable);
            db.commit();
        }

        LoadDataResult result(long elapsedMillis) {
            var active = pairs.stream().filter(p -> p.status == Status.ACTIVE).limit(5).toList();
            return new LoadDataResult(programId, programName, runTag, coordinator.email(),
                    active.stream().map(p -> p.mentor.email).distinct().toList(),
                    active.stream().map(p -> p.mentee.email).toList(),
                    pairs.stream().map(p -> p.id).toList(), db.rows(), elapsedMillis);
        }

        // ---- people ---------------------------------------------------------------------------

        private void people() {
            var rng = random.split();
            for (int n = 1; n <= spec.mentors(); n++) {
                mentors.add(person(rng, n, true));
            }
            for (int n = 1; n <= spec.mentees(); n++) {
                mentees.add(person(rng, n, false));
            }
        }

        private Person person(SplittableRandom rng, int number, boolean mentor) {
            var name = Texts.name(rng);
            var languages = new ArrayList<>(List.of("English"));
            if (rng.nextDouble() < 0.35) {
                languages.add(pick(rng, Texts.LANGUAGES));
            }
            var zone = pick(rng, Texts.ZONES);
            var profile = new Profile(pick(rng, Texts.DEPARTMENTS), zone, List.copyOf(languages),
                    topics(rng, mentor ? 3 + rng.nextInt(3) : 1 + rng.nextInt(2)),
                    topics(rng, mentor ? rng.nextInt(2) : 2 + rng.nextInt(2)),
                    rng.nextDouble() < 0.3 ? pick(rng, Texts.AVAILABILITY) : null,
                    rng.nextDouble() < 0.2 ? pick(rng, Texts.BIOS) : null);
            var person = new Person(mentor, name, participantEmail(mentor, number, runTag), profile, t.account.nextId(),
                    t.enrolment.nextId(), utcMinutes(zone));
            person.capacity = mentor ? capacity(rng) : 0;
            return person;
        }

        private static int capacity(SplittableRandom rng) {
            double u = rng.nextDouble();
            return u < 0.15 ? 1 : u < 0.55 ? 2 : u < 0.85 ? 3 : 4;
        }

        private static List<String> topics(SplittableRandom rng, int count) {
            var chosen = new LinkedHashSet<String>();
            while (chosen.size() < count) {
                chosen.add(pick(rng, Texts.TOPICS));
            }
            return List.copyOf(chosen);
        }

        private int utcMinutes(String zone) {
            return utcMinutes.computeIfAbsent(zone,
                    z -> ZoneId.of(z).getRules().getOffset(now).getTotalSeconds() / 60);
        }

        // ---- the plan of the relationships ------------------------------------------------------

        private void plan() {
            var rng = random.split();
            var order = shuffled(mentees.size(), rng);
            int next = 0;
            for (var status : statuses()) {
                int index = next < order.length ? order[next++] : rng.nextInt(mentees.size());
                var mentee = mentees.get(index);
                var pair = new Pair(pairs.size(), status, mentee);
                mentee.pairs.add(pair);
                pairs.add(pair);
            }
            for (var mentee : mentees) {
                time(mentee.pairs, rng);
            }
            pairs.forEach(p -> p.shape = Shape.of(p.status, rng));
            makeRoom(rng);
            pairMentors(rng);
            pairs.sort(Comparator.comparing((Pair p) -> p.proposedAt).thenComparingInt(p -> p.index));
            for (var pair : pairs) {
                pair.id = t.relationship.nextId();
                pair.seed = rng.nextLong();
                pair.steps.addAll(steps(pair));
            }
        }

        /**
         * Mostly active, a few proposed, completed, ended and declined; open ones first. A mentee has
         * one open relationship at most (the program's default), so open ones beyond the mentees end.
         */
        private List<Status> statuses() {
            int r = spec.relationships();
            int declined = (int) Math.round(r * 0.03);
            int completed = (int) Math.round(r * 0.07);
            int ended = (int) Math.round(r * 0.06);
            int open = Math.min(r - declined - completed - ended, spec.mentees());
            int proposed = Math.min((int) Math.round(r * 0.04), open);
            int excess = r - declined - completed - ended - open;
            completed += excess / 2;
            ended += excess - excess / 2;
            var statuses = new ArrayList<Status>(r);
            statuses.addAll(Collections.nCopies(open - proposed, Status.ACTIVE));
            statuses.addAll(Collections.nCopies(proposed, Status.PROPOSED));
            statuses.addAll(Collections.nCopies(completed, Status.COMPLETED));
            statuses.addAll(Collections.nCopies(ended, Status.ENDED));
            statuses.addAll(Collections.nCopies(declined, Status.DECLINED));
            return statuses;
        }

        /** A mentee's relationships one after the other: the closed ones first, the open one last. */
        private void time(List<Pair> chain, SplittableRandom rng) {
            chain.sort(Comparator.comparing((Pair p) -> p.status.open()));
            var from = programStart;
            for (int i = 0; i < chain.size(); i++) {
                var pair = chain.get(i);
                int left = chain.size() - i;
                var to = left == 1 ? now : from.plusSeconds(seconds(from, now) / left);
                pair.time(from, to, now, rng);
                if (left > 1) {
                    from = min(pair.closedAt.plusSeconds(DAY + rng.nextLong(4 * DAY)), now.minusSeconds(2 * DAY));
                }
            }
        }

        /** Raises capacities where the open relationships need more slots than the mentors offer. */
        private void makeRoom(SplittableRandom rng) {
            long open = pairs.stream().filter(p -> p.status.open()).count();
            if (open > 10L * mentors.size()) {
                throw new IllegalArgumentException(mentors.size() + " mentors cannot take " + open
                        + " open relationships (at most 10 each)");
            }
            long room = mentors.stream().mapToLong(m -> m.capacity).sum();
            while (room < open) {
                var mentor = mentors.get(rng.nextInt(mentors.size()));
                if (mentor.capacity < 10) {
                    mentor.capacity++;
                    room++;
                }
            }
        }

        /** Open pairs take a free slot of the best of a few mentors; closed ones any mentor. */
        private void pairMentors(SplittableRandom rng) {
            var slots = new Slots(mentors);
            for (var pair : pairs) {
                if (pair.status.open()) {
                    pair.mentor(slots.take(pair.mentee, rng));
                }
            }
            for (var pair : pairs) {
                if (!pair.status.open()) {
                    pair.mentor(anyMentor(pair.mentee, rng));
                }
            }
        }

        private Person anyMentor(Person mentee, SplittableRandom rng) {
            Person best = null;
            for (int tries = 0; tries < 200 && (tries < 4 || best == null); tries++) {
                var mentor = mentors.get(rng.nextInt(mentors.size()));
                if (!mentee.pairedWith(mentor) && (best == null || Match.score(mentor, mentee)
                        > Match.score(best, mentee))) {
                    best = mentor;
                }
            }
            if (best == null) {
                throw new IllegalArgumentException("Too few mentors for the relationships asked for");
            }
            return best;
        }

        // ---- program, accounts, enrolments ------------------------------------------------------

        private void program() throws SQLException {
            account(coordinator.id(), coordinator.email(), coordinator.name(), programCreated.minus(Duration.ofDays(1)),
                    "COORDINATOR");
            var startsOn = day(programStart);
            t.program.add(programId, programName, "Generated for benchmarks and load tests (seed " + spec.seed()
                    + "): " + spec.mentors() + " mentors, " + spec.mentees() + " mentees.", startsOn,
                    day(now).plusWeeks(12), "ACTIVE", STALL_THRESHOLD_DAYS, ANONYMITY_THRESHOLD, CADENCE_DAYS,
                    programCreated, programStart.minus(Duration.ofHours(20)), 2);
            t.programCoordinator.add(programId, coordinator.id());
            t.pairingSettings.add(t.pairingSettings.nextId(), programId, 50, 20, true, 15, 15, false, false, 1,
                    programCreated, 0);
            t.feedbackSettings.add(t.feedbackSettings.nextId(), programId, false, programCreated, 0);
        }

        private void account(long id, String email, String name, Instant at, String role) throws SQLException {
            t.account.add(id, email, name, passwordHash, true, at, at, 0);
            t.accountRole.add(id, role);
            t.audit.add(t.audit.nextId(), at, "ACCOUNT_CREATED", id, null, email, "created by the load-data generator",
                    0);
        }

        private void enrolments() throws SQLException {
            var tags = tags();
            for (var person : participants()) {
                account(person.accountId, person.email, person.name, importedAt, "PARTICIPANT");
                var p = person.profile;
                boolean described = p.availability() != null || p.bio() != null;
                t.enrolment.add(person.enrolmentId, programId, person.accountId, person.name, person.email,
                        person.mentor ? MENTOR : MENTEE, person.mentor ? person.capacity : null, "ACTIVE",
                        p.department(), p.zone(), p.availability(), p.bio(), importedAt,
                        described ? importedAt.plus(Duration.ofHours(26)) : importedAt, described ? 1 : 0);
                for (var skill : p.skills()) {
                    t.skill.add(person.enrolmentId, tags.get(skill));
                }
                for (var goal : p.goals()) {
                    t.goalTag.add(person.enrolmentId, tags.get(goal));
                }
                for (var language : p.languages()) {
                    t.language.add(person.enrolmentId, language);
                }
            }
        }

        /** The program's vocabulary: the topics someone chose, as the import makes it. */
        private Map<String, Long> tags() throws SQLException {
            var used = new HashSet<String>();
            for (var person : participants()) {
                used.addAll(person.profile.skills());
                used.addAll(person.profile.goals());
            }
            var ids = new HashMap<String, Long>();
            for (var topic : Texts.TOPICS) {
                if (used.contains(topic)) {
                    long id = t.tag.nextId();
                    t.tag.add(id, programId, topic, topic.toLowerCase(Locale.ROOT), 0);
                    ids.put(topic, id);
                }
            }
            return ids;
        }

        private List<Person> participants() {
            var all = new ArrayList<Person>(mentors);
            all.addAll(mentees);
            return all;
        }

        // ---- relationships and their steps -------------------------------------------------------

        private void relationships() throws SQLException {
            for (var pair : pairs) {
                t.relationship.add(pair.id, programId, pair.mentor.enrolmentId, pair.mentee.enrolmentId,
                        pair.mentor.accountId, pair.mentee.accountId, pair.mentor.name, pair.mentee.name,
                        pair.status.name(), pair.status.open() ? Boolean.TRUE : null, pair.score, pair.reasons,
                        coordinator.id(), pair.proposedAt, pair.mentorAcceptedAt, pair.menteeAcceptedAt,
                        pair.startedAt, pair.closedAt, pair.closeReason, pair.steps.size() - 1);
                for (var step : pair.steps) {
                    t.event.add(t.event.nextId(), pair.id, step.kind(), step.from(), step.to(), step.actorId(),
                            step.actorName(), step.at(), step.reason());
                }
            }
        }

        /** Every move as the services make it: each one saves the relationship once and logs a step. */
        private List<Step> steps(Pair pair) {
            var steps = new ArrayList<Step>();
            steps.add(new Step("PROPOSED", null, "PROPOSED", coordinator.id(), coordinator.name(), pair.proposedAt,
                    null));
            var accepts = new ArrayList<Step>();
            if (pair.mentorAcceptedAt != null) {
                accepts.add(new Step("ACCEPTED", "PROPOSED", "PROPOSED", pair.mentor.accountId, pair.mentor.name,
                        pair.mentorAcceptedAt, null));
            }
            if (pair.menteeAcceptedAt != null) {
                accepts.add(new Step("ACCEPTED", "PROPOSED", "PROPOSED", pair.mentee.accountId, pair.mentee.name,
                        pair.menteeAcceptedAt, null));
            }
            accepts.sort(Comparator.comparing(Step::at));
            if (!accepts.isEmpty()) {
                steps.add(accepts.get(0));
            }
            if (accepts.size() == 2) {
                var second = accepts.get(1);
                steps.add(new Step("ACTIVATED", "PROPOSED", "ACTIVE", second.actorId(), second.actorName(),
                        pair.startedAt, null));
            }
            if (pair.status == Status.DECLINED) {
                var decliner = pair.declinedByMentor ? pair.mentor : pair.mentee;
                steps.add(new Step("DECLINED", "PROPOSED", "DECLINED", decliner.accountId, decliner.name,
                        pair.closedAt, pair.closeReason));
            } else if (pair.status == Status.COMPLETED || pair.status == Status.ENDED) {
                steps.add(new Step(pair.status.name(), "ACTIVE", pair.status.name(), coordinator.id(),
                        coordinator.name(), pair.closedAt, pair.closeReason));
            }
            return steps;
        }

        // ---- the pairs' history ------------------------------------------------------------------

        /**
         * Every started relationship's life, and the totals split over them: interactions by the days
         * the pair meets and its shape's rate (at most three a day), check-ins by the periods and how
         * likely each side checks in (at most one per side and period).
         */
        private Histories planHistories() {
            var lives = new ArrayList<Life>();
            for (var pair : pairs) {
                if (pair.status.started()) {
                    lives.add(new Life(pair, now));
                }
            }
            return new Histories(lives, allocate("interactions", spec.interactions(),
                    lives.stream().mapToDouble(l -> l.activeDays * l.pair.shape.rate).toArray(),
                    lives.stream().mapToInt(l -> l.activeDays * 3).toArray()),
                    allocate("check-ins", spec.checkins(), lives.stream().mapToDouble(Life::slotWeight).toArray(),
                            lives.stream().mapToInt(l -> l.slots.size()).toArray()));
        }

        private void histories(Histories plan) throws SQLException {
            var lives = plan.lives();
            var interactionCounts = plan.interactions();
            var checkinCounts = plan.checkins();
            int next = 0;
            int done = 0;
            for (var pair : pairs) {
                var story = new Story(pair);
                pair.steps.forEach(step -> story.add("TRANSITION", null, step.at(), step.actorId(), step.actorName(),
                        Texts.transition(step)));
                if (pair.status.started()) {
                    history(lives.get(next), interactionCounts[next], checkinCounts[next], story);
                    next++;
                }
                story.write();
                if (++done % PAIRS_PER_COMMIT == 0) {
                    db.commit();
                }
            }
        }

        private void history(Life life, int interactions, int checkins, Story story) throws SQLException {
            kickoffs(life, story);
            goals(life, story);
            interactions(life, interactions, story);
            checkins(life, checkins, story);
        }

        private void kickoffs(Life life, Story story) throws SQLException {
            var pair = life.pair;
            var rng = life.rng;
            for (var mentee : List.of(true, false)) {
                double chance = mentee ? 0.92 : pair.shape == Shape.ONE_SIDED ? 0.35 : 0.8;
                var at = pair.startedAt.plusSeconds(2 * HOUR + rng.nextLong(6 * DAY));
                if (rng.nextDouble() >= chance || !at.isBefore(life.end)) {
                    continue;
                }
                var author = mentee ? pair.mentee : pair.mentor;
                long id = t.kickoff.nextId();
                t.kickoff.add(id, pair.id, mentee ? MENTEE : MENTOR, author.accountId,
                        pick(rng, mentee ? Texts.MENTEE_WANTS : Texts.MENTOR_WANTS),
                        rng.nextDouble() < (pair.shape == Shape.ONE_SIDED ? 0.5 : 0.9), at, at, 0);
                story.add("KICKOFF", id, at, author.accountId, author.name, "Wrote the kick-off");
            }
        }

        private void goals(Life life, Story story) throws SQLException {
            var pair = life.pair;
            var rng = life.rng;
            if (seconds(pair.startedAt, life.end) < 2 * HOUR) {
                return;
            }
            double u = rng.nextDouble();
            int count = u < 0.3 ? 1 : u < 0.7 ? 2 : 3;
            var titles = new LinkedHashSet<String>();
            while (titles.size() < count) {
                titles.add(pick(rng, Texts.GOALS));
            }
            for (var title : titles) {
                goal(life, title, story);
            }
        }

        /** A goal at 0 %, moved up now and then by either side, completed at 100 % by some pairs. */
        private void goal(Life life, String title, Story story) throws SQLException {
            var pair = life.pair;
            var rng = life.rng;
            var creator = rng.nextDouble() < 0.7 ? pair.mentee : pair.mentor;
            var created = between(rng, pair.startedAt.plusSeconds(MINUTE),
                    min(pair.startedAt.plusSeconds(10 * DAY), life.end.minusSeconds(MINUTE)));
            var points = new ArrayList<Point>(List.of(new Point(0, created, creator)));
            boolean completed = progress(life, points);
            var last = points.get(points.size() - 1);
            long goalId = t.goal.nextId();
            var description = rng.nextDouble() < 0.3 ? pick(rng, Texts.GOAL_NOTES) : null;
            t.goal.add(goalId, pair.id, title, description, last.value(), completed ? "COMPLETED" : "OPEN",
                    creator.accountId, created, last.at(), completed ? last.at() : null, points.size() - 1);
            story.add("GOAL", goalId, created, creator.accountId, creator.name, "Added the goal “" + title + "”");
            for (int i = 0; i < points.size(); i++) {
                var point = points.get(i);
                long id = t.progress.nextId();
                t.progress.add(id, goalId, pair.id, point.value(), point.actor().accountId, point.at(), 0);
                if (i == points.size() - 1 && completed) {
                    story.add("GOAL", goalId, point.at(), point.actor().accountId, point.actor().name,
                            "Completed the goal “" + title + "”");
                } else if (i > 0) {
                    story.add("PROGRESS", id, point.at(), point.actor().accountId, point.actor().name,
                            title + ": " + points.get(i - 1).value() + " % → " + point.value() + " %");
                }
            }
        }

        /** Adds the goal's later values; true when it ends completed. A stalled pair stops moving. */
        private boolean progress(Life life, List<Point> points) {
            var pair = life.pair;
            var rng = life.rng;
            var until = life.quietFrom == null ? life.end : min(life.end, life.quietFrom.atStartOfDay(UTC).toInstant());
            var at = points.get(0).at();
            int value = 0;
            for (int n = 0; n < 8; n++) {
                at = at.plusSeconds(6 * DAY + rng.nextLong(18 * DAY));
                if (!at.isBefore(until)) {
                    return false;
                }
                var actor = rng.nextDouble() < 0.65 ? pair.mentee : pair.mentor;
                value += 5 * Math.max(1, (int) Math.round((1 + rng.nextInt(4)) * pair.shape.goalSpeed));
                if (value >= 100) {
                    if (rng.nextDouble() < pair.shape.completion) {
                        points.add(new Point(100, at, actor));
                        return true;
                    }
                    if (points.get(points.size() - 1).value() < 90) {
                        points.add(new Point(90, at, actor));
                    }
                    return false;
                }
                points.add(new Point(value, at, actor));
            }
            return false;
        }

        private void interactions(Life life, int count, Story story) throws SQLException {
            for (var day : life.meetingDays(count)) {
                interaction(life, day, story);
            }
        }

        private void interaction(Life life, LocalDate day, Story story) throws SQLException {
            var pair = life.pair;
            var rng = life.rng;
            boolean oneSided = pair.shape == Shape.ONE_SIDED;
            var initiator = rng.nextDouble() < (oneSided ? 0.85 : 0.55) ? MENTEE : MENTOR;
            var logger = oneSided || rng.nextDouble() < 0.6 ? MENTEE : MENTOR;
            var format = Format.pick(rng, oneSided);
            int minutes = format.minutes(rng);
            var help = Help.of(pair.shape, rng);
            var notes = rng.nextDouble() < 0.15 ? pick(rng, Texts.NOTES) : null;
            var created = life.loggedAt(day);
            var confirmed = rng.nextDouble() < 0.55 ? created.plusSeconds(2 * HOUR + rng.nextLong(3 * DAY)) : null;
            if (confirmed != null && confirmed.isAfter(life.end)) {
                confirmed = null;
            }
            long id = t.interaction.nextId();
            t.interaction.add(id, pair.id, logger, day, minutes, format.name(), initiator, help.askedBy(), help.asked(),
                    help.givenBy(), help.given(), notes, confirmed, created, confirmed == null ? created : confirmed,
                    confirmed == null ? 0 : 1);
            var author = pair.party(logger);
            story.add("INTERACTION", id, day.atTime(12, 0).toInstant(UTC), author.accountId, author.name,
                    Texts.interaction(pair, format, minutes, initiator, help));
        }

        private void checkins(Life life, int count, Story story) throws SQLException {
            var pair = life.pair;
            var rng = life.rng;
            for (var checkin : life.checkins(count)) {
                var slot = checkin.slot();
                double level = life.level(slot);
                int connection = rating(level + rng.nextGaussian() * 0.45);
                int trust = rating(level + 0.2 + rng.nextGaussian() * 0.45);
                int value = rating(level - 0.1 + rng.nextGaussian() * 0.45);
                var reflection = rng.nextDouble() < 0.25
                        ? pick(rng, slot.mentor() ? Texts.MENTOR_REFLECTIONS : Texts.MENTEE_REFLECTIONS) : null;
                long id = t.checkin.nextId();
                t.checkin.add(id, pair.id, slot.mentor() ? MENTOR : MENTEE, slot.start(), connection, trust, value,
                        reflection, reflection != null && rng.nextDouble() < 0.5, checkin.at(), checkin.at(), 0);
                var author = slot.mentor() ? pair.mentor : pair.mentee;
                story.add("CHECKIN", id, checkin.at(), author.accountId, author.name,
                        "Checked in: connection " + connection + ", trust " + trust + ", value " + value);
            }
        }

        // ---- peer feedback ----------------------------------------------------------------------

        /** The relationships peers can be asked about: active for a week at some point. */
        private List<Pair> askable() {
            var askable = new ArrayList<Pair>();
            for (var pair : pairs) {
                if (pair.status.started() && pair.askFrom().isBefore(pair.askUntil(now))) {
                    askable.add(pair);
                }
            }
            if (spec.feedbackRounds() > 0 && (askable.isEmpty() || spec.mentors() + spec.mentees() < 6)) {
                throw new IllegalArgumentException("Feedback rounds need relationships active for a week and "
                        + "at least six participants");
            }
            return askable;
        }

        private void feedback(List<Pair> eligible) throws SQLException {
            if (spec.feedbackRounds() == 0) {
                return;
            }
            var rng = random.split();
            int[] order = shuffled(eligible.size(), rng);
            var peers = new Peers(participants());
            var rounds = new ArrayList<Round>();
            for (int i = 0; i < spec.feedbackRounds(); i++) {
                rounds.add(round(i, eligible.get(order[i % order.length]), peers, rng));
            }
            rounds.sort(Comparator.comparing(Round::requestedAt).thenComparingInt(Round::index));
            for (var round : rounds) {
                write(round);
            }
        }

        /** A round by a side or the coordinator; every fifth one recent, so some requests still wait. */
        private Round round(int index, Pair pair, Peers peers, SplittableRandom rng) {
            var from = pair.askFrom();
            var until = pair.askUntil(now);
            boolean recent = index % 5 == 0 && pair.status == Status.ACTIVE
                    && from.isBefore(now.minus(Duration.ofDays(10)));
            var at = recent ? now.minusSeconds(HOUR + rng.nextLong(10 * DAY)) : between(rng, from, until);
            double u = rng.nextDouble();
            long requester = u < 0.5 ? pair.mentee.accountId : u < 0.7 ? pair.mentor.accountId : coordinator.id();
            double d = rng.nextDouble();
            var dueOn = day(at).plusDays(d < 0.7 ? 14 : d < 0.8 ? 7 : d < 0.9 ? 10 : 21);
            var message = rng.nextDouble() < 0.6 ? pick(rng, Texts.ASK_MESSAGES) : null;
            var asks = new ArrayList<Ask>();
            for (var peer : peers.choose(pair, 3 + rng.nextInt(2), rng)) {
                asks.add(ask(pair, peer, at, dueOn, rng));
            }
            return new Round(index, pair, at, requester, message, dueOn, asks);
        }

        /** What one peer did with the request, by now: answered, declined, was withdrawn or still waits. */
        private Ask ask(Pair pair, Person peer, Instant asked, LocalDate dueOn, SplittableRandom rng) {
            var dueEnd = dueOn.plusDays(1).atStartOfDay(UTC).toInstant();
            var horizon = min(now, dueEnd);
            double elapsed = Math.min(1, (double) seconds(asked, now) / Math.max(1, seconds(asked, dueEnd)));
            double answer = 0.78 * Math.min(1, 0.25 + elapsed);
            double u = rng.nextDouble();
            var status = u < answer ? "ANSWERED" : u < answer + 0.07 ? "DECLINED" : u < answer + 0.1 ? "CANCELLED"
                    : "OPEN";
            var at = "OPEN".equals(status) ? null
                    : asked.plusSeconds((long) ((0.03 + 0.97 * rng.nextDouble()) * seconds(asked, horizon)));
            var reminder = asked.plusSeconds(3 * DAY + rng.nextLong(2 * DAY));
            boolean reminded = rng.nextDouble() < 0.25 && reminder.isBefore(at == null ? horizon : at);
            double level = pair.shape.level(fraction(pair.startedAt, asked, pair.end(now))) + 0.2;
            Integer[] ratings = new Integer[3];
            for (int i = 0; i < ratings.length; i++) {
                ratings[i] = rng.nextDouble() < 0.06 ? null : rating(level + rng.nextGaussian() * 0.6);
            }
            return new Ask(peer, status, at, reminded ? reminder : null, ratings, pick(rng, Texts.ADVICE),
                    rng.nextDouble() < 0.25);
        }

        private void write(Round round) throws SQLException {
            var pair = round.pair();
            var answers = round.asks().stream().filter(Ask::answered).sorted(Comparator.comparing(Ask::at)).toList();
            var revealedAt = answers.size() >= ANONYMITY_THRESHOLD ? answers.get(ANONYMITY_THRESHOLD - 1).at() : null;
            long roundId = t.round.nextId();
            t.round.add(roundId, pair.id, programId, round.requester(), round.requestedAt(), round.message(),
                    round.dueOn(), answers.size(), revealedAt, answers.size());
            for (var ask : round.asks()) {
                long requestId = t.request.nextId();
                boolean open = ask.at() == null;
                var changed = open ? (ask.remindedAt() == null ? round.requestedAt() : ask.remindedAt()) : ask.at();
                t.request.add(requestId, roundId, pair.id, ask.peer().accountId, ask.status(), round.requestedAt(),
                        ask.remindedAt(), ask.answered() ? 1 : 0, changed,
                        (open ? 0 : 1) + (ask.remindedAt() == null ? 0 : 1));
                if (ask.answered()) {
                    t.response.add(t.response.nextId(), requestId, roundId, ask.ratings()[0], ask.ratings()[1],
                            ask.ratings()[2], ask.advice(), ask.signed(), ask.at(), ask.at(), 0);
                }
            }
            if (revealedAt != null && spec.timeline()) {
                t.timeline.add(t.timeline.nextId(), pair.id, "FEEDBACK", roundId, revealedAt, null, "Peers",
                        Texts.revealed(answers.subList(0, ANONYMITY_THRESHOLD)));
            }
        }

        // ---- the timeline ------------------------------------------------------------------------

        /** A relationship's timeline, gathered while its history is made and written in time order. */
        private final class Story {

            private final Pair pair;
            private final List<Entry> entries = new ArrayList<>();

            Story(Pair pair) {
                this.pair = pair;
            }

            void add(String kind, Long sourceId, Instant at, Long actorId, String actorName, String summary) {
                if (spec.timeline()) {
                    entries.add(new Entry(kind, sourceId, at, actorId, actorName, summary));
                }
            }

            void write() throws SQLException {
                entries.sort(Comparator.comparing(Entry::at));
                for (var e : entries) {
                    var summary = e.summary().length() <= SUMMARY_MAX ? e.summary()
                            : e.summary().substring(0, SUMMARY_MAX - 1) + "…";
                    t.timeline.add(t.timeline.nextId(), pair.id, e.kind(), e.sourceId(), e.at(), e.actorId(),
                            e.actorName(), summary);
                }
            }
        }

        private record Entry(String kind, Long sourceId, Instant at, Long actorId, String actorName, String summary) {
        }

        private record Histories(List<Life> lives, int[] interactions, int[] checkins) {
        }
    }

    // ---- what a run plans -----------------------------------------------------------------------

    private record Staff(long id, String name, String email) {
    }

    private record Profile(String department, String zone, List<String> languages, List<String> skills,
            List<String> goals, String availability, String bio) {
    }

    /** A participant: account, enrolment and profile; a mentee keeps its relationships, oldest first. */
    private static final class Person {

        final boolean mentor;
        final String name;
        final String email;
        final Profile profile;
        final long accountId;
        final long enrolmentId;
        final int utcMinutes;
        final List<Pair> pairs = new ArrayList<>();
        int capacity;

        Person(boolean mentor, String name, String email, Profile profile, long accountId, long enrolmentId,
                int utcMinutes) {
            this.mentor = mentor;
            this.name = name;
            this.email = email;
            this.profile = profile;
            this.accountId = accountId;
            this.enrolmentId = enrolmentId;
            this.utcMinutes = utcMinutes;
        }

        boolean pairedWith(Person mentor) {
            return pairs.stream().anyMatch(p -> p.mentor == mentor);
        }
    }

    private enum Status {
        PROPOSED, ACTIVE, COMPLETED, DECLINED, ENDED;

        boolean open() {
            return this == PROPOSED || this == ACTIVE;
        }

        boolean started() {
            return this == ACTIVE || this == COMPLETED || this == ENDED;
        }
    }

    /**
     * How a started relationship goes: how often the pair meets (relative rate), its ratings from
     * the start to now, how often each side checks in, how often help is asked for and given, how
     * fast goals move and how likely one is completed.
     */
    private enum Shape {
        STEADY(1.0, 3.9, 4.0, 0.80, 0.85, 0.55, 0.65, 1.0, 0.7),
        THRIVING(1.5, 3.7, 4.9, 0.95, 0.95, 0.70, 0.80, 1.6, 0.9),
        ONE_SIDED(0.6, 3.5, 2.8, 0.45, 0.90, 0.75, 0.25, 0.6, 0.4),
        STALLED(0.8, 4.0, 1.9, 0.75, 0.80, 0.45, 0.40, 0.7, 0.4),
        FADING(0.7, 3.8, 2.2, 0.75, 0.80, 0.45, 0.45, 0.7, 0.4),
        GAP(1.0, 3.9, 3.8, 0.80, 0.85, 0.55, 0.60, 0.9, 0.6);

        final double rate;
        final double ratingFrom;
        final double ratingTo;
        final double mentorCheckins;
        final double menteeCheckins;
        final double ask;
        final double give;
        final double goalSpeed;
        final double completion;

        Shape(double rate, double ratingFrom, double ratingTo, double mentorCheckins, double menteeCheckins,
                double ask, double give, double goalSpeed, double completion) {
            this.rate = rate;
            this.ratingFrom = ratingFrom;
            this.ratingTo = ratingTo;
            this.mentorCheckins = mentorCheckins;
            this.menteeCheckins = menteeCheckins;
            this.ask = ask;
            this.give = give;
            this.goalSpeed = goalSpeed;
            this.completion = completion;
        }

        double level(double fraction) {
            return ratingFrom + (ratingTo - ratingFrom) * fraction;
        }

        boolean falling() {
            return this == STALLED || this == FADING;
        }

        static Shape of(Status status, SplittableRandom rng) {
            double u = rng.nextDouble();
            return switch (status) {
                case ACTIVE -> u < 0.40 ? STEADY : u < 0.58 ? THRIVING : u < 0.70 ? ONE_SIDED : u < 0.82 ? STALLED
                        : u < 0.90 ? FADING : GAP;
                case COMPLETED -> u < 0.5 ? STEADY : u < 0.9 ? THRIVING : GAP;
                case ENDED -> u < 0.35 ? FADING : u < 0.65 ? ONE_SIDED : STALLED;
                case PROPOSED, DECLINED -> null;
            };
        }
    }

    private record Step(String kind, String from, String to, long actorId, String actorName, Instant at,
            String reason) {
    }

    /** A relationship as planned: its parties, status, shape and the moments of its life. */
    private static final class Pair {

        final int index;
        final Status status;
        final Person mentee;
        final List<Step> steps = new ArrayList<>();
        Person mentor;
        Shape shape;
        long id;
        long seed;
        int score;
        String reasons;
        Instant proposedAt;
        Instant mentorAcceptedAt;
        Instant menteeAcceptedAt;
        Instant startedAt;
        Instant closedAt;
        String closeReason;
        boolean declinedByMentor;

        Pair(int index, Status status, Person mentee) {
            this.index = index;
            this.status = status;
            this.mentee = mentee;
        }

        void mentor(Person chosen) {
            mentor = chosen;
            score = Match.score(chosen, mentee);
            reasons = Match.reasons(chosen, mentee);
        }

        Person party(String side) {
            return MENTOR.equals(side) ? mentor : mentee;
        }

        Instant end(Instant now) {
            return closedAt == null ? now : closedAt;
        }

        /** Peers are asked once a pair has worked together for a week, and only while it is active. */
        Instant askFrom() {
            return startedAt.plus(Duration.ofDays(7));
        }

        Instant askUntil(Instant now) {
            return end(now).minusSeconds(HOUR);
        }

        /** Places the relationship's moments within {@code [from, to]}, none after {@code now}. */
        void time(Instant from, Instant to, Instant now, SplittableRandom rng) {
            long span = Math.max(seconds(from, to), 6 * HOUR);
            switch (status) {
                case PROPOSED -> propose(from, now, rng);
                case DECLINED -> decline(from, now, span, rng);
                case ACTIVE -> start(from.plusSeconds(rng.nextDouble() < 0.4
                        ? rng.nextLong(Math.max(1, Math.min(10 * DAY, span / 7))) : rng.nextLong(span * 97 / 100)),
                        now.minusSeconds(HOUR), rng);
                case COMPLETED -> {
                    start(from.plusSeconds(rng.nextLong(span / 4)), to.minusSeconds(2 * DAY), rng);
                    close(0.6, 0.95, to, rng.nextDouble() < 0.5 ? pick(rng, Texts.COMPLETION_NOTES) : null, rng);
                }
                case ENDED -> {
                    start(from.plusSeconds(rng.nextLong(span / 2)), to.minusSeconds(2 * DAY), rng);
                    close(0.2, 0.8, to, pick(rng, Texts.END_REASONS), rng);
                }
            }
        }

        /** Waiting for an answer, some for more than a week; one side may have said yes. */
        private void propose(Instant from, Instant now, SplittableRandom rng) {
            long age = rng.nextDouble() < 0.5 ? 2 * HOUR + rng.nextLong(5 * DAY) : 7 * DAY + rng.nextLong(14 * DAY);
            proposedAt = min(max(now.minusSeconds(age), from), now.minusSeconds(HOUR));
            var yes = proposedAt.plusSeconds(HOUR + rng.nextLong(40 * HOUR));
            if (rng.nextDouble() < 0.4 && yes.isBefore(now.minusSeconds(10 * MINUTE))) {
                if (rng.nextBoolean()) {
                    mentorAcceptedAt = yes;
                } else {
                    menteeAcceptedAt = yes;
                }
            }
        }

        /** Declined within days, perhaps after the other side said yes; all before {@code now}. */
        private void decline(Instant from, Instant now, long span, SplittableRandom rng) {
            proposedAt = min(from.plusSeconds(rng.nextLong(Math.max(1, span * 8 / 10))), now.minusSeconds(12 * HOUR));
            var answered = proposedAt;
            var yes = proposedAt.plusSeconds(HOUR + rng.nextLong(30 * HOUR));
            if (rng.nextDouble() < 0.35 && yes.isBefore(now.minusSeconds(2 * HOUR))) {
                answered = yes;
                if (rng.nextBoolean()) {
                    mentorAcceptedAt = yes;
                } else {
                    menteeAcceptedAt = yes;
                }
            }
            declinedByMentor = mentorAcceptedAt == null && (menteeAcceptedAt != null || rng.nextDouble() < 0.4);
            closedAt = min(answered.plusSeconds(2 * HOUR + rng.nextLong(70 * HOUR)), now.minusSeconds(MINUTE));
            closeReason = pick(rng, Texts.DECLINE_REASONS);
        }

        /** Proposed at {@code at}; both say yes within days, before {@code limit}, and it starts. */
        private void start(Instant at, Instant limit, SplittableRandom rng) {
            proposedAt = min(at, limit.minusSeconds(2 * HOUR));
            long first = 2 * HOUR + rng.nextLong(70 * HOUR);
            long second = HOUR + rng.nextLong(70 * HOUR);
            long room = seconds(proposedAt, limit);
            if (first + second > room) {
                double scale = 0.9 * room / (first + second);
                first = (long) (first * scale);
                second = (long) (second * scale);
            }
            var one = proposedAt.plusSeconds(first);
            var two = one.plusSeconds(second);
            boolean mentorFirst = rng.nextDouble() < 0.55;
            mentorAcceptedAt = mentorFirst ? one : two;
            menteeAcceptedAt = mentorFirst ? two : one;
            startedAt = two;
        }

        private void close(double low, double high, Instant to, String reason, SplittableRandom rng) {
            long life = Math.max(seconds(startedAt, to), 2 * HOUR);
            closedAt = min(startedAt.plusSeconds(Math.max(HOUR, (long) ((low + (high - low) * rng.nextDouble())
                    * life))), to);
            closeReason = reason;
        }
    }

    /** Free mentoring slots; a pair takes the best of a few mentors who still have room. */
    private static final class Slots {

        private final List<Person> mentors;
        private final int[] free;
        private final int[] available;
        private int size;

        Slots(List<Person> mentors) {
            this.mentors = mentors;
            this.free = new int[mentors.size()];
            this.available = new int[mentors.size()];
            for (int i = 0; i < mentors.size(); i++) {
                free[i] = mentors.get(i).capacity;
                if (free[i] > 0) {
                    available[size++] = i;
                }
            }
        }

        Person take(Person mentee, SplittableRandom rng) {
            int best = -1;
            int bestScore = -1;
            for (int tries = 0; size > 0 && tries < 200 && (tries < 6 || best < 0); tries++) {
                int slot = rng.nextInt(size);
                var mentor = mentors.get(available[slot]);
                int score = mentee.pairedWith(mentor) ? -1 : Match.score(mentor, mentee);
                if (score > bestScore) {
                    best = slot;
                    bestScore = score;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("Too few mentors with free slots for the relationships asked for");
            }
            int index = available[best];
            if (--free[index] == 0) {
                available[best] = available[--size];
            }
            return mentors.get(index);
        }
    }

    /**
     * The match score as the pairing feature computes it with the default weights: goals 50 (the
     * share of the mentee's goals the mentor offers), language 20, time zone 15, other department 15;
     * with the reasons it gives.
     */
    private static final class Match {

        private Match() {
        }

        static int score(Person mentor, Person mentee) {
            double goals = mentee.profile.goals().isEmpty() ? 0
                    : (double) matched(mentor, mentee).size() / mentee.profile.goals().size();
            double language = shared(mentor, mentee).isEmpty() ? 0 : 1;
            double zone = 1 - distance(mentor, mentee) / 720.0;
            double department = mentor.profile.department().equals(mentee.profile.department()) ? 0 : 1;
            return (int) Math.round(50 * goals + 20 * language + 15 * zone + 15 * department);
        }

        static String reasons(Person mentor, Person mentee) {
            var goals = mentee.profile.goals();
            var matched = matched(mentor, mentee);
            var noun = goals.size() == 1 ? " goal matches" : " goals match";
            var goalReason = goals.isEmpty() ? "No goals stated"
                    : matched.isEmpty() ? "None of " + goals.size() + noun
                    : matched.size() + " of " + goals.size() + noun + ": " + String.join(", ", matched);
            int minutes = distance(mentor, mentee);
            var zoneReason = minutes == 0 ? "Same time zone" : (minutes % 60 == 0 ? String.valueOf(minutes / 60)
                    : String.format(Locale.ROOT, "%.1f", minutes / 60.0)) + " h apart";
            var department = mentee.profile.department();
            return String.join("\n", goalReason, "Both speak " + String.join(" and ", shared(mentor, mentee)),
                    zoneReason, department.equals(mentor.profile.department()) ? "Same department (" + department + ")"
                            : "Different department");
        }

        private static List<String> matched(Person mentor, Person mentee) {
            return mentee.profile.goals().stream().filter(mentor.profile.skills()::contains)
                    .map(g -> g.toLowerCase(Locale.ROOT)).toList();
        }

        private static List<String> shared(Person mentor, Person mentee) {
            return mentee.profile.languages().stream().filter(mentor.profile.languages()::contains).toList();
        }

        private static int distance(Person mentor, Person mentee) {
            int d = Math.abs(mentor.utcMinutes - mentee.utcMinutes) % 1440;
            return Math.min(d, 1440 - d);
        }
    }

    private record Point(int value, Instant at, Person actor) {
    }

    /** One side's check-in period of a relationship: when a check-in can be written, and how likely. */
    private record Period(boolean mentor, int index, LocalDate start, Instant from, Instant to, double weight) {
    }

    private record Checkin(Period slot, Instant at) {
    }

    /**
     * A started relationship's life, worked out from its own seed: the days the pair meets on (a
     * stalled pair stops weeks before today, a pair with a gap pauses for weeks in the middle), its
     * check-in periods and how likely each side checks in, and how its ratings drift.
     */
    private static final class Life {

        final Pair pair;
        final SplittableRandom rng;
        final Instant end;
        final LocalDate startDay;
        final double offset;
        final List<LocalDate[]> segments = new ArrayList<>();
        final List<Period> slots = new ArrayList<>();
        int activeDays;
        int periods;
        LocalDate quietFrom;
        LocalDate gapFrom;
        LocalDate gapTo;

        Life(Pair pair, Instant now) {
            this.pair = pair;
            this.rng = new SplittableRandom(pair.seed);
            this.end = pair.end(now);
            this.startDay = day(pair.startedAt);
            this.offset = (rng.nextDouble() - 0.5) * 0.7;
            meetings();
            periods();
        }

        private void meetings() {
            var first = startDay.plusDays(1 + rng.nextInt(4));
            var last = pair.closedAt == null ? day(end) : day(end).minusDays(1);
            if (pair.shape == Shape.STALLED) {
                last = last.minusDays(28 + rng.nextInt(29));
                quietFrom = last.plusDays(1);
            }
            if (last.isBefore(first)) {
                return;
            }
            long length = ChronoUnit.DAYS.between(first, last) + 1;
            if (pair.shape == Shape.GAP && length >= 70) {
                gapFrom = first.plusDays((long) (length * (0.35 + 0.2 * rng.nextDouble())));
                gapTo = gapFrom.plusDays(20 + rng.nextInt(22));
                segment(first, gapFrom.minusDays(1));
                segment(gapTo.plusDays(1), last);
            } else {
                segment(first, last);
            }
        }

        private void segment(LocalDate from, LocalDate to) {
            if (!to.isBefore(from)) {
                segments.add(new LocalDate[] {from, to});
                activeDays += (int) ChronoUnit.DAYS.between(from, to) + 1;
            }
        }

        /** The 14-day periods from the start day on that hold a moment to check in before the end. */
        private void periods() {
            var windows = new ArrayList<Instant[]>();
            for (int k = 0; ; k++) {
                var start = startDay.plusDays((long) k * CADENCE_DAYS);
                var from = max(start.atStartOfDay(UTC).toInstant(), pair.startedAt.plusSeconds(HOUR));
                var to = min(start.plusDays(CADENCE_DAYS).atStartOfDay(UTC).toInstant(), end).minusSeconds(MINUTE);
                if (!from.isBefore(end)) {
                    break;
                }
                if (seconds(from, to) >= 30 * MINUTE) {
                    windows.add(new Instant[] {from, to});
                }
            }
            periods = windows.size();
            for (int k = 0; k < windows.size(); k++) {
                var w = windows.get(k);
                var start = startDay.plusDays((long) k * CADENCE_DAYS);
                slots.add(new Period(true, k, start, w[0], w[1], weight(true, k, start)));
                slots.add(new Period(false, k, start, w[0], w[1], weight(false, k, start)));
            }
        }

        private double weight(boolean mentor, int k, LocalDate start) {
            var shape = pair.shape;
            double w = mentor ? shape.mentorCheckins : shape.menteeCheckins;
            if (shape.falling()) {
                w *= 1 - 0.6 * fraction(k);
            }
            if (quiet(start)) {
                w *= 0.4;
            }
            if (inGap(start)) {
                w *= 0.25;
            }
            return w;
        }

        double slotWeight() {
            return slots.stream().mapToDouble(Period::weight).sum();
        }

        private double fraction(int k) {
            return periods <= 1 ? 0 : (double) k / (periods - 1);
        }

        private boolean quiet(LocalDate day) {
            return quietFrom != null && !day.isBefore(quietFrom);
        }

        private boolean inGap(LocalDate day) {
            return gapFrom != null && !day.isBefore(gapFrom.minusDays(CADENCE_DAYS - 1)) && !day.isAfter(gapTo);
        }

        /** The rating level of a side in a period: the shape's drift, the pair's own level, dips. */
        double level(Period slot) {
            double level = pair.shape.level(fraction(slot.index())) + offset;
            if (pair.shape == Shape.ONE_SIDED) {
                level += slot.mentor() ? -0.5 : 0.3;
            }
            if (inGap(slot.start())) {
                level -= 1.0;
            }
            return quiet(slot.start()) ? level - 0.5 : level;
        }

        /** {@code count} days spread over the meeting segments, denser early on for a fading pair. */
        List<LocalDate> meetingDays(int count) {
            var days = new ArrayList<LocalDate>(count);
            for (int i = 0; i < count; i++) {
                double x = (i + 0.5 + (rng.nextDouble() - 0.5) * 0.9) / count;
                if (pair.shape == Shape.FADING) {
                    x = Math.pow(x, 1.7);
                }
                days.add(dayAt(Math.max(0, Math.min(activeDays - 1, (long) (x * activeDays)))));
            }
            Collections.sort(days);
            return days;
        }

        private LocalDate dayAt(long position) {
            long left = position;
            for (var s : segments) {
                long length = ChronoUnit.DAYS.between(s[0], s[1]) + 1;
                if (left < length) {
                    return s[0].plusDays(left);
                }
                left -= length;
            }
            throw new IllegalStateException("No meeting day at " + position);
        }

        /** Logged the same evening, sometimes the next day; never before the start or after the end. */
        Instant loggedAt(LocalDate day) {
            var dayStart = day.atStartOfDay(UTC).toInstant();
            var at = dayStart.plusSeconds(16 * HOUR + rng.nextLong(6 * HOUR));
            if (rng.nextDouble() < 0.2) {
                at = at.plusSeconds(DAY - rng.nextLong(6 * HOUR));
            }
            if (at.isAfter(end)) {
                at = between(rng, max(dayStart, pair.startedAt), end);
            }
            return max(at, pair.startedAt.plusSeconds(MINUTE));
        }

        /** {@code count} check-ins in the periods drawn by weight (without replacement), in time order. */
        List<Checkin> checkins(int count) {
            var keyed = new ArrayList<Map.Entry<Double, Period>>();
            for (var slot : slots) {
                double key = Math.pow(rng.nextDouble(), 1 / Math.max(slot.weight(), 1e-6));
                keyed.add(Map.entry(key, slot));
            }
            keyed.sort(Map.Entry.<Double, Period>comparingByKey().reversed());
            var chosen = new ArrayList<Checkin>(count);
            for (var entry : keyed.subList(0, count)) {
                var slot = entry.getValue();
                long window = seconds(slot.from(), slot.to());
                var at = slot.from().plusSeconds((long) ((0.4 + 0.6 * rng.nextDouble()) * window));
                chosen.add(new Checkin(slot, at));
            }
            chosen.sort(Comparator.comparing(Checkin::at));
            return chosen;
        }
    }

    /** What was asked for and given in an interaction, and by which side; each both or neither. */
    private record Help(String askedBy, String asked, String givenBy, String given) {

        static Help of(Shape shape, SplittableRandom rng) {
            boolean oneSided = shape == Shape.ONE_SIDED;
            if (rng.nextDouble() < shape.ask) {
                var askedBy = oneSided || rng.nextDouble() < (shape == Shape.THRIVING ? 0.7 : 0.85) ? MENTEE : MENTOR;
                var asked = pick(rng, MENTEE.equals(askedBy) ? Texts.MENTEE_ASKS : Texts.MENTOR_ASKS);
                if (rng.nextDouble() >= shape.give) {
                    return new Help(askedBy, asked, null, null);
                }
                var givenBy = MENTEE.equals(askedBy) ? MENTOR : MENTEE;
                return new Help(askedBy, asked, givenBy, given(givenBy, rng));
            }
            if (!oneSided && rng.nextDouble() < 0.2) {
                var givenBy = rng.nextDouble() < 0.8 ? MENTOR : MENTEE;
                return new Help(null, null, givenBy, given(givenBy, rng));
            }
            return new Help(null, null, null, null);
        }

        private static String given(String side, SplittableRandom rng) {
            return pick(rng, MENTOR.equals(side) ? Texts.MENTOR_GIVES : Texts.MENTEE_GIVES);
        }
    }

    /** Meeting formats with how often they are chosen and how long they last. */
    private enum Format {
        MEETING(24, 8, 30, 90, 15), VIDEO_CALL(30, 20, 20, 60, 5), CALL(12, 15, 10, 40, 5), WALK(8, 5, 20, 60, 5),
        CHAT(10, 35, 5, 30, 5), SHORT_10(5, 12, 10, 10, 1), SHORT_15(6, 5, 15, 15, 1), SHORT_17(5, 0, 17, 17, 1);

        private final int weight;
        private final int oneSidedWeight;
        private final int shortest;
        private final int longest;
        private final int step;

        Format(int weight, int oneSidedWeight, int shortest, int longest, int step) {
            this.weight = weight;
            this.oneSidedWeight = oneSidedWeight;
            this.shortest = shortest;
            this.longest = longest;
            this.step = step;
        }

        static Format pick(SplittableRandom rng, boolean oneSided) {
            int total = 0;
            for (var f : values()) {
                total += oneSided ? f.oneSidedWeight : f.weight;
            }
            int u = rng.nextInt(total);
            for (var f : values()) {
                u -= oneSided ? f.oneSidedWeight : f.weight;
                if (u < 0) {
                    return f;
                }
            }
            return MEETING;
        }

        /** A short check-in lasts exactly its minutes; the others a length in steps. */
        int minutes(SplittableRandom rng) {
            return shortest + step * rng.nextInt((longest - shortest) / step + 1);
        }

        /** "17-minute check-in", "60-minute video call", as the app describes an interaction. */
        String describe(int minutes) {
            return minutes + "-minute " + (shortest == longest ? "check-in"
                    : name().replace('_', ' ').toLowerCase(Locale.ROOT));
        }
    }

    private record Ask(Person peer, String status, Instant at, Instant remindedAt, Integer[] ratings, String advice,
            boolean signed) {

        boolean answered() {
            return "ANSWERED".equals(status);
        }
    }

    private record Round(int index, Pair pair, Instant requestedAt, long requester, String message, LocalDate dueOn,
            List<Ask> asks) {
    }

    /**
     * Who may be asked about a pair: other participants of the program, mostly from the pair's own
     * departments (the colleagues who see them together), never the same one twice for a pair.
     */
    private static final class Peers {

        private final List<Person> everyone;
        private final Map<String, List<Person>> byDepartment = new HashMap<>();
        private final Map<Pair, Set<Person>> asked = new HashMap<>();

        Peers(List<Person> everyone) {
            this.everyone = everyone;
            for (var person : everyone) {
                byDepartment.computeIfAbsent(person.profile.department(), d -> new ArrayList<>()).add(person);
            }
        }

        List<Person> choose(Pair pair, int count, SplittableRandom rng) {
            var before = asked.computeIfAbsent(pair, p -> new HashSet<>());
            var chosen = new ArrayList<Person>();
            for (int tries = 0; tries < 60 && chosen.size() < count; tries++) {
                var pool = tries % 3 == 2 ? everyone : byDepartment.get((tries % 3 == 0 ? pair.mentee : pair.mentor)
                        .profile.department());
                consider(pool.get(rng.nextInt(pool.size())), pair, before, chosen);
            }
            int start = rng.nextInt(everyone.size());
            for (int i = 0; i < everyone.size() && chosen.size() < count; i++) {
                consider(everyone.get((start + i) % everyone.size()), pair, before, chosen);
            }
            before.addAll(chosen);
            return chosen;
        }

        private static void consider(Person peer, Pair pair, Set<Person> before, List<Person> chosen) {
            if (peer != pair.mentor && peer != pair.mentee && !before.contains(peer) && !chosen.contains(peer)) {
                chosen.add(peer);
            }
        }
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** Every statement of a run, parents before children. */
    private static final class Tables {

        final Table account;
        final Table accountRole;
        final Table audit;
        final Table program;
        final Table programCoordinator;
        final Table pairingSettings;
        final Table feedbackSettings;
        final Table tag;
        final Table enrolment;
        final Table skill;
        final Table goalTag;
        final Table language;
        final Table relationship;
        final Table event;
        final Table kickoff;
        final Table goal;
        final Table progress;
        final Table interaction;
        final Table checkin;
        final Table round;
        final Table request;
        final Table response;
        final Table timeline;

        Tables(Db db) throws SQLException {
            account = db.table("account", "id, email, display_name, password_hash, enabled, created_at, updated_at, "
                    + "version");
            accountRole = db.table("account_role", "account_id, role", account);
            audit = db.table("security_audit_event", "id, occurred_at, event_type, account_id, actor_account_id, "
                    + "email, detail, version", account);
            program = db.table("program", "id, name, description, starts_on, ends_on, status, stall_threshold_days, "
                    + "anonymity_threshold, checkin_cadence_days, created_at, updated_at, version");
            programCoordinator = db.table("program_coordinator", "program_id, account_id", program, account);
            pairingSettings = db.table("pairing_settings", "id, program_id, goals_weight, language_weight, "
                    + "language_required, timezone_weight, department_weight, department_required, pairings_final, "
                    + "mentee_active_max, updated_at, version", program);
            feedbackSettings = db.table("feedback_settings", "id, program_id, coordinators_see_identity, updated_at, "
                    + "version", program);
            tag = db.table("program_tag", "id, program_id, name, name_key, version", program);
            enrolment = db.table("enrolment", "id, program_id, account_id, person_name, person_email, role, capacity, "
                    + "status, department, timezone, availability, bio, created_at, updated_at, version", program,
                    account);
            skill = db.table("enrolment_skill", "enrolment_id, tag_id", enrolment, tag);
            goalTag = db.table("enrolment_goal", "enrolment_id, tag_id", enrolment, tag);
            language = db.table("enrolment_language", "enrolment_id, language", enrolment);
            relationship = db.table("relationship", "id, program_id, mentor_enrolment_id, mentee_enrolment_id, "
                    + "mentor_account_id, mentee_account_id, mentor_name, mentee_name, status, open_pair, match_score, "
                    + "match_reasons, proposed_by, proposed_at, mentor_accepted_at, mentee_accepted_at, started_at, "
                    + "closed_at, close_reason, version", enrolment);
            event = db.table("relationship_event", "id, relationship_id, kind, from_status, to_status, actor_id, "
                    + "actor_name, occurred_at, reason", relationship);
            kickoff = db.table("kickoff", "id, relationship_id, side, author_id, wants, sees_relationship, written_at, "
                    + "updated_at, version", relationship);
            goal = db.table("goal", "id, relationship_id, title, description, progress, status, created_by, "
                    + "created_at, updated_at, completed_at, version", relationship);
            progress = db.table("goal_progress", "id, goal_id, relationship_id, progress, actor_id, recorded_at, "
                    + "version", goal);
            interaction = db.table("interaction", "id, relationship_id, logged_by, occurred_on, duration_minutes, "
                    + "meeting_format, initiated_by, help_asked_by, help_asked, help_given_by, help_given, notes, "
                    + "confirmed_at, created_at, updated_at, version", relationship);
            checkin = db.table("checkin", "id, relationship_id, author_side, period_start, connection_rating, "
                    + "trust_rating, value_rating, reflection, reflection_shared, created_at, updated_at, version",
                    relationship);
            round = db.table("feedback_round", "id, relationship_id, program_id, requested_by, requested_at, "
                    + "ask_message, due_on, answer_count, revealed_at, version", relationship);
            request = db.table("feedback_request", "id, round_id, relationship_id, peer_account_id, status, asked_at, "
                    + "reminded_at, answer_saves, updated_at, version", round);
            response = db.table("feedback_response", "id, request_id, round_id, rapport_rating, give_and_take_rating, "
                    + "communication_rating, advice, signed_with_name, created_at, updated_at, version", request);
            timeline = db.table("timeline_entry", "id, relationship_id, kind, source_id, occurred_at, actor_id, "
                    + "actor_name, summary", relationship);
        }
    }

    /** The run's insert statements on one connection, and the rows each has written. */
    private static final class Db implements AutoCloseable {

        private final Connection connection;
        private final List<Table> tables = new ArrayList<>();

        Db(Connection connection) {
            this.connection = connection;
        }

        /** An insert into {@code name}; when its first column is {@code id}, ids count on from the table's maximum. */
        Table table(String name, String columns, Table... parents) throws SQLException {
            var names = columns.split(",\\s*");
            var sql = "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(names.length, "?")) + ")";
            long firstId = "id".equals(names[0]) ? maxId(name) + 1 : 0;
            var table = new Table(name, connection.prepareStatement(sql), names.length, List.of(parents), firstId);
            tables.add(table);
            return table;
        }

        private long maxId(String table) throws SQLException {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        /** {@code base}, or with a suffix when an earlier run's coordinator already has that email. */
        String freeTag(String base) throws SQLException {
            try (var check = connection.prepareStatement("SELECT COUNT(*) FROM account WHERE email = ?")) {
                for (int n = 1; ; n++) {
                    var tag = n == 1 ? base : base + "x" + n;
                    check.setString(1, coordinatorEmail(tag));
                    try (var rows = check.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) == 0) {
                            return tag;
                        }
                    }
                }
            }
        }

        void commit() throws SQLException {
            for (var table : tables) {
                table.flush();
            }
            connection.commit();
        }

        Map<String, Integer> rows() {
            var rows = new LinkedHashMap<String, Integer>();
            tables.forEach(t -> rows.put(t.name, t.written));
            return rows;
        }

        @Override
        public void close() throws SQLException {
            for (var table : tables) {
                table.insert.close();
            }
        }
    }

    /** One table's insert with its pending batch; its parents' batches go first, so foreign keys hold. */
    private static final class Table {

        private final String name;
        private final PreparedStatement insert;
        private final int columns;
        private final List<Table> parents;
        private long nextId;
        private int pending;
        private int written;

        Table(String name, PreparedStatement insert, int columns, List<Table> parents, long firstId) {
            this.name = name;
            this.insert = insert;
            this.columns = columns;
            this.parents = parents;
            this.nextId = firstId;
        }

        long nextId() {
            return nextId++;
        }

        void add(Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                bind(i + 1, values[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending == 0) {
                return;
            }
            for (var parent : parents) {
                parent.flush();
            }
            insert.executeBatch();
            written += pending;
            pending = 0;
        }

        /** Instants as UTC date-times, as the app's Hibernate ({@code jdbc.time_zone=UTC}) writes them. */
        private void bind(int index, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                insert.setObject(index, LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), UTC));
            } else {
                insert.setObject(index, value);
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * Splits {@code total} over the items in proportion to their weights, none above its cap, the
     * rounding by largest remainders; items of weight 0 take what the others cannot.
     */
    static int[] allocate(String what, long total, double[] weights, int[] caps) {
        long room = 0;
        for (int cap : caps) {
            room += cap;
        }
        if (total > room) {
            throw new IllegalArgumentException("Cannot place " + total + " " + what + ": the relationships' dates "
                    + "hold at most " + room + "; ask for more weeks or relationships");
        }
        var out = new int[weights.length];
        long left = total;
        while (left > 0) {
            double sum = 0;
            for (int i = 0; i < out.length; i++) {
                sum += out[i] < caps[i] ? weights[i] : 0;
            }
            boolean byRoom = sum <= 0;
            if (byRoom) {
                for (int i = 0; i < out.length; i++) {
                    sum += caps[i] - out[i];
                }
            }
            var remainders = new double[out.length];
            long given = 0;
            for (int i = 0; i < out.length; i++) {
                if (out[i] >= caps[i]) {
                    continue;
                }
                double share = left * (byRoom ? caps[i] - out[i] : weights[i]) / sum;
                int add = (int) Math.min(Math.floor(share), caps[i] - out[i]);
                out[i] += add;
                given += add;
                remainders[i] = share - Math.floor(share);
            }
            left -= given;
            if (given == 0) {
                left -= topUp(out, caps, remainders, left);
            }
        }
        return out;
    }

    /** One more for each item with room, largest remainder first, until {@code left} are placed. */
    private static long topUp(int[] out, int[] caps, double[] remainders, long left) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < out.length; i++) {
            if (out[i] < caps[i]) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        long given = 0;
        for (int i : order) {
            if (given == left) {
                break;
            }
            out[i]++;
            given++;
        }
        return given;
    }

    private static int[] shuffled(int size, SplittableRandom rng) {
        var order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static <T> T pick(SplittableRandom rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    private static int rating(double level) {
        return (int) Math.max(1, Math.min(5, Math.round(level)));
    }

    private static double fraction(Instant from, Instant at, Instant to) {
        long whole = seconds(from, to);
        return whole <= 0 ? 0 : Math.max(0, Math.min(1, (double) seconds(from, at) / whole));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, UTC);
    }

    private static long seconds(Instant from, Instant to) {
        return to.getEpochSecond() - from.getEpochSecond();
    }

    private static Instant between(SplittableRandom rng, Instant from, Instant to) {
        long span = seconds(from, to);
        return span <= 0 ? from : from.plusSeconds(rng.nextLong(span));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- texts -----------------------------------------------------------------------------------

    /** Names, profiles and what people write, plus the summaries the app's timeline uses. */
    private static final class Texts {

        static final List<String> FIRST = List.of("Adaeze", "Bjorn", "Camila", "Dev", "Elif", "Felix", "Grace",
                "Hamid", "Ingrid", "Jonas", "Keiko", "Luca", "Mariam", "Nikolai", "Olga", "Pedro", "Rania", "Sam",
                "Tanvi", "Ulrich", "Valentina", "William", "Xia", "Yara", "Zeynep", "Amir", "Beatriz", "Callum",
                "Divya", "Emil", "Fatima", "Gideon", "Hannah", "Idris", "Johanna", "Kenji", "Leila", "Mohammed",
                "Noor", "Oliver");
        static final List<String> LAST = List.of("Adeyemi", "Bergstrom", "Chowdhury", "Da Silva", "Engel", "Farouk",
                "Gonzalez", "Holm", "Iyer", "Jaramillo", "Kim", "Larsen", "Mensah", "Nguyen", "Oyelaran", "Park",
                "Quispe", "Reyes", "Schmidt", "Takahashi", "Ueda", "Vasquez", "Wojcik", "Xu", "Yamamoto", "Zimmermann",
                "Andersson", "Brennan", "Castro", "Dlamini", "Esposito", "Fischer", "Gill", "Hoffmann", "Ivanov",
                "Johansson", "Kowalczyk", "Lopez", "Murphy", "Novak");
        static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Finance", "People", "Marketing",
                "Operations", "Legal", "Product", "Design", "Customer Success", "Data", "Security");
        static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York",
                "America/Chicago", "America/Los_Angeles", "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney",
                "America/Sao_Paulo", "Europe/Madrid", "Africa/Lagos", "Asia/Tokyo");
        static final List<String> LANGUAGES = List.of("German", "Spanish", "French", "Portuguese", "Hindi", "Mandarin",
                "Japanese", "Swedish", "Arabic", "Polish");
        static final List<String> TOPICS = List.of("Negotiation", "Public speaking", "Hiring", "Stakeholder management",
                "Strategic planning", "Giving feedback", "Coaching", "Budgeting", "Product discovery",
                "Data storytelling", "Conflict resolution", "Career planning", "Delegation", "Time management",
                "Leading remote teams", "First-time management", "Writing", "Facilitation", "Roadmaps",
                "Interviewing", "Presenting to executives", "Change management", "Cloud architecture",
                "Customer empathy", "Pricing", "Team rituals", "Decision making", "OKRs", "Onboarding", "Networking");
        static final List<String> AVAILABILITY = List.of("Tuesday and Thursday mornings", "Afternoons, not Fridays",
                "Flexible; prefers video calls", "Mondays 14:00-16:00", "Early mornings before stand-up",
                "Wednesdays, in person at the office");
        static final List<String> BIOS = List.of("Twelve years in the field; led three teams through reorganisations.",
                "Moved from support into product and likes helping others make a similar switch.",
                "New to leading people and keen to learn from someone who has done it.",
                "Runs the internal speakers' club and enjoys helping people find their voice.",
                "Built the data platform team from scratch; happy to talk hiring and scope.");
        static final List<String> MENTEE_WANTS = List.of(
                "Grow into a lead people trust, and have someone outside my team to think out loud with.",
                "Get confident in hard conversations: budgets, deadlines and saying no.",
                "Understand how decisions are made above my level and how to influence them.",
                "Plan my next career step and get honest feedback on where I stand.",
                "Learn to delegate without losing track, and to give feedback that lands.");
        static final List<String> MENTOR_WANTS = List.of(
                "Share what I learned the hard way, and hear how things look earlier in a career.",
                "Help my mentee get to their goals, and practise coaching instead of telling.",
                "Meet every week or two and say openly what isn't working.",
                "Learn how another department sees our work while helping someone grow.");
        static final List<String> GOALS = List.of("Lead a project end to end", "Present at the quarterly all-hands",
                "Build a network outside my team", "Get ready for a team lead role", "Improve how I give feedback",
                "Negotiate scope with stakeholders", "Learn to read the budget", "Write a one-page strategy",
                "Run effective one-to-ones", "Speak up more in leadership meetings", "Hire for an open role",
                "Mentor a new joiner", "Prepare for the promotion review", "Cut my meeting load by a third",
                "Ship the onboarding guide", "Get certified on the cloud platform", "Plan the next two years",
                "Chair a cross-team workshop", "Publish an internal blog post", "Handle conflict in the team calmly");
        static final List<String> GOAL_NOTES = List.of("Agreed at the kick-off; check progress every month.",
                "The first step is a draft to review together.", "Success means doing it without notes.",
                "Measured by the feedback of the people involved.");
        static final List<String> MENTEE_ASKS = List.of("how to run my first one-to-ones",
                "preparing for a salary conversation", "feedback on a project proposal",
                "how to push back on a deadline", "structuring a presentation for leadership",
                "dealing with a difficult stakeholder", "planning the next career step",
                "how to delegate without losing track", "reading a budget spreadsheet",
                "getting visibility for my team's work", "handling a conflict between two colleagues",
                "saying no to extra work", "a review of my interview questions",
                "how to give critical feedback kindly", "time management during a release crunch");
        static final List<String> MENTOR_ASKS = List.of("how newer colleagues see the reorganisation",
                "a first look at a workshop outline", "what the team floor thinks of the new tools",
                "tips on a framework the team uses", "feedback on how clearly I explain things");
        static final List<String> MENTOR_GIVES = List.of("walked through a similar situation from my own career",
                "role-played the conversation twice", "shared a template that worked for me",
                "introduced a colleague who has done this before", "marked up the draft with comments",
                "suggested three questions to open with", "sketched a plan for the next quarter together",
                "recommended a book chapter and discussed it", "reviewed the slides and cut them by half",
                "explained how the budget process really works");
        static final List<String> MENTEE_GIVES = List.of("showed how the team uses the new tool",
                "gave honest feedback on the workshop outline", "shared what the team floor is saying",
                "explained a new framework with examples", "tested the onboarding guide and flagged gaps");
        static final List<String> NOTES = List.of("Next time: bring the numbers.",
                "Follow up on the introduction next week.", "Agreed to try a walking meeting next time.",
                "Homework: draft the email before Friday.", "Good energy today; we ran over time.",
                "Short one, both busy this week.", "Revisit the career plan in a month.");
        static final List<String> MENTEE_REFLECTIONS = List.of("The role-play made the real meeting feel familiar.",
                "I came prepared this time and it showed.", "We talked past each other today; my fault for rushing.",
                "Hard to find time lately; I miss the rhythm we had.",
                "I finally asked for help with the thing I was avoiding.");
        static final List<String> MENTOR_REFLECTIONS = List.of("My mentee prepares well; I should push more.",
                "I talked too much today; more questions next time.", "We keep postponing; I need to make time.",
                "Good progress on the goals, visible to the team too.",
                "Not sure I am helping; worth raising openly next time.");
        static final List<String> END_REASONS = List.of(
                "The mentor moved to a role with heavy travel; the mentee will be paired again.",
                "We could not find a regular time across our time zones.", "The mentee left the company.",
                "Priorities changed after the reorganisation; both agreed to stop.",
                "The pairing did not click; the coordinator will suggest someone else.",
                "The mentor is on parental leave; to be paired again later.");
        static final List<String> DECLINE_REASONS = List.of(
                "We already work closely in the same project; I would like a fresh perspective.",
                "My calendar is full until the summer; please pair me later.",
                "I was hoping for someone with a sales background.",
                "We report to the same manager, which feels awkward.");
        static final List<String> COMPLETION_NOTES = List.of("All goals reached; they will keep meeting informally.",
                "A good six months; the mentee is ready for the lead role.", "Closed at the end of the cycle.");
        static final List<String> ASK_MESSAGES = List.of(
                "How do we come across in the team meetings you have seen us in?",
                "What one thing could we do differently to make our sessions more useful?",
                "You have seen us work together on the project: how does it look from the outside?",
                "Is the mentee getting more visible in the team? Be honest.");
        static final List<String> ADVICE = List.of("Meet in person once a month; the video calls seem rushed.",
                "Let the mentee lead the agenda more often.", "Share the goals with the team so others can help.",
                "Try a shorter, more frequent rhythm.", "The mentor could ask more questions and give fewer answers.",
                "Keep doing the walking meetings; both seem more relaxed.",
                "Write down the next step at the end of each session.",
                "Invite the mentee to a leadership meeting as an observer.",
                "Celebrate the progress more visibly; it is real.",
                "Be more honest with each other about what is not working.");

        private Texts() {
        }

        static String name(SplittableRandom rng) {
            return pick(rng, FIRST) + " " + pick(rng, LAST);
        }

        /** As the workspace's timeline tells a relationship's step. */
        static String transition(Step step) {
            var summary = switch (step.kind()) {
                case "PROPOSED" -> "Pairing proposed";
                case "ACCEPTED" -> step.actorName() + " accepted the pairing";
                case "ACTIVATED" -> "The relationship started";
                case "DECLINED" -> "Declined";
                case "ENDED" -> "Ended early";
                default -> "Completed";
            };
            return step.reason() == null ? summary : summary + ": " + step.reason();
        }

        /** As the interaction service tells a logged interaction. */
        static String interaction(Pair pair, Format format, int minutes, String initiator, Help help) {
            var summary = new StringBuilder(format.describe(minutes)).append(", started by ")
                    .append(pair.party(initiator).name);
            if (help.askedBy() != null) {
                summary.append("; ").append(pair.party(help.askedBy()).name).append(" asked for help");
            }
            if (help.givenBy() != null) {
                summary.append("; ").append(pair.party(help.givenBy()).name).append(" gave help");
            }
            return summary.toString();
        }

        /** As the timeline tells a round whose answers reached the threshold. */
        static String revealed(List<Ask> answers) {
            var summary = new StringBuilder("Peer feedback is in: ").append(answers.size()).append(" answers");
            var dimensions = List.of("rapport", "give and take", "communication");
            for (int d = 0; d < dimensions.size(); d++) {
                int dimension = d;
                var rated = answers.stream().map(a -> a.ratings()[dimension]).filter(Objects::nonNull)
                        .mapToInt(Integer::intValue).summaryStatistics();
                if (rated.getCount() > 0) {
                    summary.append(" · ").append(dimensions.get(d)).append(' ')
                            .append(String.format(Locale.UK, "%.1f", rated.getAverage()));
                }
            }
            return summary.toString();
        }
    }
}
