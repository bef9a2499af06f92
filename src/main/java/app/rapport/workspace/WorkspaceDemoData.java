package app.rapport.workspace;

import app.rapport.base.ActingAs;
import app.rapport.base.Days;
import app.rapport.base.DemoSeeding;
import app.rapport.base.DemoStage;
import app.rapport.base.DemoStep;
import app.rapport.base.TimeTravel;
import app.rapport.pairing.RelationshipFilter;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.pairing.RelationshipSummary;
import app.rapport.security.PeopleService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo relationships' history, written through the workspace's services by the two people
 * themselves, each at its moment in the past (see {@link TimeTravel}): Daniel Okafor and Lena
 * Fischer have six months of kick-off, three goals moving forward, more than twenty interactions
 * with asks and gives on both sides, and fortnightly check-ins. Of the other pairs, some thrive,
 * some are one-sided (the mentee does all the asking and the mentor rates it low) and some have
 * stalled (nothing for weeks, ratings falling), so the charts have something to show.
 */
@Component
class WorkspaceDemoData implements DemoStep {

    private static final String COORDINATOR = "coordinator@rapport.test";
    private static final Logger log = LoggerFactory.getLogger(WorkspaceDemoData.class);
    /** Its own sequence, so the confirmations leave the rest of the seeded history as it was. */
    private final Random confirmations = new Random(2029);

    /**
     * How a demo pair has gone: thriving (weekly, both ways, rising ratings), steady (fortnightly,
     * middling), fading (well until six weeks ago, then rarer and falling), one-sided (short chats
     * where only the mentee asks), stalled (stopped after a few weeks), quiet (never met).
     */
    private enum Shape { THRIVING, STEADY, FADING, ONE_SIDED, STALLED, QUIET }

    /** The mix of shapes in turn: mostly going well, as in a real program, with one of each worry. */
    private static final List<Shape> MIX = List.of(Shape.THRIVING, Shape.STEADY, Shape.THRIVING, Shape.FADING,
            Shape.STEADY, Shape.ONE_SIDED, Shape.THRIVING, Shape.STALLED, Shape.STEADY, Shape.QUIET);

    private final RelationshipService relationships;
    private final PeopleService directory;
    private final KickoffService kickoffs;
    private final GoalService goals;
    private final InteractionService interactions;
    private final CheckinService checkins;
    private final TimelineService timeline;
    private final ActingAs acting;
    private final Clock clock;

    WorkspaceDemoData(RelationshipService relationships, PeopleService directory, KickoffService kickoffs,
            GoalService goals, InteractionService interactions, CheckinService checkins, TimelineService timeline,
            ActingAs acting, Clock clock) {
        this.relationships = relationships;
        this.directory = directory;
        this.kickoffs = kickoffs;
        this.goals = goals;
        this.interactions = interactions;
        this.checkins = checkins;
        this.timeline = timeline;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORKSPACES;
    }

    @Override
    public void seed(DemoSeeding.Demo demo) {
        var program = demo.programId().orElse(null);
        if (program == null) {
            return;
        }
        // An ended relationship is read-only now, so its past cannot be written through the services.
        var started = acting.as(COORDINATOR, () -> relationships.search(program, new RelationshipFilter(
                Set.of(RelationshipStatus.ACTIVE), null), 0, 500, null));
        var main = started.stream().filter(r -> r.mentorName().equals("Daniel Okafor")
                && r.menteeName().equals("Lena Fischer")).findFirst().orElse(null);
        if (main == null || acting.as(COORDINATOR,
                () -> timeline.count(main.id(), Set.of(TimelineKind.INTERACTION))) > 0) {
            return;
        }
        var people = directory.people(started.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.mentorAccountId(), r.menteeAccountId())).toList());
        var random = new Random(2028);
        danielAndLena(main, email(people, main.mentorAccountId()), email(people, main.menteeAccountId()), random);
        int i = 0;
        for (var r : started) {
            if (r.id() == main.id()) {
                continue;
            }
            var shape = MIX.get(i++ % MIX.size());
            history(r, email(people, r.mentorAccountId()), email(people, r.menteeAccountId()), shape, random);
        }
        log.info("Demo workspace history written for {} relationships", started.size());
    }

    private static String email(java.util.Map<Long, app.rapport.security.PersonRef> people, long accountId) {
        return people.get(accountId).email();
    }

    private void danielAndLena(RelationshipSummary r, String daniel, String lena, Random random) {
        var start = r.startedAt();
        acting.at(start.plus(Duration.ofHours(20)), lena, () -> kickoffs.write(r.id(), new KickoffDraft(null,
                "I want to get confident negotiating for my team (budget, headcount, deadlines) and learn how a "
                        + "senior lead plans a quarter. I'd like honest feedback, even when it stings.", true)));
        acting.at(start.plus(Duration.ofHours(30)), daniel, () -> kickoffs.write(r.id(), new KickoffDraft(null,
                "Help Lena grow into a lead people trust, and learn how engineering sees sales. Let's meet every "
                        + "week or two and say what isn't working.", true)));
        var titles = List.of("Negotiate next year's team budget", "Give a talk at the all-hands",
                "Hire two engineers");
        var goalIds = new ArrayList<Long>();
        for (var title : titles) {
            goalIds.add(acting.at(start.plus(Duration.ofDays(3)), lena,
                    () -> goals.add(r.id(), new GoalDraft(title, null))).id());
        }
        int[][] progress = {{30, 0, 20}, {44, 2, 25}, {58, 1, 30}, {72, 0, 45}, {86, 2, 60}, {100, 1, 50},
                {114, 0, 65}, {128, 2, 100}, {142, 1, 70}, {160, 0, 80}, {178, 1, 85}};
        for (var p : progress) {
            long goal = goalIds.get(p[1]);
            var when = start.plus(Duration.ofDays(p[0]));
            acting.at(when, random.nextBoolean() ? lena : daniel, () -> {
                var current = goals.goal(goal);
                return p[2] == 100 ? goals.complete(goal, current.version())
                        : goals.setProgress(goal, current.version(), p[2]);
            });
        }
        var asks = List.of("how to open the budget conversation with finance", "feedback on my all-hands outline",
                "how to say no to a deadline without sounding defensive", "reading a candidate's references",
                "structuring a hard one-to-one");
        var gives = List.of("role-played the budget meeting twice", "marked up the outline and cut it by half",
                "shared the phrases that work for him", "introduced a recruiter who knows platform roles",
                "walked through his own first year as a lead");
        var danielAsks = List.of("how engineers estimate, for a customer promise",
                "an engineer's view of his pitch deck");
        var lenaGives = List.of("explained how her team sizes work", "reviewed the deck and flagged two claims");
        var formats = List.of(InteractionFormat.MEETING, InteractionFormat.VIDEO_CALL, InteractionFormat.WALK,
                InteractionFormat.SHORT_17, InteractionFormat.CALL, InteractionFormat.SHORT_15, InteractionFormat.CHAT);
        var today = Days.today(clock);
        var day = Days.of(start).plusDays(4);
        int n = 0;
        while (day.isBefore(today.minusDays(2))) {
            var format = formats.get(n % formats.size());
            int minutes = format.isShort() ? format.fixedMinutes() : List.of(30, 45, 60, 40, 25).get(n % 5);
            boolean lenaLogs = n % 3 != 2;
            Side asker = n % 3 == 2 ? Side.MENTOR : Side.MENTEE;
            String ask = asker == Side.MENTEE ? asks.get(n % asks.size()) : danielAsks.get(n % danielAsks.size());
            String give = asker == Side.MENTEE ? gives.get(n % gives.size()) : lenaGives.get(n % lenaGives.size());
            var draft = new InteractionDraft(day, minutes, format, n % 2 == 0 ? Side.MENTEE : Side.MENTOR,
                    n % 5 == 4 ? null : asker, n % 5 == 4 ? null : ask, n % 5 == 4 ? null : asker.other(),
                    n % 5 == 4 ? null : give, n % 6 == 0 ? "Next time: bring the numbers from Q3." : null);
            var loggedAt = Days.at(day, 18);
            var logged = acting.at(loggedAt, lenaLogs ? lena : daniel, () -> interactions.log(r.id(), draft));
            // A lived-in workspace: the partner confirms nearly every meeting the next morning.
            if (confirmations.nextInt(8) != 0) {
                confirm(logged, day, lenaLogs ? daniel : lena);
            }
            day = day.plusDays(6 + random.nextInt(5));
            n++;
        }
        checkIns(r, daniel, lena, start, 14, new int[] {3, 3, 4, 4, 4, 4, 5, 4, 5, 5, 5, 5, 5, 5}, random,
                "Lena prepares well; I should push her more on the numbers.",
                "Daniel's role-play made the budget meeting feel familiar before it happened.");
    }

    private void history(RelationshipSummary r, String mentor, String mentee, Shape shape, Random random) {
        var start = r.startedAt();
        acting.at(start.plus(Duration.ofHours(30)), mentee, () -> kickoffs.write(r.id(), new KickoffDraft(null,
                "Grow as a lead and have someone outside my team to think out loud with.", true)));
        if (shape == Shape.QUIET) {
            return;
        }
        if (shape != Shape.ONE_SIDED) {
            acting.at(start.plus(Duration.ofHours(50)), mentor, () -> kickoffs.write(r.id(), new KickoffDraft(null,
                    "Share what I learned the hard way, and hear how things look earlier in a career.", true)));
        }
        var today = Days.today(clock);
        var day = Days.of(start).plusDays(3 + random.nextInt(5));
        var stopAt = shape == Shape.STALLED ? day.plusDays(40 + random.nextInt(20)) : today.minusDays(1);
        var fadeFrom = today.minusWeeks(6);
        int n = 0;
        while (day.isBefore(stopAt) && day.isBefore(today)) {
            var format = shape == Shape.ONE_SIDED ? InteractionFormat.CHAT
                    : List.of(InteractionFormat.MEETING, InteractionFormat.WALK, InteractionFormat.VIDEO_CALL)
                            .get(n % 3);
            int minutes = shape == Shape.ONE_SIDED ? 10 + random.nextInt(15) : 30 + 15 * random.nextInt(3);
            boolean mentorAsks = (shape == Shape.THRIVING || shape == Shape.FADING) ? n % 3 == 2
                    : shape == Shape.STEADY && n % 4 == 3;
            Side asker = mentorAsks ? Side.MENTOR : Side.MENTEE;
            boolean given = shape != Shape.ONE_SIDED || n % 4 == 0;
            var draft = new InteractionDraft(day, minutes, format,
                    shape == Shape.ONE_SIDED ? Side.MENTEE : n % 2 == 0 ? Side.MENTEE : Side.MENTOR,
                    asker, asker == Side.MENTEE ? "advice on a tricky stakeholder" : "a view from the team floor",
                    given ? asker.other() : null, given ? "talked it through with examples" : null, null);
            var author = shape == Shape.ONE_SIDED || n % 2 == 0 ? mentee : mentor;
            var logged = acting.at(Days.at(day, 17), author,
                    () -> interactions.log(r.id(), draft));
            // Engaged partners confirm most meetings; in a one-sided pair the mentor seldom does.
            if (shape == Shape.ONE_SIDED ? confirmations.nextInt(3) == 0 : confirmations.nextInt(6) != 0) {
                confirm(logged, day, author.equals(mentee) ? mentor : mentee);
            }
            day = day.plusDays(switch (shape) {
                case THRIVING -> 7 + random.nextInt(5);
                case FADING -> day.isBefore(fadeFrom) ? 7 + random.nextInt(4) : 16 + random.nextInt(4);
                default -> 10 + random.nextInt(8);
            });
            n++;
        }
        goal(r, mentor, mentee, shape, start);
        int[] ratings = switch (shape) {
            case THRIVING -> new int[] {3, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5};
            case STEADY -> new int[] {3, 3, 4, 3, 4, 4, 3, 4, 4, 4, 3, 4, 4, 4};
            case FADING -> new int[] {4, 4, 5, 5, 5, 5, 5, 5, 5, 4, 4, 3, 2, 2};
            case ONE_SIDED -> new int[] {3, 3, 3, 2, 3, 2, 2, 2, 3, 2, 2, 2, 2, 2};
            default -> new int[] {4, 4, 3, 3, 2, 2};
        };
        checkIns(r, mentor, shape == Shape.ONE_SIDED ? null : mentee, start, 14, ratings, random, null, null);
        if (shape == Shape.ONE_SIDED) {
            checkIns(r, null, mentee, start, 14, new int[] {4, 4, 4, 3, 4, 3, 4, 3, 3, 3, 3, 3, 3, 3}, random,
                    null, null);
        }
    }

    private void confirm(Interaction logged, LocalDate day, String partner) {
        acting.at(Days.at(day.plusDays(1), 9), partner,
                () -> interactions.confirm(logged.id(), logged.version()));
    }

    /** One goal for the pairs that got going, moved now and then; the fading pair's stops moving. */
    private void goal(RelationshipSummary r, String mentor, String mentee, Shape shape, Instant start) {
        if (shape == Shape.ONE_SIDED || shape == Shape.QUIET) {
            return;
        }
        var today = clock.instant();
        long id = acting.at(start.plus(Duration.ofDays(5)), mentee,
                () -> goals.add(r.id(), new GoalDraft(shape == Shape.STEADY ? "Run my first planning meeting"
                        : "Lead a cross-team project", null))).id();
        int[][] steps = switch (shape) {
            case THRIVING -> new int[][] {{30, 20}, {60, 40}, {95, 55}, {130, 70}, {165, 85}};
            case STEADY -> new int[][] {{45, 15}, {100, 30}, {150, 45}};
            case FADING -> new int[][] {{35, 25}, {80, 50}};
            default -> new int[][] {{20, 10}};
        };
        for (var step : steps) {
            var when = start.plus(Duration.ofDays(step[0]));
            if (when.isBefore(today)) {
                acting.at(when, step[0] % 2 == 0 ? mentee : mentor,
                        () -> goals.setProgress(id, goals.goal(id).version(), step[1]));
            }
        }
    }

    /** Fortnightly check-ins by either side (null: that side does not check in), with these ratings in turn. */
    private void checkIns(RelationshipSummary r, String mentor, String mentee, Instant start, int cadenceDays,
            int[] ratings, Random random, String mentorReflection, String menteeReflection) {
        var end = clock.instant();
        for (int k = 0; k < ratings.length; k++) {
            var when = start.plus(Duration.ofDays((long) k * cadenceDays + 10))
                    .plus(Duration.ofHours(random.nextInt(30)));
            if (!when.isBefore(end)) {
                return;
            }
            int rating = ratings[k];
            if (mentor != null) {
                var draft = new CheckinDraft(jitter(rating, random), rating, Math.max(1, rating - 1),
                        reflection(k, mentorReflection), k % 2 == 0);
                acting.at(when, mentor, () -> checkins.checkIn(r.id(), draft));
            }
            if (mentee != null) {
                var draft = new CheckinDraft(rating, jitter(rating, random), rating, reflection(k, menteeReflection),
                        k % 3 == 0);
                acting.at(when.plus(Duration.ofHours(3)), mentee, () -> checkins.checkIn(r.id(), draft));
            }
        }
    }

    private static int jitter(int rating, Random random) {
        return Math.max(1, Math.min(5, rating + random.nextInt(3) - 1));
    }

    /** The reflection on every third check-in, so some are written and some not. */
    private static String reflection(int k, String reflection) {
        return reflection != null && k % 3 == 1 ? reflection : null;
    }


}
