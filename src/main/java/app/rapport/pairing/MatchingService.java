package app.rapport.pairing;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.pairing.MatchPlan.PlannedPair;
import app.rapport.pairing.MatchPlan.Unmatched;
import app.rapport.pairing.domain.EnrolmentCount;
import app.rapport.pairing.domain.PairingSettingsRepository;
import app.rapport.pairing.domain.RelationshipRepository;
import app.rapport.pairing.matching.Assignments;
import app.rapport.pairing.matching.GreedyMatcher;
import app.rapport.pairing.matching.OptimalMatcher;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.ProgramDirectory;
import app.rapport.security.AppRoles;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Matching for coordinators: a program's weights and pairing rules, mentors ranked for one
 * mentee with reasons, and the optimal plan for every unpaired mentee at once, committed as
 * proposals in one transaction.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MatchingService {

    private final RelationshipRepository relationships;
    private final PairingSettingsRepository settingsRepository;
    private final RelationshipService lifecycle;
    private final ProgramDirectory programs;
    private final PairingAccess access;
    private final Clock clock;

    MatchingService(RelationshipRepository relationships, PairingSettingsRepository settingsRepository,
            RelationshipService lifecycle, ProgramDirectory programs, PairingAccess access, Clock clock) {
        this.relationships = relationships;
        this.settingsRepository = settingsRepository;
        this.lifecycle = lifecycle;
        this.programs = programs;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public PairingRules rules(long programId) {
        access.manageable(programId);
        var s = access.settings(programId);
        return new PairingRules(programId, s.weights(), s.isPairingsFinal(), s.getMenteeActiveMax(), s.getVersion());
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public PairingRules updateRules(@Valid PairingRules rules) {
        access.manageable(rules.programId());
        access.requireOpen(rules.programId());
        var s = access.settings(rules.programId());
        if (s.getVersion() != rules.version()) {
            throw new StaleEdit("program's matching settings");
        }
        s.weigh(rules.weights(), clock.instant());
        s.decide(rules.pairingsFinal(), rules.menteeActiveMax(), clock.instant());
        try {
            settingsRepository.saveAndFlush(s);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("program's matching settings");
        }
        return rules(rules.programId());
    }

    /** The program's active mentees, for choosing whom to pair; those without an open relationship first. */
    @PreAuthorize(AppRoles.IS_STAFF)
    public List<MenteeOption> mentees(long programId) {
        access.manageable(programId);
        var open = counts(relationships.openByMentee(programId));
        return programs.activeProfiles(programId, EnrolmentRole.MENTEE).stream()
                .map(p -> new MenteeOption(p.enrolmentId(), p.name(), p.email(), open.getOrDefault(p.enrolmentId(), 0L)))
                .sorted(Comparator.comparing((MenteeOption m) -> m.openRelationships() > 0)
                        .thenComparing(MenteeOption::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A mentee as the pairing page offers them. */
    public record MenteeOption(long enrolmentId, String name, String email, long openRelationships) {
    }

    /** The program's mentors ranked for one mentee: proposable ones by score, then the others with why not. */
    @PreAuthorize(AppRoles.IS_STAFF)
    public List<Suggestion> suggestions(long programId, long menteeEnrolmentId) {
        access.manageable(programId);
        var mentee = programs.profile(menteeEnrolmentId)
                .filter(p -> p.programId() == programId && p.role() == EnrolmentRole.MENTEE)
                .orElseThrow(() -> new RuleViolation("mentee", "This person is not a mentee of the program"));
        var weights = access.settings(programId).weights();
        var open = counts(relationships.openByMentor(programId));
        var declined = declinedPairs(programId);
        var ended = endedPairs(programId);
        var paired = new HashSet<>(relationships.openMentorsOf(menteeEnrolmentId));
        var now = clock.instant();
        var menteeProfile = MatchProfile.of(mentee);
        var result = new ArrayList<Suggestion>();
        for (var mentor : programs.activeProfiles(programId, EnrolmentRole.MENTOR)) {
            var match = MatchScore.score(menteeProfile, MatchProfile.of(mentor), weights, now,
                    declined.contains(pairKey(mentor.enrolmentId(), menteeEnrolmentId)));
            int capacity = mentor.capacity() == null ? 0 : mentor.capacity();
            long taken = open.getOrDefault(mentor.enrolmentId(), 0L);
            String blocker = paired.contains(mentor.enrolmentId()) ? "Already paired with " + mentee.name()
                    : !match.allowed() ? match.exclusion()
                    : taken > capacity ? "Over capacity: " + taken + " open relationships for " + capacity
                            + (capacity == 1 ? " slot" : " slots")
                    : taken == capacity ? "No free slot" : null;
            result.add(new Suggestion(mentor.enrolmentId(), mentor.name(), mentor.department(), capacity, taken, match,
                    blocker, ended.get(pairKey(mentor.enrolmentId(), menteeEnrolmentId))));
        }
        result.sort(Comparator.comparing((Suggestion s) -> !s.proposable())
                .thenComparing(s -> -s.match().score())
                .thenComparing(Suggestion::mentorName, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /**
     * The optimal plan for every active mentee without an open relationship: the assignment with
     * the highest total score under the mentors' free slots and the hard constraints (see
     * {@link OptimalMatcher}). A pair that declined before or whose relationship ended early is
     * never planned again; a coordinator may still propose it by hand after seeing its history.
     * {@code progress} hears fractions from 0 to 1.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    public MatchPlan preview(long programId, DoubleConsumer progress) {
        access.manageable(programId);
        long started = System.nanoTime();
        var weights = access.settings(programId).weights();
        var openByMentee = counts(relationships.openByMentee(programId));
        var openByMentor = counts(relationships.openByMentor(programId));
        var declined = declinedPairs(programId);
        var ended = endedPairs(programId);
        var mentees = programs.activeProfiles(programId, EnrolmentRole.MENTEE).stream()
                .filter(p -> openByMentee.getOrDefault(p.enrolmentId(), 0L) == 0).toList();
        var mentors = programs.activeProfiles(programId, EnrolmentRole.MENTOR);
        progress.accept(0.05);
        int[] room = new int[mentors.size()];
        int mentorsWithRoom = 0;
        for (int j = 0; j < room.length; j++) {
            var m = mentors.get(j);
            room[j] = (int) Math.max(0, (m.capacity() == null ? 0 : m.capacity())
                    - openByMentor.getOrDefault(m.enrolmentId(), 0L));
            mentorsWithRoom += room[j] > 0 ? 1 : 0;
        }
        var now = clock.instant();
        var cohort = MatchScore.compile(mentees.stream().map(MatchProfile::of).toList(),
                mentors.stream().map(MatchProfile::of).toList(), weights, now);
        int[][] scores = new int[mentees.size()][mentors.size()];
        for (int i = 0; i < scores.length; i++) {
            long mentee = mentees.get(i).enrolmentId();
            for (int j = 0; j < room.length; j++) {
                long pair = pairKey(mentors.get(j).enrolmentId(), mentee);
                scores[i][j] = declined.contains(pair) || ended.containsKey(pair)
                        ? OptimalMatcher.FORBIDDEN : cohort.score(i, j);
            }
        }
        progress.accept(0.2);
        int[] plan = OptimalMatcher.solve(scores, room, f -> progress.accept(0.2 + 0.75 * f));
        int[] greedy = GreedyMatcher.solve(scores, room);
        var pairs = new ArrayList<PlannedPair>();
        var unmatched = new ArrayList<Unmatched>();
        for (int i = 0; i < plan.length; i++) {
            var mentee = mentees.get(i);
            if (plan[i] >= 0) {
                var mentor = mentors.get(plan[i]);
                var match = MatchScore.score(MatchProfile.of(mentee), MatchProfile.of(mentor), weights, now, false);
                pairs.add(new PlannedPair(mentee.enrolmentId(), mentee.name(), mentor.enrolmentId(), mentor.name(),
                        match.score(), match.reasons()));
            } else {
                unmatched.add(new Unmatched(mentee.enrolmentId(), mentee.name(), whyUnmatched(cohort, i, scores[i],
                        room, j -> ended.containsKey(pairKey(mentors.get(j).enrolmentId(), mentee.enrolmentId()))
                                ? MatchScore.ENDED_BEFORE : MatchScore.DECLINED_BEFORE)));
            }
        }
        pairs.sort(Comparator.comparing(PlannedPair::menteeName, String.CASE_INSENSITIVE_ORDER));
        unmatched.sort(Comparator.comparing(Unmatched::menteeName, String.CASE_INSENSITIVE_ORDER));
        progress.accept(1.0);
        return new MatchPlan(programId, pairs, unmatched, Assignments.totalScore(scores, plan),
                Assignments.totalScore(scores, greedy), Assignments.pairedCount(greedy), mentorsWithRoom,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Proposes the chosen pairs of a plan, all or none: each goes through the same rules as a
     * manual proposal, so a plan that went stale (someone paired meanwhile) is refused whole.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int commit(long programId, List<PlannedPair> pairs) {
        access.manageable(programId);
        access.requireOpen(programId);
        if (pairs.isEmpty()) {
            throw new RuleViolation(null, "Keep at least one pair to propose");
        }
        var mentees = new HashSet<Long>();
        for (var p : pairs) {
            if (!mentees.add(p.menteeEnrolmentId())) {
                throw new RuleViolation(null, p.menteeName() + " appears twice in the plan");
            }
        }
        var settings = access.lock(programId);
        for (var p : pairs) {
            try {
                lifecycle.proposeLocked(programId, settings, p.mentorEnrolmentId(), p.menteeEnrolmentId(), false);
            } catch (RuleViolation e) {
                throw new RuleViolation(null, "Nothing was proposed: the pair " + p.menteeName() + " – "
                        + p.mentorName() + " no longer fits (" + e.getMessage() + "). Compute the plan again.");
            }
        }
        return pairs.size();
    }

    /** {@code barred} names why a pair the cohort allows was forbidden (declined or ended before). */
    private static String whyUnmatched(MatchScore.Cohort cohort, int mentee, int[] scores, int[] room,
            IntFunction<String> barred) {
        boolean anyAllowed = false;
        boolean anyWithRoom = false;
        var exclusions = new HashMap<String, Integer>();
        for (int j = 0; j < scores.length; j++) {
            if (scores[j] == OptimalMatcher.FORBIDDEN) {
                var exclusion = cohort.exclusion(mentee, j);
                exclusions.merge(exclusion == null ? barred.apply(j) : exclusion, 1, Integer::sum);
                continue;
            }
            anyAllowed = true;
            anyWithRoom |= room[j] > 0;
        }
        if (scores.length == 0) {
            return "The program has no mentors";
        }
        if (!anyAllowed) {
            var top = exclusions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse("Excluded");
            return "No mentor fits the hard rules (most often: " + top.toLowerCase(java.util.Locale.ROOT) + ")";
        }
        if (!anyWithRoom) {
            return "Every mentor who fits is full";
        }
        return "The free slots of the mentors who fit went to pairs with higher scores";
    }

    private static Map<Long, Long> counts(List<EnrolmentCount> rows) {
        var result = new HashMap<Long, Long>();
        rows.forEach(r -> result.put(r.enrolmentId(), r.count()));
        return result;
    }

    private Set<Long> declinedPairs(long programId) {
        var result = new HashSet<Long>();
        relationships.declinedPairs(programId)
                .forEach(r -> result.add(pairKey(r.mentorEnrolmentId(), r.menteeEnrolmentId())));
        return result;
    }

    /** The latest early end of each pair whose relationship ended early, by pair key. */
    private Map<Long, Suggestion.EarlyEnd> endedPairs(long programId) {
        var result = new HashMap<Long, Suggestion.EarlyEnd>();
        relationships.endedPairs(programId).forEach(r -> result.put(pairKey(r.mentorEnrolmentId(),
                r.menteeEnrolmentId()), new Suggestion.EarlyEnd(r.closedAt(), r.closeReason())));
        return result;
    }

    /** One number for a (mentor, mentee) pair of enrolment ids; ids stay far below 2^31. */
    private static long pairKey(long mentor, long mentee) {
        return (mentor << 32) ^ mentee;
    }
}
