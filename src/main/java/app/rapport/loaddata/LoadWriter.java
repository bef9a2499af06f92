package app.rapport.loaddata;

import static app.rapport.loaddata.LoadMath.UTC;
import static app.rapport.loaddata.LoadMath.day;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a plan's rows, phase by phase: the program with its coordinator and settings, the
 * accounts and enrolments, the relationships and their steps, each started relationship's history
 * (drawn one at a time from its life) with the timeline, and the feedback rounds. Ids not in the
 * plan are taken as each row is written.
 */
final class LoadWriter {

    static final int PAIRS_PER_COMMIT = 500;
    private static final int SUMMARY_MAX = 600;

    private final LoadPlan plan;
    private final LoadDb db;
    private final LoadTables t;
    private final String passwordHash;

    LoadWriter(LoadPlan plan, LoadDb db, LoadTables tables, String passwordHash) {
        this.plan = plan;
        this.db = db;
        this.t = tables;
        this.passwordHash = passwordHash;
    }

    void write() throws SQLException {
        program();
        enrolments();
        db.commit();
        relationships();
        db.commit();
        histories();
        for (var round : plan.rounds()) {
            write(round);
        }
        db.commit();
    }

    // ---- program, accounts, enrolments ----------------------------------------------------------

    private void program() throws SQLException {
        var coordinator = plan.coordinator();
        var created = plan.programCreated();
        var spec = plan.spec();
        account(coordinator.id(), coordinator.email(), coordinator.name(), created.minus(Duration.ofDays(1)),
                "COORDINATOR");
        t.program.add(plan.programId(), plan.programName(), "Generated for benchmarks and load tests (seed "
                + spec.seed() + "): " + spec.mentors() + " mentors, " + spec.mentees() + " mentees.",
                day(plan.programStart()), day(plan.now()).plusWeeks(12), "ACTIVE", LoadPlan.STALL_THRESHOLD_DAYS,
                LoadPlan.ANONYMITY_THRESHOLD, LoadPlan.CADENCE_DAYS, created,
                plan.programStart().minus(Duration.ofHours(20)), 2);
        t.programCoordinator.add(plan.programId(), coordinator.id());
        t.pairingSettings.add(t.pairingSettings.nextId(), plan.programId(), 50, 20, true, 15, 15, false, false, 1,
                created, 0);
        t.feedbackSettings.add(t.feedbackSettings.nextId(), plan.programId(), false, created, 0);
    }

    private void account(long id, String email, String name, Instant at, String role) throws SQLException {
        t.account.add(id, email, name, passwordHash, true, at, at, 0);
        t.accountRole.add(id, role);
        t.audit.add(t.audit.nextId(), at, "ACCOUNT_CREATED", id, null, email, "created by the load-data generator",
                0);
    }

    private void enrolments() throws SQLException {
        var tags = tags();
        var importedAt = plan.importedAt();
        for (var person : plan.participants()) {
            account(person.accountId, person.email, person.name, importedAt, "PARTICIPANT");
            var p = person.profile;
            boolean described = p.availability() != null || p.bio() != null;
            t.enrolment.add(person.enrolmentId, plan.programId(), person.accountId, person.name, person.email,
                    person.mentor ? Pair.MENTOR : Pair.MENTEE, person.mentor ? person.capacity : null, "ACTIVE",
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
        for (var person : plan.participants()) {
            used.addAll(person.profile.skills());
            used.addAll(person.profile.goals());
        }
        var ids = new HashMap<String, Long>();
        for (var topic : LoadTexts.TOPICS) {
            if (used.contains(topic)) {
                long id = t.tag.nextId();
                t.tag.add(id, plan.programId(), topic, topic.toLowerCase(Locale.ROOT), 0);
                ids.put(topic, id);
            }
        }
        return ids;
    }

    // ---- relationships and their history --------------------------------------------------------

    private void relationships() throws SQLException {
        long coordinator = plan.coordinator().id();
        for (var pair : plan.pairs()) {
            t.relationship.add(pair.id, plan.programId(), pair.mentor.enrolmentId, pair.mentee.enrolmentId,
                    pair.mentor.accountId, pair.mentee.accountId, pair.mentor.name, pair.mentee.name,
                    pair.status.name(), pair.status.open() ? Boolean.TRUE : null, pair.score, pair.reasons,
                    coordinator, pair.proposedAt, pair.mentorAcceptedAt, pair.menteeAcceptedAt, pair.startedAt,
                    pair.closedAt, pair.closeReason, pair.steps.size() - 1);
            for (var step : pair.steps) {
                t.event.add(t.event.nextId(), pair.id, step.kind(), step.from(), step.to(), step.actorId(),
                        step.actorName(), step.at(), step.reason());
            }
        }
    }

    private void histories() throws SQLException {
        int next = 0;
        int done = 0;
        for (var pair : plan.pairs()) {
            var story = new Story(pair);
            pair.steps.forEach(step -> story.add("TRANSITION", null, step.at(), step.actorId(), step.actorName(),
                    Summaries.transition(step)));
            if (pair.status.started()) {
                write(pair, History.of(plan.lives().get(next), plan.interactions()[next], plan.checkins()[next]),
                        story);
                next++;
            }
            story.write();
            if (++done % PAIRS_PER_COMMIT == 0) {
                db.commit();
            }
        }
    }

    private void write(Pair pair, History history, Story story) throws SQLException {
        for (var k : history.kickoffs()) {
            long id = t.kickoff.nextId();
            t.kickoff.add(id, pair.id, k.byMentee() ? Pair.MENTEE : Pair.MENTOR, k.author().accountId, k.wants(),
                    k.seesRelationship(), k.at(), k.at(), 0);
            story.add("KICKOFF", id, k.at(), k.author().accountId, k.author().name, "Wrote the kick-off");
        }
        for (var goal : history.goals()) {
            write(pair, goal, story);
        }
        for (var i : history.interactions()) {
            long id = t.interaction.nextId();
            var help = i.help();
            var confirmed = i.confirmed();
            t.interaction.add(id, pair.id, i.logger(), i.day(), i.minutes(), i.format().name(), i.initiator(),
                    help.askedBy(), help.asked(), help.givenBy(), help.given(), i.notes(), confirmed, i.created(),
                    confirmed == null ? i.created() : confirmed, confirmed == null ? 0 : 1);
            var author = pair.party(i.logger());
            story.add("INTERACTION", id, i.day().atTime(12, 0).toInstant(UTC), author.accountId, author.name,
                    Summaries.interaction(pair, i.format(), i.minutes(), i.initiator(), help));
        }
        for (var c : history.checkins()) {
            long id = t.checkin.nextId();
            var side = c.slot().mentor();
            t.checkin.add(id, pair.id, side ? Pair.MENTOR : Pair.MENTEE, c.slot().start(), c.connection(), c.trust(),
                    c.value(), c.reflection(), c.reflectionShared(), c.at(), c.at(), 0);
            var author = side ? pair.mentor : pair.mentee;
            story.add("CHECKIN", id, c.at(), author.accountId, author.name,
                    "Checked in: connection " + c.connection() + ", trust " + c.trust() + ", value " + c.value());
        }
    }

    private void write(Pair pair, History.Goal goal, Story story) throws SQLException {
        var points = goal.points();
        var last = goal.last();
        var creator = goal.creator();
        long goalId = t.goal.nextId();
        t.goal.add(goalId, pair.id, goal.title(), goal.description(), last.value(),
                goal.completed() ? "COMPLETED" : "OPEN", creator.accountId, goal.created(), last.at(),
                goal.completed() ? last.at() : null, points.size() - 1);
        story.add("GOAL", goalId, goal.created(), creator.accountId, creator.name,
                "Added the goal “" + goal.title() + "”");
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            long id = t.progress.nextId();
            t.progress.add(id, goalId, pair.id, point.value(), point.actor().accountId, point.at(), 0);
            if (i == points.size() - 1 && goal.completed()) {
                story.add("GOAL", goalId, point.at(), point.actor().accountId, point.actor().name,
                        "Completed the goal “" + goal.title() + "”");
            } else if (i > 0) {
                story.add("PROGRESS", id, point.at(), point.actor().accountId, point.actor().name,
                        goal.title() + ": " + points.get(i - 1).value() + " % → " + point.value() + " %");
            }
        }
    }

    // ---- peer feedback --------------------------------------------------------------------------

    /** A round, its requests and answers; revealed, as the service reveals it, at the third answer. */
    private void write(FeedbackPlanner.Round round) throws SQLException {
        var pair = round.pair();
        var answers = round.asks().stream().filter(FeedbackPlanner.Ask::answered)
                .sorted(Comparator.comparing(FeedbackPlanner.Ask::at)).toList();
        int threshold = LoadPlan.ANONYMITY_THRESHOLD;
        var revealedAt = answers.size() >= threshold ? answers.get(threshold - 1).at() : null;
        long roundId = t.round.nextId();
        t.round.add(roundId, pair.id, plan.programId(), round.requester(), round.requestedAt(), round.message(),
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
        if (revealedAt != null && plan.spec().timeline()) {
            t.timeline.add(t.timeline.nextId(), pair.id, "FEEDBACK", roundId, revealedAt, null, "Peers",
                    Summaries.revealed(answers.subList(0, threshold)));
        }
    }

    /** A relationship's timeline, gathered while its history is written, and written in time order. */
    private final class Story {

        private final Pair pair;
        private final List<Entry> entries = new ArrayList<>();

        Story(Pair pair) {
            this.pair = pair;
        }

        void add(String kind, Long sourceId, Instant at, Long actorId, String actorName, String summary) {
            if (plan.spec().timeline()) {
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
}
