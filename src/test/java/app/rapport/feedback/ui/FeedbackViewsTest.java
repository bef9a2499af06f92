package app.rapport.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.base.ui.NotFoundView;
import app.rapport.feedback.AskDraft;
import app.rapport.feedback.FeedbackRoundService;
import app.rapport.feedback.PeerRequestService;
import app.rapport.pairing.PairingTestPrograms;
import app.rapport.pairing.RelationshipService;
import app.rapport.program.EnrolmentService;
import app.rapport.program.ProgramService;
import app.rapport.security.PeopleService;
import app.rapport.security.AccountService;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.TestPeople;
import com.vaadin.browserless.internal.BasicUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The peer's answer page without a browser: only the addressed peer opens it, and a missing answer saves nothing. */
class FeedbackViewsTest extends BrowserlessTestBase {

    @Autowired ProgramService programs;
    @Autowired EnrolmentService enrolments;
    @Autowired PeopleService directory;
    @Autowired AccountService accounts;
    @Autowired RelationshipService relationships;
    @Autowired FeedbackRoundService feedback;
    @Autowired PeerRequestService peerSide;
    @Autowired JdbcTemplate jdbc;

    private String peer;
    private long requestId;

    @BeforeEach
    void aRequest() {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        var program = fixtures.small(6060L);
        var relationship = fixtures.activePair(program);
        var people = new TestPeople(6061L);
        var created = people.participant(accounts, users);
        var others = Set.of(people.participant(accounts, users).account().id(),
                people.participant(accounts, users).account().id());
        peer = created.account().email();
        TestPeople.signIn(users, program.menteeEmail());
        var asked = new java.util.HashSet<>(others);
        asked.add(created.account().id());
        feedback.ask(new AskDraft(relationship.id(), asked, "<b>How do we do?</b>", null));
        TestPeople.signIn(users, peer);
        requestId = peerSide.inbox().get(0).requestId();
        TestPeople.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_peer_must_write_advice_and_sees_the_question_as_plain_text() {
        signIn(peer);
        navigate("feedback/" + requestId);
        assertThat(find(Span.class).withText("<b>How do we do?</b>").single())
                .isNotNull();
        rate("answer-rapport", 4);
        rate("answer-give-and-take", 0);
        rate("answer-communication", 5);
        test(find(Button.class).id("answer-send")).click();
        assertThat(find(TextArea.class).id("answer-advice").isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from feedback_response where request_id = ?",
                Integer.class, requestId)).isZero();
        test(find(TextArea.class).id("answer-advice")).setValue("Agree on one goal per meeting.");
        test(find(Button.class).id("answer-send")).click();
        assertThat(find(Paragraph.class).id("answer-status").getText())
                .contains("your answer is in");
    }

    @Test
    void advice_over_its_limit_is_kept_whole_and_refused_with_its_length() {
        signIn(peer);
        navigate("feedback/" + requestId);
        rate("answer-rapport", 4);
        rate("answer-give-and-take", 4);
        rate("answer-communication", 4);
        var advice = find(TextArea.class).id("answer-advice");
        assertThat(advice.getElement().hasProperty("maxlength")).isFalse();
        test(advice).setValue("a".repeat(2_150));
        test(find(Button.class).id("answer-send")).click();
        assertThat(advice.getErrorMessage()).isEqualTo("At most 2,000 characters: this has 2,150");
        assertThat(advice.getValue()).hasSize(2_150);
        assertThat(jdbc.queryForObject("select count(*) from feedback_response where request_id = ?",
                Integer.class, requestId)).isZero();
    }

    @Test
    void leaving_the_answer_page_with_advice_typed_asks_first() {
        signIn(peer);
        navigate("feedback/" + requestId);
        test(find(TextArea.class).id("answer-advice")).setValue("Agree on one goal per meeting.");
        navigate("");
        assertThat(currentView()).isInstanceOf(FeedbackRequestView.class);
        var confirm = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).id("discard-confirm");
        assertThat(test(confirm).getHeader()).isEqualTo("Discard your changes?");
        test(confirm).confirm();
        com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
        assertThat(currentView()).isNotInstanceOf(FeedbackRequestView.class);
    }

    /** Picks a rating as a click on its radio button does; the group holds the ratings as numbers. */
    @SuppressWarnings("unchecked")
    @Test
    void the_programs_feedback_overview_costs_the_same_statements_however_many_relationships_its_rounds_belong_to() {
        var fixtures = new PairingTestPrograms(programs, enrolments, directory, users, relationships);
        var pairs = fixtures.activePairs(6070L, 3);
        var people = new TestPeople(6071L);
        var peers = new java.util.HashSet<Long>();
        for (int i = 0; i < 3; i++) {
            peers.add(people.participant(accounts, users).account().id());
        }
        var programId = pairs.get(0).relationship().programId();
        ask(pairs.get(0), peers);
        statementsOfOverview(programId); // the first visit also fills caches that later visits reuse
        long oneRelationship = statementsOfOverview(programId);
        ask(pairs.get(1), peers);
        ask(pairs.get(2), peers);
        long threeRelationships = statementsOfOverview(programId);
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).single().getGenericDataView().getItems().count())
                .isEqualTo(3);
        assertThat(threeRelationships).as("statements with rounds in three relationships").isEqualTo(oneRelationship);
    }

    private void ask(PairingTestPrograms.ActivePair pair, Set<Long> peers) {
        TestPeople.signIn(users, pair.menteeEmail());
        feedback.ask(new AskDraft(pair.relationship().id(), peers, "How do we do?", null));
        TestPeople.signOut();
    }

    private long statementsOfOverview(long programId) {
        signIn("coordinator@rapport.test");
        navigate("profile");
        app.rapport.support.SqlCounter.reset();
        navigate("programs/" + programId + "/feedback");
        return app.rapport.support.SqlCounter.count();
    }

    private void rate(String id, int rating) {
        RadioButtonGroup<Integer> group = find(RadioButtonGroup.class).id(id);
        BasicUtilsKt.checkEditableByUser(group);
        group.setValue(rating);
    }

    @Test
    void nobody_but_the_addressed_peer_opens_the_request() {
        signIn("mentee@rapport.test");
        navigate("feedback/" + requestId);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        signIn("coordinator@rapport.test");
        navigate("feedback/" + requestId);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
