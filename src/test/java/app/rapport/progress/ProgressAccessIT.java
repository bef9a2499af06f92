package app.rapport.progress;

import app.rapport.feedback.AskDraft;
import app.rapport.feedback.FeedbackRoundService;
import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.support.MutableClock;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import app.rapport.workspace.CheckinDraft;
import app.rapport.workspace.CheckinService;
import app.rapport.workspace.GoalDraft;
import app.rapport.workspace.GoalService;
import app.rapport.workspace.InteractionDraft;
import app.rapport.workspace.InteractionFormat;
import app.rapport.workspace.InteractionService;
import app.rapport.workspace.Side;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may call what on {@link ProgressService}, as a matrix: each caller (the pair, the program's
 * coordinator, a coordinator of another program, an admin, a peer asked for feedback on the pair,
 * another participant of the program, nobody signed in) against each method. A relationship's
 * progress is for the pair, the program's coordinators and admins; a program's dashboard, list,
 * count and export for its coordinators and admins; the rebuild for admins; the last rebuild for
 * staff. An allowed call returns the pair's real data; a refused one throws.
 */
@RapportSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressAccessIT {

    private static final String COORDINATOR = "coordinator@rapport.test";
    private static final String OTHER_COORDINATOR = "mei.tanaka@rapport.test";
    private static final String ADMIN = "admin@rapport.test";

    enum Caller {
        MENTOR, MENTEE, COORDINATOR, OTHER_COORDINATOR, ADMIN, ASKED_PEER, OTHER_PARTICIPANT, NOBODY
    }

    enum Method {
        PROGRESS, DASHBOARD, RELATIONSHIPS, COUNT_RELATIONSHIPS, EACH_RELATIONSHIP, EXPORT_CSV, REBUILD, LAST_REBUILD
    }

    private static final boolean Y = true;
    private static final boolean N = false;

    /** The matrix, one row per caller, in the order of {@link Method}. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                //                           progress dashboard rows count each csv rebuild lastRebuild
                row(Caller.MENTOR,            Y,       N,        N,   N,    N,   N,  N,      N),
                row(Caller.MENTEE,            Y,       N,        N,   N,    N,   N,  N,      N),
                row(Caller.COORDINATOR,       Y,       Y,        Y,   Y,    Y,   Y,  N,      Y),
                row(Caller.OTHER_COORDINATOR, N,       N,        N,   N,    N,   N,  N,      Y),
                row(Caller.ADMIN,             Y,       Y,        Y,   Y,    Y,   Y,  Y,      Y),
                row(Caller.ASKED_PEER,        N,       N,        N,   N,    N,   N,  N,      N),
                row(Caller.OTHER_PARTICIPANT, N,       N,        N,   N,    N,   N,  N,      N),
                row(Caller.NOBODY,            N,       N,        N,   N,    N,   N,  N,      N))
                .flatMap(Function.identity());
    }

    private static Stream<Arguments> row(Caller caller, boolean... allowed) {
        if (allowed.length != Method.values().length) {
            throw new IllegalArgumentException("One answer per method for " + caller);
        }
        return Arrays.stream(Method.values()).map(m -> Arguments.of(caller, m, allowed[m.ordinal()]));
    }

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired InteractionService interactions;
    @Autowired CheckinService checkins;
    @Autowired GoalService goals;
    @Autowired FeedbackRoundService feedback;
    @Autowired ProgressService progress;
    @Autowired MutableClock clock;

    private long programId;
    private long relationshipId;
    private String mentor;
    private String mentee;
    private String peer;
    private String otherParticipant;
    /** What the last export wrote. */
    private StringWriter csv;

    /** An active pair with a day of history (two interactions, a goal at 40 %, a check-in), asked about by a peer. */
    @BeforeAll
    void aPairWithHistory() {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        var small = fixtures.small(8101L);
        programId = small.programId();
        relationshipId = fixtures.activePair(small).id();
        mentor = small.mentorEmail();
        mentee = small.menteeEmail();
        otherParticipant = TestPeople.asAdmin(users, () -> enrolments.profile(small.demanding()).email());
        var askable = new TestPeople(8102L);
        var asked = askable.participant(accounts, users).account();
        peer = asked.email();
        // A round asks at least the program's anonymity threshold (3) of people.
        var alsoAsked = Set.of(askable.participant(accounts, users).account().id(),
                askable.participant(accounts, users).account().id());
        signIn(mentee);
        interactions.log(relationshipId, new InteractionDraft(today(), 30, InteractionFormat.CALL, Side.MENTEE,
                Side.MENTEE, "A question", Side.MENTOR, "An answer", null));
        checkins.checkIn(relationshipId, new CheckinDraft(4, 5, 4, null, false));
        var goal = goals.add(relationshipId, new GoalDraft("Negotiate a raise", null));
        goals.setProgress(goal.id(), goal.version(), 40);
        var peers = new HashSet<>(alsoAsked);
        peers.add(asked.id());
        feedback.ask(new AskDraft(relationshipId, peers, null, null));
        signIn(mentor);
        interactions.log(relationshipId, new InteractionDraft(today(), 45, InteractionFormat.WALK, Side.MENTOR,
                Side.MENTOR, "Another question", null, null, null));
        TestPeople.signOut();
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("matrix")
    void each_caller_may_call_each_method_as_the_matrix_says(Caller caller, Method method, boolean allowed) {
        signInAs(caller);
        if (allowed) {
            call(method);
        } else {
            assertThatThrownBy(() -> call(method)).as(caller + " " + method)
                    .isInstanceOf(caller == Caller.NOBODY ? AuthenticationException.class
                            : AccessDeniedException.class);
            if (method == Method.EXPORT_CSV) {
                assertThat(csv.toString()).as("not even the header is written").isEmpty();
            }
        }
    }

    /** Calls the method and checks that what it returns is the pair's data. */
    private void call(Method method) {
        switch (method) {
            case PROGRESS -> {
                var page = progress.progress(relationshipId, today().minusWeeks(2), today());
                assertThat(page.relationshipId()).isEqualTo(relationshipId);
                assertThat(page.status()).isEqualTo(RelationshipStatus.ACTIVE);
                assertThat(page.weeks()).isNotEmpty();
                assertThat(page.weeks().stream().mapToInt(WeekMetrics::interactions).sum()).isEqualTo(2);
                assertThat(page.weeks().stream().mapToInt(WeekMetrics::minutes).sum()).isEqualTo(75);
                assertThat(page.menteeAsks()).isEqualTo(1);
                assertThat(page.mentorAsks()).isEqualTo(1);
                assertThat(page.mentorGives()).isEqualTo(1);
                assertThat(page.health()).isNotNull();
                assertThat(page.goals()).singleElement().satisfies(g -> {
                    assertThat(g.title()).isEqualTo("Negotiate a raise");
                    assertThat(g.progress()).last().isEqualTo(40);
                });
            }
            case DASHBOARD -> {
                var dashboard = progress.dashboard(programId);
                assertThat(dashboard.program().id()).isEqualTo(programId);
                assertThat(dashboard.relationships()).isEqualTo(1);
                assertThat(dashboard.activePairs()).isEqualTo(1);
                assertThat(dashboard.interactionsLast30Days()).isEqualTo(2);
                assertThat(dashboard.averageHealth()).isNotNull();
            }
            case RELATIONSHIPS -> assertThat(progress.relationships(programId, RowQuery.ALL, 0, 10))
                    .singleElement().satisfies(r -> {
                        assertThat(r.relationshipId()).isEqualTo(relationshipId);
                        assertThat(r.interactions()).isEqualTo(2);
                        assertThat(r.goalProgress()).isEqualTo(40);
                    });
            case COUNT_RELATIONSHIPS -> assertThat(progress.countRelationships(programId, RowQuery.ALL)).isEqualTo(1);
            case EACH_RELATIONSHIP -> {
                var rows = new ArrayList<RelationshipRow>();
                progress.eachRelationship(programId, RowQuery.ALL, rows::add);
                assertThat(rows).extracting(RelationshipRow::relationshipId).containsExactly(relationshipId);
            }
            case EXPORT_CSV -> {
                csv = new StringWriter();
                progress.exportCsv(programId, RowQuery.ALL, csv);
                assertThat(csv.toString()).startsWith("Mentor,Mentee,Status").hasLineCount(2);
            }
            case REBUILD -> {
                var report = progress.rebuild();
                assertThat(report.relationships()).isPositive();
                assertThat(progress.relationships(programId, RowQuery.ALL, 0, 10)).singleElement()
                        .satisfies(r -> assertThat(r.interactions()).as("rebuilt from the history").isEqualTo(2));
            }
            case LAST_REBUILD -> assertThat(progress.lastRebuild()).as("the demo data's rebuild at start-up")
                    .isPresent();
        }
    }

    private void signInAs(Caller caller) {
        switch (caller) {
            case MENTOR -> signIn(mentor);
            case MENTEE -> signIn(mentee);
            case COORDINATOR -> signIn(COORDINATOR);
            case OTHER_COORDINATOR -> signIn(OTHER_COORDINATOR);
            case ADMIN -> signIn(ADMIN);
            case ASKED_PEER -> signIn(peer);
            case OTHER_PARTICIPANT -> signIn(otherParticipant);
            case NOBODY -> TestPeople.signOut();
        }
    }

    private void signIn(String email) {
        TestPeople.signIn(users, email);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
