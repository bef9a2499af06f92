package app.rapport.pairing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The match score of a mentee and a mentor: a weighted mean of four parts, each between 0 and 1,
 * scaled to 0-100 and rounded.
 * <ul>
 * <li><b>goals</b>: the share of the mentee's goals the mentor offers as skills (0 when the mentee
 * states no goals);</li>
 * <li><b>language</b>: 1 when they share a language, 0 when not; when
 * {@link MatchWeights#languageRequired()} the pair is excluded instead;</li>
 * <li><b>time zone</b>: 1 for the same UTC offset, falling linearly to 0 at 12 hours apart (on
 * the clock face, so UTC-10 and UTC+14 are the same);</li>
 * <li><b>department</b>: 1 for different departments, 0 for the same one; when
 * {@link MatchWeights#departmentRequired()} the same department excludes the pair.</li>
 * </ul>
 * A part one of the two left empty counts 0.5 (no evidence either way) and never excludes. A pair
 * where one side declined the other before is excluded. Tags and languages compare ignoring case.
 * {@link #compile} gives a cohort's scores as plain numbers for bulk matching: the same numbers as
 * {@link #score}, computed without allocating per pair.
 */
public final class MatchScore {

    /** The score of an excluded pair in {@link Cohort#score}. */
    public static final int FORBIDDEN = -1;

    static final String NO_SHARED_LANGUAGE = "No shared language";
    static final String DECLINED_BEFORE = "Declined before";
    static final String ENDED_BEFORE = "Ended early before";

    private static final int MINUTES_UNKNOWN = Integer.MIN_VALUE;
    private static final double UNKNOWN = 0.5;

    private MatchScore() {
    }

    /** Scores one pair and says why; {@code declinedBefore}: one of them declined the other earlier. */
    public static Match score(MatchProfile mentee, MatchProfile mentor, MatchWeights weights, Instant at,
            boolean declinedBefore) {
        if (declinedBefore) {
            return new Match(0, List.of(), DECLINED_BEFORE);
        }
        var cohort = compile(List.of(mentee), List.of(mentor), weights, at);
        var exclusion = cohort.exclusion(0, 0);
        var reasons = explain(mentee, mentor, weights, cohort);
        return exclusion == null ? new Match(cohort.score(0, 0), reasons, null) : new Match(0, reasons, exclusion);
    }

    public static Cohort compile(List<MatchProfile> mentees, List<MatchProfile> mentors, MatchWeights weights,
            Instant at) {
        return new Cohort(mentees, mentors, weights, at);
    }

    private static List<String> explain(MatchProfile mentee, MatchProfile mentor, MatchWeights w, Cohort c) {
        var reasons = new ArrayList<String>();
        if (w.goals() > 0) {
            reasons.add(goalsReason(mentee, mentor));
        }
        if (w.language() > 0 || w.languageRequired()) {
            reasons.add(languageReason(mentee, mentor));
        }
        if (w.timeZone() > 0) {
            int a = c.menteeMinutes[0];
            int b = c.mentorMinutes[0];
            reasons.add(a == MINUTES_UNKNOWN || b == MINUTES_UNKNOWN ? "Time zone not stated"
                    : apart(clockDistance(a, b)));
        }
        if (w.department() > 0 || w.departmentRequired()) {
            int mine = c.menteeDepartment[0];
            int theirs = c.mentorDepartment[0];
            reasons.add(mine < 0 || theirs < 0 ? "Department not stated"
                    : mine == theirs ? "Same department (" + mentor.department().strip() + ")"
                    : "Different department");
        }
        return reasons;
    }

    private static String goalsReason(MatchProfile mentee, MatchProfile mentor) {
        var goals = distinct(mentee.goals());
        if (goals.isEmpty()) {
            return "No goals stated";
        }
        var skills = distinct(mentor.skills());
        var matched = goals.entrySet().stream().filter(e -> skills.containsKey(e.getKey()))
                .map(e -> e.getValue().toLowerCase(Locale.ROOT)).toList();
        if (matched.isEmpty()) {
            return "None of " + goals.size() + (goals.size() == 1 ? " goal matches" : " goals match");
        }
        return matched.size() + " of " + goals.size() + (goals.size() == 1 ? " goal matches: " : " goals match: ")
                + String.join(", ", matched);
    }

    private static String languageReason(MatchProfile mentee, MatchProfile mentor) {
        var theirs = distinct(mentor.languages());
        var mine = distinct(mentee.languages());
        if (mine.isEmpty() || theirs.isEmpty()) {
            return "Languages not stated";
        }
        var shared = mine.entrySet().stream().filter(e -> theirs.containsKey(e.getKey())).map(Map.Entry::getValue)
                .toList();
        return shared.isEmpty() ? NO_SHARED_LANGUAGE : "Both speak " + String.join(" and ", shared);
    }

    private static String apart(int minutes) {
        if (minutes == 0) {
            return "Same time zone";
        }
        return (minutes % 60 == 0 ? String.valueOf(minutes / 60)
                : String.format(Locale.ROOT, "%.1f", minutes / 60.0)) + " h apart";
    }

    /** Keys in lower case to the first spelling, in order. */
    private static Map<String, String> distinct(List<String> values) {
        var result = new LinkedHashMap<String, String>();
        for (var v : values) {
            if (v != null && !v.isBlank()) {
                result.putIfAbsent(key(v), v.strip());
            }
        }
        return result;
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    static int clockDistance(int a, int b) {
        int d = Math.abs(a - b) % 1440;
        return Math.min(d, 1440 - d);
    }

    private static int offsetMinutes(String zone, Instant at) {
        if (zone == null || zone.isBlank()) {
            return MINUTES_UNKNOWN;
        }
        try {
            return ZoneId.of(zone.strip()).getRules().getOffset(at).getTotalSeconds() / 60;
        } catch (DateTimeException e) {
            return MINUTES_UNKNOWN;
        }
    }

    /** A cohort's profiles as bit sets and numbers, so that scoring a pair allocates nothing. */
    public static final class Cohort {

        private final MatchWeights weights;
        private final long[][] menteeGoals;
        private final int[] menteeGoalCount;
        private final long[][] mentorSkills;
        private final long[][] menteeLanguages;
        private final long[][] mentorLanguages;
        private final int[] menteeMinutes;
        private final int[] mentorMinutes;
        private final int[] menteeDepartment;
        private final int[] mentorDepartment;

        private Cohort(List<MatchProfile> mentees, List<MatchProfile> mentors, MatchWeights weights, Instant at) {
            if (weights.total() <= 0) {
                throw new IllegalArgumentException("At least one weight must be above 0");
            }
            this.weights = weights;
            var tags = new HashMap<String, Integer>();
            var languages = new HashMap<String, Integer>();
            var departments = new HashMap<String, Integer>();
            int n = mentees.size();
            int k = mentors.size();
            menteeGoals = new long[n][];
            menteeGoalCount = new int[n];
            menteeLanguages = new long[n][];
            menteeMinutes = new int[n];
            menteeDepartment = new int[n];
            mentorSkills = new long[k][];
            mentorLanguages = new long[k][];
            mentorMinutes = new int[k];
            mentorDepartment = new int[k];
            for (int i = 0; i < n; i++) {
                var p = mentees.get(i);
                menteeGoals[i] = bits(p.goals(), tags);
                menteeGoalCount[i] = count(menteeGoals[i]);
                menteeLanguages[i] = bits(p.languages(), languages);
                menteeMinutes[i] = offsetMinutes(p.timeZone(), at);
                menteeDepartment[i] = department(p.department(), departments);
            }
            for (int j = 0; j < k; j++) {
                var p = mentors.get(j);
                mentorSkills[j] = bits(p.skills(), tags);
                mentorLanguages[j] = bits(p.languages(), languages);
                mentorMinutes[j] = offsetMinutes(p.timeZone(), at);
                mentorDepartment[j] = department(p.department(), departments);
            }
        }

        public int mentees() {
            return menteeGoals.length;
        }

        public int mentors() {
            return mentorSkills.length;
        }

        /** The pair's score 0-100, or {@link #FORBIDDEN} when a hard constraint excludes it. */
        public int score(int mentee, int mentor) {
            if (exclusion(mentee, mentor) != null) {
                return FORBIDDEN;
            }
            double goals = menteeGoalCount[mentee] == 0 ? 0
                    : (double) overlap(menteeGoals[mentee], mentorSkills[mentor]) / menteeGoalCount[mentee];
            double language = languagePart(mentee, mentor);
            int a = menteeMinutes[mentee];
            int b = mentorMinutes[mentor];
            double zone = a == MINUTES_UNKNOWN || b == MINUTES_UNKNOWN ? UNKNOWN
                    : 1.0 - Math.min(clockDistance(a, b), 720) / 720.0;
            int da = menteeDepartment[mentee];
            int db = mentorDepartment[mentor];
            double department = da < 0 || db < 0 ? UNKNOWN : da == db ? 0 : 1;
            double sum = weights.goals() * goals + weights.language() * language + weights.timeZone() * zone
                    + weights.department() * department;
            return (int) Math.round(100.0 * sum / weights.total());
        }

        /** The hard constraint that excludes the pair, or null. */
        String exclusion(int mentee, int mentor) {
            if (weights.languageRequired() && languagePart(mentee, mentor) == 0) {
                return NO_SHARED_LANGUAGE;
            }
            if (weights.departmentRequired() && menteeDepartment[mentee] >= 0
                    && menteeDepartment[mentee] == mentorDepartment[mentor]) {
                return "Same department";
            }
            return null;
        }

        private double languagePart(int mentee, int mentor) {
            var a = menteeLanguages[mentee];
            var b = mentorLanguages[mentor];
            if (a.length == 0 || b.length == 0 || count(a) == 0 || count(b) == 0) {
                return UNKNOWN;
            }
            return overlap(a, b) > 0 ? 1 : 0;
        }

        private static long[] bits(List<String> values, Map<String, Integer> dictionary) {
            long[] words = new long[0];
            for (var v : values) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                int bit = dictionary.computeIfAbsent(key(v), x -> dictionary.size());
                if (bit / 64 >= words.length) {
                    words = Arrays.copyOf(words, bit / 64 + 1);
                }
                words[bit / 64] |= 1L << (bit % 64);
            }
            return words;
        }

        private static int department(String value, Map<String, Integer> dictionary) {
            return value == null || value.isBlank() ? -1 : dictionary.computeIfAbsent(key(value), x -> dictionary.size());
        }

        private static int count(long[] words) {
            int c = 0;
            for (long w : words) {
                c += Long.bitCount(w);
            }
            return c;
        }

        private static int overlap(long[] a, long[] b) {
            int c = 0;
            for (int i = 0, n = Math.min(a.length, b.length); i < n; i++) {
                c += Long.bitCount(a[i] & b[i]);
            }
            return c;
        }
    }
}
