package app.rapport.loaddata;

import static app.rapport.loaddata.LoadMath.DAY;
import static app.rapport.loaddata.LoadMath.HOUR;
import static app.rapport.loaddata.LoadMath.between;
import static app.rapport.loaddata.LoadMath.day;
import static app.rapport.loaddata.LoadMath.fraction;
import static app.rapport.loaddata.LoadMath.min;
import static app.rapport.loaddata.LoadMath.pick;
import static app.rapport.loaddata.LoadMath.rating;
import static app.rapport.loaddata.LoadMath.seconds;
import static app.rapport.loaddata.LoadMath.shuffled;
import static app.rapport.loaddata.LoadMath.startOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plans the peer-feedback rounds: which relationship each is about, who asked, the peers asked
 * (mostly colleagues of the pair's departments) and what each of them did by now.
 */
final class FeedbackPlanner {

    private final LoadDataSpec spec;
    private final Instant now;
    private final LoadPlan.Staff coordinator;
    private final List<Person> participants;

    FeedbackPlanner(LoadDataSpec spec, Instant now, LoadPlan.Staff coordinator, List<Person> participants) {
        this.spec = spec;
        this.now = now;
        this.coordinator = coordinator;
        this.participants = participants;
    }

    /** The spec's rounds over the askable pairs, in the order they were asked; takes a split of {@code random}. */
    List<Round> rounds(List<Pair> askable, SplittableRandom random) {
        if (spec.feedbackRounds() == 0) {
            return List.of();
        }
        var rng = random.split();
        int[] order = shuffled(askable.size(), rng);
        var peers = new Peers(participants);
        var rounds = new ArrayList<Round>();
        for (int i = 0; i < spec.feedbackRounds(); i++) {
            rounds.add(round(i, askable.get(order[i % order.length]), peers, rng));
        }
        rounds.sort(Comparator.comparing(Round::requestedAt).thenComparingInt(Round::index));
        return rounds;
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
        var message = rng.nextDouble() < 0.6 ? pick(rng, LoadTexts.ASK_MESSAGES) : null;
        var asks = new ArrayList<Ask>();
        for (var peer : peers.choose(pair, 3 + rng.nextInt(2), rng)) {
            asks.add(ask(pair, peer, at, dueOn, rng));
        }
        return new Round(index, pair, at, requester, message, dueOn, asks);
    }

    /** What one peer did with the request, by now: answered, declined, was withdrawn or still waits. */
    private Ask ask(Pair pair, Person peer, Instant asked, LocalDate dueOn, SplittableRandom rng) {
        var dueEnd = startOf(dueOn.plusDays(1));
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
        return new Ask(peer, status, at, reminded ? reminder : null, ratings, pick(rng, LoadTexts.ADVICE),
                rng.nextDouble() < 0.25);
    }

    /** One peer's request and what became of it; {@code at} is when it was answered or closed. */
    record Ask(Person peer, String status, Instant at, Instant remindedAt, Integer[] ratings, String advice,
            boolean signed) {

        boolean answered() {
            return "ANSWERED".equals(status);
        }
    }

    record Round(int index, Pair pair, Instant requestedAt, long requester, String message, LocalDate dueOn,
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
}
