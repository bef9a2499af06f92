package app.rapport.loaddata;

import static app.rapport.loaddata.LoadMath.DAY;
import static app.rapport.loaddata.LoadMath.HOUR;
import static app.rapport.loaddata.LoadMath.MINUTE;
import static app.rapport.loaddata.LoadMath.max;
import static app.rapport.loaddata.LoadMath.min;
import static app.rapport.loaddata.LoadMath.pick;
import static app.rapport.loaddata.LoadMath.seconds;

import app.rapport.pairing.MatchScore;
import app.rapport.pairing.MatchWeights;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A relationship as planned: its parties, status, shape and the moments of its life. */
final class Pair {

    static final String MENTOR = "MENTOR";
    static final String MENTEE = "MENTEE";

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

    void mentor(Person chosen, MatchScore.Cohort cohort, Instant at) {
        mentor = chosen;
        score = cohort.score(mentee.index, chosen.index);
        reasons = String.join("\n", MatchScore.score(mentee.matchProfile(), chosen.matchProfile(),
                MatchWeights.DEFAULT, at, false).reasons());
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
                close(0.6, 0.95, to, rng.nextDouble() < 0.5 ? pick(rng, LoadTexts.COMPLETION_NOTES) : null, rng);
            }
            case ENDED -> {
                start(from.plusSeconds(rng.nextLong(span / 2)), to.minusSeconds(2 * DAY), rng);
                close(0.2, 0.8, to, pick(rng, LoadTexts.END_REASONS), rng);
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
        closeReason = pick(rng, LoadTexts.DECLINE_REASONS);
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

    /** A move of the relationship as the services log it. */
    record Step(String kind, String from, String to, long actorId, String actorName, Instant at, String reason) {
    }
}
