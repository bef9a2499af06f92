package app.rapport.pairing;

import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.TestPeople;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Small programs for view tests: two mentors with one slot each ("broad" offers hiring and
 * budgeting, "narrow" only hiring) and two mentees ("easy" seeks hiring, "demanding" both).
 */
public class PairingTestPrograms {

    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final PeopleService directory;
    private final UserDetailsService users;
    private final RelationshipService relationships;

    public PairingTestPrograms(ProgramService programs, EnrolmentService enrolments, PeopleService directory,
            UserDetailsService users, RelationshipService relationships) {
        this.programs = programs;
        this.enrolments = enrolments;
        this.directory = directory;
        this.users = users;
        this.relationships = relationships;
    }

    public record Small(long programId, long broad, long narrow, long easy, long demanding, String mentorEmail,
            String menteeEmail) {
    }

    public Small small(long seed) {
        var before = SecurityContextHolder.getContext();
        try {
            var f = new PairingFixture(programs, enrolments, directory, users, seed);
            var broad = f.mentor(1, List.of("Hiring", "Budgeting"), "Sales", List.of("English"));
            var narrow = f.mentor(1, List.of("Hiring"), "Sales", List.of("English"));
            var easy = f.mentee(List.of("Hiring"), "Engineering", List.of("English"));
            var demanding = f.mentee(List.of("Hiring", "Budgeting"), "Engineering", List.of("English"));
            return new Small(f.program.id(), broad.enrolmentId(), narrow.enrolmentId(), easy.enrolmentId(),
                    demanding.enrolmentId(), narrow.email(), easy.email());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** narrow proposed to easy, not yet answered. */
    public RelationshipSummary proposal(Small f) {
        return as("coordinator@rapport.test", () -> relationships.propose(f.programId(), f.narrow(), f.easy()));
    }

    /** narrow and easy, both accepted. */
    public RelationshipSummary activePair(Small f) {
        var r = proposal(f);
        as(f.mentorEmail(), () -> relationships.accept(r.id(), relationships.get(r.id()).version()));
        return as(f.menteeEmail(), () -> relationships.accept(r.id(), relationships.get(r.id()).version()));
    }

    public record ActivePair(RelationshipSummary relationship, String mentorEmail, String menteeEmail) {
    }

    /** A fresh program with {@code count} active pairs, each a mentor and a mentee of its own. */
    public List<ActivePair> activePairs(long seed, int count) {
        var before = SecurityContextHolder.getContext();
        try {
            var f = new PairingFixture(programs, enrolments, directory, users, seed);
            var pairs = new java.util.ArrayList<ActivePair>();
            for (int i = 0; i < count; i++) {
                var mentor = f.mentor(1);
                var mentee = f.mentee();
                var r = as("coordinator@rapport.test",
                        () -> relationships.propose(f.program.id(), mentor.enrolmentId(), mentee.enrolmentId()));
                as(mentor.email(), () -> relationships.accept(r.id(), relationships.get(r.id()).version()));
                var started = as(mentee.email(), () -> relationships.accept(r.id(), relationships.get(r.id()).version()));
                pairs.add(new ActivePair(started, mentor.email(), mentee.email()));
            }
            return pairs;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        TestPeople.signIn(users, email);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
