package app.rapport.progress;

import app.rapport.feedback.AskDraft;
import app.rapport.feedback.FeedbackAnswer;
import app.rapport.feedback.FeedbackRoundService;
import app.rapport.feedback.PeerRequestService;
import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import app.rapport.workspace.CheckinDraft;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.GoalDraft;
import app.rapport.workspace.GoalService;
import app.rapport.workspace.GoalStatus;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionFormat;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.Side;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that the progress read model kept up event by event equals the one a full rebuild computes
 * from the same history. Random histories (seeded, so a failure replays) are written through the
 * real services over weeks of a moving clock, in four programs of two pairs: interactions asked and
 * given by either side, edited and deleted, check-ins, goals moved and completed, feedback rounds
 * revealed, relationships ended. On the last day a full rebuild projects every relationship; more
 * changes follow through the services the same day, projected only by the after-commit listeners
 * and arranged so that each kind of event (a workspace change, feedback revealed or changed, a
 * relationship closed, an account renamed) is the last one on some pair. Then all four progress
 * tables, every column, must equal what a second full rebuild writes. The changes must have moved
 * the tables (so the test cannot pass vacuously), and a change made behind the services' back must
 * make the two differ (so the comparison is sensitive).
 */
@RapportSpringTest
class ProgressReadModelIT {

    private static final String COORDINATOR = "coordinator@rapport.test";
    /** Every table of the read model that is kept per relationship, with the order of its key. */
    private static final Map<String, String> TABLES = Map.of(
            "progress_summary", "relationship_id",
            "progress_week", "relationship_id, week_start",
            "progress_goal_week", "relationship_id, goal_id, week_start",
            "progress_day", "relationship_id, on_day");
    private static final List<InteractionFormat> FORMATS = List.of(InteractionFormat.values());

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired InteractionService interactions;
    @Autowired CheckinService checkins;
    @Autowired GoalService goals;
    @Autowired FeedbackRoundService feedback;
    @Autowired PeerRequestService peerSide;
    @Autowired ProgressProjector projector;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private Random random;
    private long daysMoved;
    private long rebuildsBefore;
    private final List<Pair> pairs = new ArrayList<>();
    private final Map<String, SecurityContext> sessions = new HashMap<>();

    /** A relationship of the test, with the email to sign in as for each side. */
    private static final class Pair {
        final long id;
        final String mentor;
        final String mentee;
        final LocalDate startedOn;
        boolean open = true;

        Pair(long id, String mentor, String mentee, LocalDate startedOn) {
            this.id = id;
            this.mentor = mentor;
            this.mentee = mentee;
            this.startedOn = startedOn;
        }

        String email(Side side) {
            return side == Side.MENTOR ? mentor : mentee;
        }
    }

    private record Peer(long id, String email) {
    }

    @BeforeEach
    void noteTheLastRebuild() {
        rebuildsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from progress_rebuild", Long.class);
    }

    /**
     * Puts the clock back and the read model as of today. This test's rebuilds finished weeks ahead
     * by the clock, so they would pass for the last one ever after: they are removed.
     */
    @AfterEach
    void putTheClockBack() {
        clock.advance(Duration.ofDays(-daysMoved));
        TestPeople.signOut();
        jdbc.update("delete from progress_rebuild where id > ?", rebuildsBefore);
        projector.rebuildAll("ADMIN", null);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4101L, 4202L, 4303L})
    void incremental_updates_equal_a_full_rebuild(long seed) {
        random = new Random(seed);
        var peers = peers(seed + 7, 4);

        // Phase 1: weeks of history, a day at a time, in four programs of two pairs each; the first
        // program starts on the first day, the others within ten days.
        int days = 28 + random.nextInt(15);
        var programsStartOn = new int[] {0, 1 + random.nextInt(10), 1 + random.nextInt(10), 1 + random.nextInt(10)};
        int askOn = days - 20 + random.nextInt(8);
        int closeOn = days / 2 + random.nextInt(days / 2);
        long roundA = 0;
        long roundB = 0;
        for (int day = 0; day <= days; day++) {
            if (day > 0) {
                moveDays(1);
            }
            for (int program = 0; program < programsStartOn.length; program++) {
                if (programsStartOn[program] == day) {
                    pairs.addAll(twoPairs(seed + program));
                }
            }
            for (var p : pairs) {
                if (p.open) {
                    aDayOf(p);
                }
            }
            if (day == askOn) {
                roundA = ask(pairs.get(0), peers);
                roundB = ask(pairs.get(1), peers.subList(0, 3));
            }
            if (day > askOn && day <= askOn + 3) {
                // Round A is revealed by its third answer; round B gets two of its three.
                answer(roundA, peers.get(day - askOn - 1));
                if (day < askOn + 3) {
                    answer(roundB, peers.get(day - askOn - 1));
                }
            }
            if (day == closeOn) {
                close(pairs.get(2 + random.nextInt(pairs.size() - 2)));
            }
        }
        var ids = pairs.stream().map(p -> p.id).toList();
        var closed = pairs.stream().filter(p -> !p.open).findFirst().orElseThrow();

        // Phase 2: every relationship projected afresh, as of the last day.
        projector.rebuildAll("ADMIN", null);
        assertThat(computedOn(ids)).as("every relationship projected as of the last day").containsExactly(today());
        var rebuilt = snapshot(ids);
        assertThat(rebuilt.keySet()).containsExactlyInAnyOrderElementsOf(ids);

        // Phase 3: the same day, more changes that only the after-commit listeners project. Each
        // change projects its pair's whole history again, so a missed event shows only when it is
        // the pair's last: each kind of event has the last word on at least one pair.
        var surelyMoved = new TreeSet<Long>();
        var touched = new TreeSet<Long>();
        changeSomeWorkspaces(surelyMoved, touched);
        // PeerResultsChanged on pair 0 (one answer more, one changed), FeedbackRevealed on pair 1.
        answer(roundA, peers.get(3));
        answer(roundA, peers.get(random.nextInt(3)));
        answer(roundB, peers.get(2));
        touched.addAll(List.of(pairs.get(0).id, pairs.get(1).id));
        surelyMoved.add(pairs.get(1).id);
        // AccountRenamed on the pair closed in phase 1.
        rename(closed.mentee, "Renamed Mentee " + seed);
        rename(closed.mentor, "Renamed Mentor " + seed);
        // RelationshipMoved on one more pair.
        var others = pairs.subList(2, pairs.size()).stream().filter(p -> p.open).toList();
        var closedToday = others.get(random.nextInt(others.size()));
        close(closedToday);
        touched.addAll(List.of(closed.id, closedToday.id));
        surelyMoved.addAll(List.of(closed.id, closedToday.id));
        // WorkspaceChanged on the rest, through each way the timeline tells of a change.
        var rest = others.stream().filter(p -> p.open).toList();
        assertThat(rest).as("pairs left for the workspace's last word").hasSizeGreaterThanOrEqualTo(3);
        letTheWorkspacesHaveTheLastWord(rest, surelyMoved, touched);
        var incremental = snapshot(ids);

        projector.rebuildAll("ADMIN", null);
        var full = snapshot(ids);
        assertThat(full).as("the read model kept up event by event, against a full rebuild (seed %d)", seed)
                .isEqualTo(incremental);
        var moved = differing(rebuilt, incremental);
        assertThat(moved).as("the relationships the changes surely moved").containsAll(surelyMoved);
        assertThat(moved).as("an untouched relationship stays as the rebuild left it").isSubsetOf(touched);

        // A change the read model is not told of is caught by the comparison.
        var hidden = new NamedParameterJdbcTemplate(jdbc).queryForMap("""
                select id, relationship_id from interaction where relationship_id in (:ids)
                order by id limit 1""", Map.of("ids", ids));
        jdbc.update("delete from interaction where id = ?", hidden.get("id"));
        var missed = snapshot(ids);
        assertThat(missed).as("nothing followed the change made behind the services' back").isEqualTo(full);
        projector.rebuildAll("ADMIN", null);
        var truth = snapshot(ids);
        assertThat(truth).as("the comparison sees the missed update").isNotEqualTo(missed);
        assertThat(differing(missed, truth)).containsExactly(((Number) hidden.get("relationship_id")).longValue());
    }

    // ---- phase 1: a day in the life of a pair ---------------------------------------------------

    private void aDayOf(Pair p) {
        if (random.nextInt(100) < 25) {
            log(p, p.startedOn.isBefore(today().minusDays(3)) ? today().minusDays(random.nextInt(4)) : today());
        }
        for (var side : Side.values()) {
            if (random.nextInt(100) < 10) {
                checkInIfDue(p, side);
            }
        }
        if (random.nextInt(100) < 6) {
            addGoal(p);
        }
        if (random.nextInt(100) < 8) {
            moveGoal(p);
        }
        if (random.nextInt(100) < 1) {
            completeGoal(p);
        }
        if (random.nextInt(100) < 4) {
            editInteraction(p);
        }
        if (random.nextInt(100) < 2) {
            deleteInteraction(p);
        }
        if (random.nextInt(100) < 3) {
            editCheckin(p);
        }
    }

    // ---- phase 3 ----------------------------------------------------------------------------------

    /** One to three changes in the workspace of about three in four open pairs. */
    private void changeSomeWorkspaces(Set<Long> surelyMoved, Set<Long> touched) {
        for (var p : pairs) {
            if (p.open && random.nextInt(4) > 0) {
                touched.add(p.id);
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    if (aChangeTo(p)) {
                        surelyMoved.add(p.id);
                    }
                }
            }
        }
    }

    /**
     * A new interaction, up to two changes, and a last change that the timeline tells of as a new
     * entry, a retold one or a removed one, in turn from pair to pair.
     */
    private void letTheWorkspacesHaveTheLastWord(List<Pair> these, Set<Long> surelyMoved, Set<Long> touched) {
        for (int i = 0; i < these.size(); i++) {
            var p = these.get(i);
            log(p, today());
            for (int n = random.nextInt(3); n > 0; n--) {
                aChangeTo(p);
            }
            switch (i % 3) {
                case 0 -> log(p, today().minusDays(random.nextInt(7)));
                case 1 -> editInteraction(p);
                default -> deleteInteraction(p);
            }
            touched.add(p.id);
            surelyMoved.add(p.id);
        }
    }

    /** One change; true when it surely moves the read model. */
    private boolean aChangeTo(Pair p) {
        return switch (random.nextInt(7)) {
            case 0 -> {
                int since = (int) (today().toEpochDay() - p.startedOn.toEpochDay());
                log(p, p.startedOn.plusDays(random.nextInt(since + 1)));
                yield true;
            }
            case 1 -> editInteraction(p);
            case 2 -> deleteInteraction(p);
            case 3 -> {
                editCheckin(p);
                yield false;
            }
            case 4 -> moveGoal(p);
            case 5 -> completeGoal(p);
            default -> retitleGoal(p);
        };
    }

    // ---- the changes, through the services ------------------------------------------------------

    private void log(Pair p, LocalDate on) {
        var format = FORMATS.get(random.nextInt(FORMATS.size()));
        int minutes = format.isShort() ? format.fixedMinutes() : 5 + random.nextInt(116);
        var asked = random.nextInt(3) == 0 ? null : side();
        var given = random.nextInt(3) == 0 ? null : side();
        as(p.email(side()), () -> interactions.log(p.id, new InteractionDraft(on, minutes, format, side(), asked,
                asked == null ? null : "A question", given, given == null ? null : "An answer", null)));
    }

    /** Changes the minutes (and so the totals) of a random interaction, as its author; false without one. */
    private boolean editInteraction(Pair p) {
        var all = as(p.mentor, () -> interactions.page(p.id, 0, 1000));
        if (all.isEmpty()) {
            return false;
        }
        var i = all.get(random.nextInt(all.size()));
        var on = random.nextBoolean() ? i.date() : i.date().plusDays(i.date().isBefore(today()) ? 1 : 0);
        int minutes = i.minutes() < 600 ? i.minutes() + 1 : 599;
        var asked = random.nextBoolean() ? i.helpAskedBy() : side();
        as(p.email(i.loggedBy()), () -> interactions.edit(i.id(), i.version(), new InteractionDraft(on, minutes,
                InteractionFormat.MEETING, i.initiatedBy(), asked, asked == null ? null : "Asked again",
                i.helpGivenBy(), i.helpGiven(), null)));
        return true;
    }

    private boolean deleteInteraction(Pair p) {
        var all = as(p.mentor, () -> interactions.page(p.id, 0, 1000));
        if (all.isEmpty()) {
            return false;
        }
        var i = all.get(random.nextInt(all.size()));
        as(p.email(i.loggedBy()), () -> {
            interactions.delete(i.id(), i.version());
            return null;
        });
        return true;
    }

    private void checkInIfDue(Pair p, Side side) {
        as(p.email(side), () -> checkins.mine(p.id).isEmpty() ? checkins.checkIn(p.id, ratings()) : null);
    }

    private void editCheckin(Pair p) {
        var all = as(p.mentor, () -> checkins.page(p.id, 0, 1000));
        if (!all.isEmpty()) {
            var c = all.get(random.nextInt(all.size()));
            as(p.email(c.side()), () -> checkins.edit(c.id(), c.version(), ratings()));
        }
    }

    private void addGoal(Pair p) {
        as(p.email(side()), () -> goals.goals(p.id).size() < 3
                ? goals.add(p.id, new GoalDraft("Goal " + random.nextInt(1000), null)) : null);
    }

    /** Moves a random open goal to another value; false without an open goal. */
    private boolean moveGoal(Pair p) {
        var open = as(p.mentee, () -> goals.goals(p.id)).stream().filter(g -> g.status() == GoalStatus.OPEN)
                .toList();
        if (open.isEmpty()) {
            return false;
        }
        var g = open.get(random.nextInt(open.size()));
        int to = (g.progress() + 1 + random.nextInt(100)) % 101;
        as(p.email(side()), () -> goals.setProgress(g.id(), g.version(), to));
        return true;
    }

    private boolean completeGoal(Pair p) {
        var open = as(p.mentee, () -> goals.goals(p.id)).stream()
                .filter(g -> g.status() == GoalStatus.OPEN && g.progress() < 100).toList();
        if (open.isEmpty()) {
            return false;
        }
        var g = open.get(random.nextInt(open.size()));
        as(p.email(side()), () -> goals.complete(g.id(), g.version()));
        return true;
    }

    private boolean retitleGoal(Pair p) {
        var open = as(p.mentee, () -> goals.goals(p.id)).stream().filter(g -> g.status() == GoalStatus.OPEN)
                .toList();
        if (open.isEmpty()) {
            return false;
        }
        var g = open.get(random.nextInt(open.size()));
        as(p.email(side()), () -> goals.edit(g.id(), g.version(), new GoalDraft(g.title() + " (reworded)", null)));
        return true;
    }

    /** Ends or completes the relationship, as its coordinator. */
    private void close(Pair p) {
        as(COORDINATOR, () -> {
            var version = relationships.get(p.id).version();
            return random.nextBoolean() ? relationships.end(p.id, version, "The mentee changed teams")
                    : relationships.complete(p.id, version, null);
        });
        p.open = false;
    }

    private void rename(String email, String name) {
        as(email, () -> accounts.renameMe(accounts.me().version(), name));
    }

    private long ask(Pair p, List<Peer> peers) {
        var asked = peers.stream().map(Peer::id).collect(Collectors.toSet());
        return as(p.mentee, () -> feedback.ask(new AskDraft(p.id, asked, "How are we doing?",
                today().plusDays(AskDraft.DUE_DAYS_MAX)))).roundId();
    }

    /** The peer's answer in the round, new or changed, with random ratings. */
    private void answer(long roundId, Peer peer) {
        long requestId = jdbc.queryForObject(
                "select id from feedback_request where round_id = ? and peer_account_id = ?", Long.class, roundId,
                peer.id());
        var answer = new FeedbackAnswer(1 + random.nextInt(5), 1 + random.nextInt(5),
                random.nextInt(4) == 0 ? null : 1 + random.nextInt(5), "Meet more often", false);
        as(peer.email(), () -> peerSide.answer(requestId, peerSide.request(requestId).version(), answer));
    }

    // ---- set-up -----------------------------------------------------------------------------------

    /** A fresh program with two active pairs: narrow with easy, broad with demanding. */
    private List<Pair> twoPairs(long seed) {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        var small = fixtures.small(seed);
        var first = fixtures.activePair(small);
        var broad = TestPeople.asAdmin(users, () -> enrolments.profile(small.broad()).email());
        var demanding = TestPeople.asAdmin(users, () -> enrolments.profile(small.demanding()).email());
        var second = as(COORDINATOR, () -> relationships.propose(small.programId(), small.broad(), small.demanding()));
        as(broad, () -> relationships.accept(second.id(), relationships.get(second.id()).version()));
        as(demanding, () -> relationships.accept(second.id(), relationships.get(second.id()).version()));
        return List.of(new Pair(first.id(), small.mentorEmail(), small.menteeEmail(), today()),
                new Pair(second.id(), broad, demanding, today()));
    }

    private List<Peer> peers(long seed, int count) {
        var people = new TestPeople(seed);
        var result = new ArrayList<Peer>();
        for (int i = 0; i < count; i++) {
            var account = people.participant(accounts, users).account();
            result.add(new Peer(account.id(), account.email()));
        }
        return result;
    }

    // ---- reading the read model -------------------------------------------------------------------

    /** Every row of the four tables for these relationships, every column, as text, per relationship. */
    private Map<Long, List<String>> snapshot(List<Long> relationshipIds) {
        var named = new NamedParameterJdbcTemplate(jdbc);
        var rows = new TreeMap<Long, List<String>>();
        new TreeMap<>(TABLES).forEach((table, key) -> named.queryForList("select * from " + table
                + " where relationship_id in (:ids) order by " + key, Map.of("ids", relationshipIds))
                .forEach(row -> rows.computeIfAbsent(((Number) row.get("relationship_id")).longValue(),
                        k -> new ArrayList<>()).add(table + " " + row)));
        return rows;
    }

    private List<LocalDate> computedOn(List<Long> relationshipIds) {
        return new NamedParameterJdbcTemplate(jdbc).queryForList("select distinct computed_on from progress_summary"
                + " where relationship_id in (:ids)", Map.of("ids", relationshipIds), LocalDate.class);
    }

    private static Set<Long> differing(Map<Long, List<String>> before, Map<Long, List<String>> after) {
        var ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        ids.removeIf(id -> before.getOrDefault(id, List.of()).equals(after.getOrDefault(id, List.of())));
        return ids;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private CheckinDraft ratings() {
        return new CheckinDraft(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5), null, false);
    }

    private Side side() {
        return random.nextBoolean() ? Side.MENTOR : Side.MENTEE;
    }

    private void moveDays(int days) {
        clock.advance(Duration.ofDays(days));
        daysMoved += days;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Does the work signed in as this person, whose session is kept as a browser would keep it. */
    private <T> T as(String email, Supplier<T> work) {
        SecurityContextHolder.setContext(sessions.computeIfAbsent(email, e -> {
            TestPeople.signIn(users, e);
            return SecurityContextHolder.getContext();
        }));
        return work.get();
    }
}
