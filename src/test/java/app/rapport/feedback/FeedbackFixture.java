package app.rapport.feedback;

import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.program.ProgramSettings;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.support.TestPeople;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh active pair in a fresh program (coordinated by the demo coordinator) for each test, so
 * the 30-day rule never meets a peer asked by another test, and fresh peers to ask.
 */
final class FeedbackFixture {

    static final String COORDINATOR = "coordinator@rapport.test";
    static final String OTHER_COORDINATOR = "mei.tanaka@rapport.test";
    static final String ADMIN = "admin@rapport.test";

    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final PeopleService directory;
    private final UserDetailsService users;
    private final RelationshipService relationships;
    private final AccountService accounts;

    FeedbackFixture(ProgramService programs, EnrolmentService enrolments, PeopleService directory,
            UserDetailsService users, RelationshipService relationships, AccountService accounts) {
        this.programs = programs;
        this.enrolments = enrolments;
        this.directory = directory;
        this.users = users;
        this.relationships = relationships;
        this.accounts = accounts;
    }

    /** An active pair; {@code outsider} is a participant of the same program outside the pair. */
    record Pair(long id, long programId, String mentor, String mentee, String outsider, long mentorId, long menteeId,
            String mentorName, String menteeName) {
    }

    record Peer(long id, String email, String name) {
    }

    Pair pair(long seed) {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        var small = fixtures.small(seed);
        var r = fixtures.activePair(small);
        var outsider = TestPeople.asAdmin(users, () -> enrolments.profile(small.demanding()).email());
        return new Pair(r.id(), small.programId(), small.mentorEmail(), small.menteeEmail(), outsider,
                r.mentorAccountId(), r.menteeAccountId(), r.mentorName(), r.menteeName());
    }

    /** A proposed, not yet accepted pair. */
    long proposal(long seed) {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        return fixtures.proposal(fixtures.small(seed)).id();
    }

    List<Peer> peers(long seed, int count) {
        var people = new TestPeople(seed);
        var result = new ArrayList<Peer>();
        for (int i = 0; i < count; i++) {
            var account = people.participant(accounts, users).account();
            result.add(new Peer(account.id(), account.email(), account.displayName()));
        }
        return result;
    }

    void disable(Peer peer) {
        TestPeople.asAdmin(users, () -> accounts.setEnabled(peer.id(), accounts.get(peer.id()).version(), false));
    }

    void closeProgram(long programId) {
        TestPeople.asAdmin(users, () -> {
            var current = programs.get(programId);
            return programs.advance(current.id(), current.version());
        });
    }

    void setThreshold(long programId, int threshold) {
        TestPeople.asAdmin(users, () -> {
            var p = programs.get(programId);
            return programs.update(new ProgramSettings(p.id(), p.version(), p.name(), p.description(), p.startsOn(),
                    p.endsOn(), p.stallThresholdDays(), threshold, p.checkinCadenceDays()));
        });
    }

    <T> T as(String email, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        TestPeople.signIn(users, email);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
