package app.rapport.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.base.RuleViolation;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Suggestions and bulk matching on MariaDB: the plan is optimal, explained, within the rules, and commits whole. */
@RapportSpringTest
class MatchingServiceIT {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired MatchingService matching;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    private PairingFixture fixture;
    private long programId;

    @BeforeEach
    void aProgram() {
        fixture = new PairingFixture(programs, enrolments, directory, users, 808L);
        programId = fixture.program.id();
        TestPeople.signIn(users, "coordinator@rapport.test");
        var rules = matching.rules(programId);
        matching.updateRules(new PairingRules(programId, new MatchWeights(100, 0, true, 0, 0, false), false, 1,
                rules.version()));
    }

    @AfterEach
    void signOut() {
        TestPeople.signOut();
    }

    private PairingFixture.Person mentor(List<String> skills) {
        return fixture.mentor(1, skills, "Sales", List.of("English"));
    }

    private PairingFixture.Person mentee(List<String> goals) {
        return fixture.mentee(goals, "Engineering", List.of("English"));
    }

    private Map<Long, Long> mentorOf(MatchPlan plan) {
        return plan.pairs().stream().collect(Collectors.toMap(MatchPlan.PlannedPair::menteeEnrolmentId,
                MatchPlan.PlannedPair::mentorEnrolmentId));
    }

    @Test
    void the_plan_finds_the_best_total_where_best_pairs_first_would_not() {
        var broad = mentor(List.of("Hiring", "Budgeting"));
        var narrow = mentor(List.of("Hiring"));
        var easy = mentee(List.of("Hiring"));
        var demanding = mentee(List.of("Hiring", "Budgeting"));
        var plan = matching.preview(programId, f -> { });
        assertThat(plan.totalScore()).isEqualTo(200);
        assertThat(mentorOf(plan)).containsEntry(easy.enrolmentId(), narrow.enrolmentId())
                .containsEntry(demanding.enrolmentId(), broad.enrolmentId());
        assertThat(plan.greedyTotalScore()).isLessThanOrEqualTo(plan.totalScore());
        assertThat(plan.pairs()).allSatisfy(p -> assertThat(p.reasons()).isNotEmpty());
        assertThat(plan.unmatched()).isEmpty();
    }

    @Test
    void the_plan_says_who_stays_unpaired_and_why() {
        mentor(List.of("Hiring"));
        var first = mentee(List.of("Hiring"));
        var second = mentee(List.of("Hiring"));
        var french = fixture.mentee(List.of("Hiring"), "Legal", List.of("French"));
        var plan = matching.preview(programId, f -> { });
        assertThat(plan.pairs()).hasSize(1);
        var why = plan.unmatched().stream().collect(Collectors.toMap(MatchPlan.Unmatched::menteeEnrolmentId,
                MatchPlan.Unmatched::reason));
        assertThat(why.get(french.enrolmentId())).isEqualTo(
                "No mentor fits the hard rules (most often: no shared language)");
        var loser = plan.pairs().get(0).menteeEnrolmentId() == first.enrolmentId() ? second : first;
        assertThat(why.get(loser.enrolmentId())).contains("went to pairs with higher scores");
    }

    @Test
    void mentees_already_paired_are_left_out_and_open_relationships_use_up_slots() {
        var busy = fixture.mentor(2, List.of("Hiring"), "Sales", List.of("English"));
        var paired = mentee(List.of("Hiring"));
        var waiting = mentee(List.of("Hiring"));
        var another = mentee(List.of("Hiring"));
        relationships.propose(programId, busy.enrolmentId(), paired.enrolmentId());
        var plan = matching.preview(programId, f -> { });
        assertThat(plan.pairs()).hasSize(1);
        assertThat(plan.pairs()).noneMatch(p -> p.menteeEnrolmentId() == paired.enrolmentId());
        assertThat(plan.unmatched()).extracting(MatchPlan.Unmatched::menteeEnrolmentId)
                .containsAnyOf(waiting.enrolmentId(), another.enrolmentId());
    }

    @Test
    void committing_proposes_the_kept_pairs_in_one_go_and_a_stale_plan_is_refused_whole() {
        mentor(List.of("Hiring"));
        mentor(List.of("Budgeting"));
        mentee(List.of("Hiring"));
        mentee(List.of("Budgeting"));
        var progress = new ArrayList<Double>();
        var plan = matching.preview(programId, progress::add);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(plan.pairs()).hasSize(2);
        assertThat(matching.commit(programId, plan.pairs())).isEqualTo(2);
        assertThat(relationships.count(programId, new RelationshipFilter(
                java.util.Set.of(RelationshipStatus.PROPOSED), null))).isEqualTo(2);

        var extra = mentee(List.of("Hiring"));
        var stale = new ArrayList<>(plan.pairs());
        stale.add(new MatchPlan.PlannedPair(extra.enrolmentId(), extra.name(), plan.pairs().get(0).mentorEnrolmentId(),
                plan.pairs().get(0).mentorName(), 100, List.of()));
        stale.remove(0);
        assertThatThrownBy(() -> matching.commit(programId, stale)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Nothing was proposed").hasMessageContaining("Compute the plan again");
        assertThat(jdbc.queryForObject("select count(*) from relationship where program_id = ?", Integer.class,
                programId)).isEqualTo(2);
    }

    @Test
    void suggestions_rank_mentors_by_score_with_slots_and_blockers() {
        var best = mentor(List.of("Hiring", "Budgeting"));
        var half = mentor(List.of("Hiring"));
        var full = mentor(List.of("Hiring", "Budgeting"));
        var other = mentee(List.of("Hiring"));
        relationships.propose(programId, full.enrolmentId(), other.enrolmentId());
        var mentee = mentee(List.of("Hiring", "Budgeting"));
        var ranked = matching.suggestions(programId, mentee.enrolmentId());
        assertThat(ranked).extracting(Suggestion::mentorEnrolmentId)
                .containsExactly(best.enrolmentId(), half.enrolmentId(), full.enrolmentId());
        assertThat(ranked.get(0).reasons()).containsExactly("2 of 2 goals match: budgeting, hiring",
                "Both speak English", "1 of 1 slot left");
        assertThat(ranked.get(2).blocker()).isEqualTo("No free slot");
        assertThat(ranked.get(2).proposable()).isFalse();
    }

    /** Proposes, lets both sides accept, then ends it early as the coordinator. */
    private RelationshipSummary endedEarly(PairingFixture.Person mentor, PairingFixture.Person mentee, String why) {
        var r = relationships.propose(programId, mentor.enrolmentId(), mentee.enrolmentId());
        for (var who : List.of(mentor, mentee)) {
            TestPeople.signIn(users, who.email());
            relationships.accept(r.id(), relationships.get(r.id()).version());
        }
        TestPeople.signIn(users, "coordinator@rapport.test");
        return relationships.end(r.id(), relationships.get(r.id()).version(), why);
    }

    @Test
    void a_pair_whose_relationship_ended_early_is_not_planned_again_and_the_plan_says_why() {
        var travelling = mentor(List.of("Hiring", "Budgeting"));
        var mentee = mentee(List.of("Hiring", "Budgeting"));
        endedEarly(travelling, mentee, "The mentor travels");

        var alone = matching.preview(programId, f -> { });
        assertThat(alone.pairs()).as("the only mentor is the one it ended with").isEmpty();
        assertThat(alone.unmatched()).singleElement().extracting(MatchPlan.Unmatched::reason)
                .isEqualTo("No mentor fits the hard rules (most often: ended early before)");

        var other = mentor(List.of("Hiring"));
        var plan = matching.preview(programId, f -> { });
        assertThat(mentorOf(plan)).containsExactly(Map.entry(mentee.enrolmentId(), other.enrolmentId()));
    }

    @Test
    void a_plan_holding_a_pair_that_ended_early_is_refused_whole() {
        var travelling = mentor(List.of("Hiring"));
        var mentee = mentee(List.of("Hiring"));
        endedEarly(travelling, mentee, "The mentor travels");
        var crafted = List.of(new MatchPlan.PlannedPair(mentee.enrolmentId(), mentee.name(),
                travelling.enrolmentId(), travelling.name(), 100, List.of()));
        assertThatThrownBy(() -> matching.commit(programId, crafted)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Nothing was proposed").hasMessageContaining("ended early before");
        assertThat(relationships.count(programId, new RelationshipFilter(
                java.util.Set.of(RelationshipStatus.PROPOSED), null))).isZero();
    }

    @Test
    void suggestions_show_an_early_end_and_proposing_that_pair_again_needs_the_coordinators_confirmation() {
        var travelling = mentor(List.of("Hiring", "Budgeting"));
        var other = mentor(List.of("Hiring"));
        var mentee = mentee(List.of("Hiring", "Budgeting"));
        var ended = endedEarly(travelling, mentee, "The mentor travels");

        var ranked = matching.suggestions(programId, mentee.enrolmentId());
        var again = ranked.stream().filter(x -> x.mentorEnrolmentId() == travelling.enrolmentId()).findFirst()
                .orElseThrow();
        assertThat(again.endedBefore()).isEqualTo(new Suggestion.EarlyEnd(ended.closedAt(), "The mentor travels"));
        assertThat(again.proposable()).as("a coordinator may decide to try again").isTrue();
        assertThat(ranked.stream().filter(x -> x.mentorEnrolmentId() == other.enrolmentId()).findFirst()
                .orElseThrow().endedBefore()).isNull();

        assertThatThrownBy(() -> relationships.propose(programId, travelling.enrolmentId(), mentee.enrolmentId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("ended early before")
                .hasMessageContaining("The mentor travels");
        var proposed = relationships.propose(programId, travelling.enrolmentId(), mentee.enrolmentId(), true);
        assertThat(proposed.status()).isEqualTo(RelationshipStatus.PROPOSED);
    }

    @Test
    void a_preview_reads_the_program_in_a_bounded_number_of_statements() {
        for (int i = 0; i < 12; i++) {
            mentor(List.of("Hiring"));
            mentee(List.of("Hiring"));
        }
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        matching.preview(programId, f -> { });
        long small = stats.getPrepareStatementCount();
        for (int i = 0; i < 12; i++) {
            mentor(List.of("Hiring"));
            mentee(List.of("Hiring"));
        }
        stats.clear();
        matching.preview(programId, f -> { });
        assertThat(stats.getPrepareStatementCount()).as("no statement per person").isEqualTo(small);
        assertThat(small).isLessThanOrEqualTo(20);
    }
}
