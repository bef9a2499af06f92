package app.rapport.pairing;

import app.rapport.base.ActingAs;
import app.rapport.base.DemoSeeding;
import app.rapport.base.DemoStage;
import app.rapport.base.DemoStep;
import app.rapport.base.TimeTravel;
import app.rapport.pairing.domain.RelationshipRepository;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.ProgramDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo program's relationships, made through the services by the people who would make
 * them (the coordinator proposes, each side accepts or declines): Daniel Okafor mentors Lena
 * Fischer since May; most mentees are paired by the optimal plan; a few proposals wait for an
 * answer, two of them for the demo mentor and mentee; one proposal was declined and one
 * relationship ended early, both with reasons; six mentees are left for the Matching page.
 * Each step happens at its moment in the past (see {@link TimeTravel}), so the history reads as it
 * would, and ends today.
 */
@Component
class PairingDemoData implements DemoStep {

    private static final String COORDINATOR = "coordinator@rapport.test";
    private static final String MENTOR = "mentor@rapport.test";
    private static final String MENTEE = "mentee@rapport.test";
    private static final int LEFT_FOR_MATCHING = 6;
    private static final Logger log = LoggerFactory.getLogger(PairingDemoData.class);

    private final ProgramDirectory programs;
    private final RelationshipService lifecycle;
    private final MatchingService matching;
    private final RelationshipRepository relationships;
    private final ActingAs acting;
    private final Clock clock;

    PairingDemoData(ProgramDirectory programs, RelationshipService lifecycle, MatchingService matching,
            RelationshipRepository relationships, ActingAs acting, Clock clock) {
        this.programs = programs;
        this.lifecycle = lifecycle;
        this.matching = matching;
        this.relationships = relationships;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.PAIRS;
    }

    @Override
    public void seed(DemoSeeding.Demo demo) {
        var program = demo.programId().orElse(null);
        if (program == null || !relationships.countOpen(List.of(program)).isEmpty()) {
            return;
        }
        seed(program);
    }

    private void seed(long programId) {
        var random = new Random(2027);
        var mentors = programs.activeProfiles(programId, EnrolmentRole.MENTOR);
        var mentees = programs.activeProfiles(programId, EnrolmentRole.MENTEE);
        long daniel = mentors.stream().filter(p -> p.email().equals(MENTOR)).findFirst().orElseThrow().enrolmentId();
        long lena = mentees.stream().filter(p -> p.email().equals(MENTEE)).findFirst().orElseThrow().enrolmentId();
        // About six and a half months ago, whenever the demo starts, so the history always ends today.
        var start = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(198)).plus(Duration.ofHours(9));
        var proposedAt = start.minus(Duration.ofDays(2));

        acting.at(proposedAt, COORDINATOR, () -> {
            var rules = matching.rules(programId);
            return matching.updateRules(new PairingRules(programId, rules.weights(), false, 2, rules.version()));
        });
        var main = acting.at(proposedAt, COORDINATOR, () -> lifecycle.propose(programId, daniel, lena));
        accept(main.id(), MENTOR, proposedAt.plus(Duration.ofHours(26)));
        accept(main.id(), MENTEE, start);

        // A second mentor proposed for Lena three days ago (the program allows two), and the mentor said yes.
        var second = mentors.stream().filter(p -> !p.email().equals(MENTOR) && p.skills().contains("Public speaking"))
                .findFirst().orElse(mentors.get(mentors.size() - 1));
        var forLena = acting.at(ago(3), COORDINATOR, () -> lifecycle.propose(programId, second.enrolmentId(), lena));
        accept(forLena.id(), second.email(), ago(2));

        // Daniel's second slot: proposed two days ago, the mentee has said yes, Daniel has not answered.
        var forDaniel = mentees.stream().filter(p -> p.enrolmentId() != lena).findFirst().orElseThrow();
        var waiting = acting.at(ago(2), COORDINATOR,
                () -> lifecycle.propose(programId, daniel, forDaniel.enrolmentId()));
        accept(waiting.id(), forDaniel.email(), ago(1));

        // The coordinator matched the rest of the cohort in the first week, leaving a few for later.
        var planned = start.plus(Duration.ofDays(5));
        var plan = acting.at(planned, COORDINATOR, () -> matching.preview(programId, f -> { }));
        var chosen = List.copyOf(plan.pairs().subList(0, Math.max(0, plan.pairs().size() - LEFT_FOR_MATCHING)));
        acting.at(planned, COORDINATOR, () -> matching.commit(programId, chosen));
        var emails = new HashMap<Long, String>();
        mentors.forEach(p -> emails.put(p.enrolmentId(), p.email()));
        mentees.forEach(p -> emails.put(p.enrolmentId(), p.email()));
        var proposed = acting.as(COORDINATOR, () -> lifecycle.search(programId,
                new RelationshipFilter(Set.of(RelationshipStatus.PROPOSED), null), 0, 500, null));
        boolean declined = false;
        boolean ended = false;
        int i = 0;
        for (var r : proposed) {
            if (r.id() == forLena.id() || r.id() == waiting.id()) {
                continue;
            }
            var mentor = emails.get(r.mentorEnrolmentId());
            var mentee = emails.get(r.menteeEnrolmentId());
            var yes = planned.plus(Duration.ofHours(20 + random.nextInt(120)));
            var kind = i++ % 10;
            if (kind == 3) { // one side has said yes; the other still thinks about it
                accept(r.id(), mentor, ago(1 + random.nextInt(5)));
            } else if (kind == 7 && !declined) {
                declined = true;
                acting.at(yes, mentee, () -> lifecycle.decline(r.id(), r.version(),
                        "We already work closely in the same project; I would like a fresh perspective."));
            } else {
                accept(r.id(), mentor, yes);
                accept(r.id(), mentee, yes.plus(Duration.ofHours(5 + random.nextInt(40))));
                if (kind == 5 && !ended) {
                    ended = true;
                    var endedAt = yes.plus(Duration.ofDays(40));
                    acting.at(endedAt, COORDINATOR, () -> lifecycle.end(r.id(), lifecycle.get(r.id()).version(),
                            "The mentor moved to a role with heavy travel; the mentee will be paired again."));
                }
            }
        }
        log.info("Demo relationships seeded: {} proposed by the plan, {} left for matching",
                chosen.size(), LEFT_FOR_MATCHING);
    }

    private void accept(long relationshipId, String email, Instant when) {
        acting.at(when, email, () -> lifecycle.accept(relationshipId, lifecycle.get(relationshipId).version()));
    }

    private Instant ago(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }


}
