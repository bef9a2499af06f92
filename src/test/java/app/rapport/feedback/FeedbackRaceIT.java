package app.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.support.Race;
import app.rapport.support.RapportSpringTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The mentor and the mentee each ask six colleagues at the same moment, in two transactions on
 * MariaDB: the limit of ten open requests per relationship holds whatever the timing.
 */
@RapportSpringTest
class FeedbackRaceIT {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired UserDetailsService users;
    @Autowired RelationshipService relationships;
    @Autowired AccountService accounts;
    @Autowired FeedbackRoundService feedback;
    @Autowired JdbcTemplate jdbc;

    @RepeatedTest(3)
    void two_asks_at_once_never_pass_ten_open_requests() throws Exception {
        var fixture = new FeedbackFixture(programs, enrolments, directory, users, relationships, accounts);
        var pair = fixture.pair(9100L);
        var peers = fixture.peers(9200L, 12);
        var first = peers.subList(0, 6).stream().map(FeedbackFixture.Peer::id).collect(Collectors.toSet());
        var second = peers.subList(6, 12).stream().map(FeedbackFixture.Peer::id).collect(Collectors.toSet());

        var outcomes = Race.run(List.of(
                () -> fixture.as(pair.mentor(), () -> feedback.ask(new AskDraft(pair.id(), first, null, null)))
                        .roundId() > 0 ? "asked" : "?",
                () -> fixture.as(pair.mentee(), () -> feedback.ask(new AskDraft(pair.id(), second, null, null)))
                        .roundId() > 0 ? "asked" : "?"));

        assertThat(outcomes).filteredOn("asked"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.contains("at most 10 open requests")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from feedback_request where relationship_id = ?",
                Integer.class, pair.id())).isEqualTo(6);
    }
}
