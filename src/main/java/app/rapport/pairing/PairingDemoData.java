package app.rapport.pairing;

import app.rapport.base.DemoMode;
import app.rapport.pairing.domain.RelationshipRepository;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.ProgramDirectory;
import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo program's relationships, made through the services by the people who would make
 * them (the coordinator proposes, each side accepts or declines): Daniel Okafor mentors Lena
 * Fischer since May; most mentees are paired by the optimal plan; a few proposals wait for an
 * answer, two of them for the demo mentor and mentee; one proposal was declined and one
 * relationship ended early, both with reasons; six mentees are left for the Matching page.
 * The dates are then moved back into the program's past, so the history reads as it would.
 */
@Component
@Order(20)
class PairingDemoData implements ApplicationRunner {

    static final String PROGRAM = "Spring 2026 Leadership Circle";
    private static final String COORDINATOR = "coordinator@rapport.test";
    private static final String MENTOR = "mentor@rapport.test";
    private static final String MENTEE = "mentee@rapport.test";
    private static final int LEFT_FOR_MATCHING = 6;
    private static final Logger log = LoggerFactory.getLogger(PairingDemoData.class);

    private final DemoMode demoMode;
    private final ProgramService programService;
    private final ProgramDirectory programs;
    private final RelationshipService lifecycle;
    private final MatchingService matching;
    private final RelationshipRepository relationships;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PairingDemoData(DemoMode demoMode, ProgramService programService, ProgramDirectory programs,
            RelationshipService lifecycle, MatchingService matching, RelationshipRepository relationships,
            UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.demoMode = demoMode;
        this.programService = programService;
        this.programs = programs;
        this.lifecycle = lifecycle;
        this.matching = matching;
        this.relationships = relationships;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        try {
            var program = as(COORDINATOR, () -> programService.search(new ProgramFilter(PROGRAM, null),
                    PageRequest.of(0, 1)).stream().findFirst().orElse(null));
            if (program == null || relationships.countOpen(List.of(program.id())).size() > 0) {
                return;
            }
            seed(program.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(long programId) {
        var random = new Random(2027);
        var mentors = programs.activeProfiles(programId, EnrolmentRole.MENTOR);
        var mentees = programs.activeProfiles(programId, EnrolmentRole.MENTEE);
        long daniel = mentors.stream().filter(p -> p.email().equals(MENTOR)).findFirst().orElseThrow().enrolmentId();
        long lena = mentees.stream().filter(p -> p.email().equals(MENTEE)).findFirst().orElseThrow().enrolmentId();
        var start = Instant.parse("2026-05-11T09:00:00Z");

        as(COORDINATOR, () -> {
            var rules = matching.rules(programId);
            return matching.updateRules(new PairingRules(programId, rules.weights(), false, 2, rules.version()));
        });
        var main = as(COORDINATOR, () -> lifecycle.propose(programId, daniel, lena));
        accept(main.id(), MENTOR);
        accept(main.id(), MENTEE);
        backdate(main.id(), start, null);

        // A second mentor proposed for Lena (the program allows two), already accepted by the mentor.
        var second = mentors.stream().filter(p -> !p.email().equals(MENTOR) && p.skills().contains("Public speaking"))
                .findFirst().orElse(mentors.get(mentors.size() - 1));
        var forLena = as(COORDINATOR, () -> lifecycle.propose(programId, second.enrolmentId(), lena));
        accept(forLena.id(), second.email());
        backdate(forLena.id(), ago(3), null);

        // Daniel's second slot: a proposal waiting for him, the mentee has said yes.
        var forDaniel = mentees.stream().filter(p -> p.enrolmentId() != lena).findFirst().orElseThrow();
        var waiting = as(COORDINATOR, () -> lifecycle.propose(programId, daniel, forDaniel.enrolmentId()));
        accept(waiting.id(), forDaniel.email());
        backdate(waiting.id(), ago(2), null);

        var plan = as(COORDINATOR, () -> matching.preview(programId, f -> { }));
        var pairs = new ArrayList<>(plan.pairs());
        var keep = pairs.subList(0, Math.max(0, pairs.size() - LEFT_FOR_MATCHING));
        var chosen = List.copyOf(keep);
        as(COORDINATOR, () -> matching.commit(programId, chosen));
        var emails = new java.util.HashMap<Long, String>();
        mentors.forEach(p -> emails.put(p.enrolmentId(), p.email()));
        mentees.forEach(p -> emails.put(p.enrolmentId(), p.email()));
        var proposed = as(COORDINATOR, () -> lifecycle.search(programId,
                new RelationshipFilter(java.util.Set.of(RelationshipStatus.PROPOSED), null), 0, 500, null));
        int i = 0;
        for (var r : proposed) {
            if (r.id() == forLena.id() || r.id() == waiting.id()) {
                continue;
            }
            var proposedAt = start.plus(Duration.ofDays(7 + random.nextInt(60)));
            switch (i++ % 10) {
                case 3 -> { // one side has said yes; the other still thinks about it
                    accept(r.id(), emails.get(r.mentorEnrolmentId()));
                    backdate(r.id(), ago(1 + random.nextInt(5)), null);
                }
                case 7 -> { // declined, with the reason the coordinator reads
                    if (i < 10) {
                        as(emails.get(r.menteeEnrolmentId()), () -> lifecycle.decline(r.id(), r.version(),
                                "We already work closely in the same project; I would like a fresh perspective."));
                        backdate(r.id(), proposedAt, proposedAt.plus(Duration.ofDays(2)));
                    } else {
                        bothAccept(r);
                        backdate(r.id(), proposedAt, null);
                    }
                }
                case 5 -> {
                    bothAccept(r);
                    if (i < 10) {
                        var current = as(COORDINATOR, () -> lifecycle.get(r.id()));
                        as(COORDINATOR, () -> lifecycle.end(r.id(), current.version(),
                                "The mentor moved to a role with heavy travel; the mentee will be paired again."));
                        backdate(r.id(), proposedAt, proposedAt.plus(Duration.ofDays(40)));
                    } else {
                        backdate(r.id(), proposedAt, null);
                    }
                }
                default -> {
                    bothAccept(r);
                    backdate(r.id(), proposedAt, null);
                }
            }
        }
        log.info("Demo relationships seeded in '{}': {} proposed by the plan, {} left for matching", PROGRAM,
                chosen.size(), LEFT_FOR_MATCHING);
    }

    private void bothAccept(RelationshipSummary r) {
        accept(r.id(), emailOfAccount(r.mentorAccountId()));
        accept(r.id(), emailOfAccount(r.menteeAccountId()));
    }

    private String emailOfAccount(long accountId) {
        return jdbc.queryForObject("select email from account where id = ?", String.class, accountId);
    }

    private void accept(long relationshipId, String email) {
        as(email, () -> {
            var current = lifecycle.get(relationshipId);
            return lifecycle.accept(relationshipId, current.version());
        });
    }

    private Instant ago(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    /**
     * Moves a relationship's dates into the past: proposed at {@code proposedAt}, each yes a day
     * apart, closed at {@code closedAt} when it ended or was declined.
     */
    private void backdate(long relationshipId, Instant proposedAt, Instant closedAt) {
        var firstYes = proposedAt.plus(Duration.ofHours(26));
        var secondYes = proposedAt.plus(Duration.ofHours(49));
        jdbc.update("""
                update relationship set proposed_at = ?,
                  mentor_accepted_at = case when mentor_accepted_at is null then null
                    when mentee_accepted_at is null or mentor_accepted_at <= mentee_accepted_at then ? else ? end,
                  mentee_accepted_at = case when mentee_accepted_at is null then null
                    when mentor_accepted_at is null or mentee_accepted_at < mentor_accepted_at then ? else ? end,
                  started_at = case when started_at is null then null else ? end,
                  closed_at = case when closed_at is null then null else ? end
                where id = ?""",
                ts(proposedAt), ts(firstYes), ts(secondYes), ts(firstYes), ts(secondYes), ts(secondYes),
                ts(closedAt == null ? secondYes : closedAt), relationshipId);
        var steps = jdbc.query("select id, kind from relationship_event where relationship_id = ? order by id",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}, relationshipId);
        int accepted = 0;
        for (var step : steps) {
            var at = switch ((String) step[1]) {
                case "PROPOSED" -> proposedAt;
                case "ACCEPTED" -> accepted++ == 0 ? firstYes : secondYes;
                case "ACTIVATED" -> secondYes;
                default -> closedAt == null ? secondYes : closedAt;
            };
            jdbc.update("update relationship_event set occurred_at = ? where id = ?", ts(at), step[0]);
        }
    }

    /** As Hibernate writes instants here: the UTC wall-clock time. */
    private static LocalDateTime ts(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return work.get();
    }
}
