package app.rapport.loaddata;

import static app.rapport.loaddata.LoadMath.DAY;
import static app.rapport.loaddata.LoadMath.UTC;
import static app.rapport.loaddata.LoadMath.allocate;
import static app.rapport.loaddata.LoadMath.day;
import static app.rapport.loaddata.LoadMath.min;
import static app.rapport.loaddata.LoadMath.pick;
import static app.rapport.loaddata.LoadMath.seconds;
import static app.rapport.loaddata.LoadMath.shuffled;

import app.rapport.pairing.MatchScore;
import app.rapport.pairing.MatchWeights;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Plans a run in memory from the spec's seed: the people, the relationships (statuses, dates,
 * mentors by the pairing feature's scores, steps), every started relationship's life and its share
 * of the interactions and check-ins, and the feedback rounds. Refuses a spec the rules cannot hold,
 * so nothing is written for it. Draws from one random source split per part, in a fixed order, so
 * that the same spec on the same clock plans the same program.
 */
final class LoadPlanner {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(UTC);

    private final LoadDataSpec spec;
    private final Instant now;
    private final Ids ids;
    private final String runTag;
    private final SplittableRandom random;
    private final Instant programStart;
    private final List<Person> mentors = new ArrayList<>();
    private final List<Person> mentees = new ArrayList<>();
    private final List<Pair> pairs = new ArrayList<>();

    /** The ids the plan gives its accounts, enrolments and relationships, in the order it needs them. */
    record Ids(LongSupplier account, LongSupplier enrolment, LongSupplier relationship) {
    }

    LoadPlanner(LoadDataSpec spec, Instant now, String runTag, Ids ids) {
        this.spec = spec;
        this.now = now;
        this.ids = ids;
        this.runTag = runTag;
        this.random = new SplittableRandom(spec.seed());
        this.programStart = day(now).minusWeeks(spec.weeks()).atTime(8, 0).toInstant(UTC);
    }

    LoadPlan plan(long programId) {
        var coordinator = new LoadPlan.Staff(ids.account().getAsLong(), LoadTexts.name(random),
                LoadDataGenerator.coordinatorEmail(runTag));
        people();
        relationships(coordinator);
        var lives = lives();
        var interactions = allocate("interactions", spec.interactions(),
                lives.stream().mapToDouble(l -> l.activeDays * l.pair.shape.rate).toArray(),
                lives.stream().mapToInt(l -> l.activeDays * 3).toArray());
        var checkins = allocate("check-ins", spec.checkins(), lives.stream().mapToDouble(Life::slotWeight).toArray(),
                lives.stream().mapToInt(l -> l.slots.size()).toArray());
        var askable = askable();
        var rounds = new FeedbackPlanner(spec, now, coordinator, participants()).rounds(askable, random);
        var programCreated = programStart.minus(Duration.ofDays(14));
        return new LoadPlan(spec, now, programId, runTag,
                "Load data " + runTag + " (seed " + spec.seed() + ", " + STAMP.format(now) + ")", coordinator,
                programStart, programCreated, programCreated.plus(Duration.ofHours(51)), mentors, mentees, pairs,
                lives, interactions, checkins, rounds);
    }

    private List<Person> participants() {
        var all = new ArrayList<Person>(mentors);
        all.addAll(mentees);
        return all;
    }

    // ---- people ---------------------------------------------------------------------------------

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
        var name = LoadTexts.name(rng);
        var languages = new ArrayList<>(List.of("English"));
        if (rng.nextDouble() < 0.35) {
            languages.add(pick(rng, LoadTexts.LANGUAGES));
        }
        var zone = pick(rng, LoadTexts.ZONES);
        var profile = new Person.Profile(pick(rng, LoadTexts.DEPARTMENTS), zone, List.copyOf(languages),
                topics(rng, mentor ? 3 + rng.nextInt(3) : 1 + rng.nextInt(2)),
                topics(rng, mentor ? rng.nextInt(2) : 2 + rng.nextInt(2)),
                rng.nextDouble() < 0.3 ? pick(rng, LoadTexts.AVAILABILITY) : null,
                rng.nextDouble() < 0.2 ? pick(rng, LoadTexts.BIOS) : null);
        var person = new Person(mentor, number - 1, name,
                LoadDataGenerator.participantEmail(mentor, number, runTag), profile, ids.account().getAsLong(),
                ids.enrolment().getAsLong());
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
            chosen.add(pick(rng, LoadTexts.TOPICS));
        }
        return List.copyOf(chosen);
    }

    // ---- the relationships ----------------------------------------------------------------------

    private void relationships(LoadPlan.Staff coordinator) {
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
        var cohort = MatchScore.compile(mentees.stream().map(Person::matchProfile).toList(),
                mentors.stream().map(Person::matchProfile).toList(), MatchWeights.DEFAULT, now);
        pairMentors(cohort, rng);
        pairs.sort(Comparator.comparing((Pair p) -> p.proposedAt).thenComparingInt(p -> p.index));
        for (var pair : pairs) {
            pair.id = ids.relationship().getAsLong();
            pair.seed = rng.nextLong();
            pair.steps.addAll(steps(pair, coordinator));
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

    /**
     * Open pairs take a free slot of the best of a few mentors; closed ones any mentor. Scores
     * and reasons are the pairing feature's own, with the default weights.
     */
    private void pairMentors(MatchScore.Cohort cohort, SplittableRandom rng) {
        var slots = new Slots(mentors, cohort);
        for (var pair : pairs) {
            if (pair.status.open()) {
                pair.mentor(slots.take(pair.mentee, rng), cohort, now);
            }
        }
        for (var pair : pairs) {
            if (!pair.status.open()) {
                pair.mentor(anyMentor(pair.mentee, cohort, rng), cohort, now);
            }
        }
    }

    private Person anyMentor(Person mentee, MatchScore.Cohort cohort, SplittableRandom rng) {
        Person best = null;
        for (int tries = 0; tries < 200 && (tries < 4 || best == null); tries++) {
            var mentor = mentors.get(rng.nextInt(mentors.size()));
            if (!mentee.pairedWith(mentor) && (best == null || cohort.score(mentee.index, mentor.index)
                    > cohort.score(mentee.index, best.index))) {
                best = mentor;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("Too few mentors for the relationships asked for");
        }
        return best;
    }

    /** Every move as the services make it: each one saves the relationship once and logs a step. */
    private static List<Pair.Step> steps(Pair pair, LoadPlan.Staff coordinator) {
        var steps = new ArrayList<Pair.Step>();
        steps.add(new Pair.Step("PROPOSED", null, "PROPOSED", coordinator.id(), coordinator.name(), pair.proposedAt,
                null));
        var accepts = new ArrayList<Pair.Step>();
        if (pair.mentorAcceptedAt != null) {
            accepts.add(new Pair.Step("ACCEPTED", "PROPOSED", "PROPOSED", pair.mentor.accountId, pair.mentor.name,
                    pair.mentorAcceptedAt, null));
        }
        if (pair.menteeAcceptedAt != null) {
            accepts.add(new Pair.Step("ACCEPTED", "PROPOSED", "PROPOSED", pair.mentee.accountId, pair.mentee.name,
                    pair.menteeAcceptedAt, null));
        }
        accepts.sort(Comparator.comparing(Pair.Step::at));
        if (!accepts.isEmpty()) {
            steps.add(accepts.get(0));
        }
        if (accepts.size() == 2) {
            var second = accepts.get(1);
            steps.add(new Pair.Step("ACTIVATED", "PROPOSED", "ACTIVE", second.actorId(), second.actorName(),
                    pair.startedAt, null));
        }
        if (pair.status == Status.DECLINED) {
            var decliner = pair.declinedByMentor ? pair.mentor : pair.mentee;
            steps.add(new Pair.Step("DECLINED", "PROPOSED", "DECLINED", decliner.accountId, decliner.name,
                    pair.closedAt, pair.closeReason));
        } else if (pair.status == Status.COMPLETED || pair.status == Status.ENDED) {
            steps.add(new Pair.Step(pair.status.name(), "ACTIVE", pair.status.name(), coordinator.id(),
                    coordinator.name(), pair.closedAt, pair.closeReason));
        }
        return steps;
    }

    // ---- their history and who can be asked about them ------------------------------------------

    /**
     * Every started relationship's life; the totals are split over them by the days the pair meets
     * and its shape's rate (at most three interactions a day), and by the periods and how likely
     * each side checks in (at most one check-in per side and period).
     */
    private List<Life> lives() {
        var lives = new ArrayList<Life>();
        for (var pair : pairs) {
            if (pair.status.started()) {
                lives.add(new Life(pair, now));
            }
        }
        return lives;
    }

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
}
