package app.rapport.feedback;

import app.rapport.base.ActingAs;
import app.rapport.base.Days;
import app.rapport.base.DemoSeeding;
import app.rapport.base.DemoStage;
import app.rapport.base.DemoStep;
import app.rapport.pairing.RelationshipFilter;
import app.rapport.pairing.RelationshipService;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.security.PeopleService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo pair's peer feedback, asked and answered through the service by the people who would:
 * a round Lena asked three months ago, answered by three colleagues (one signed) and so revealed;
 * and a round Daniel asked three days ago that waits for {@code peer@rapport.test}.
 */
@Component
class FeedbackDemoData implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

    private final RelationshipService relationships;
    private final PeopleService directory;
    private final FeedbackRoundService feedback;
    private final PeerRequestService peers;
    private final ActingAs acting;
    private final Clock clock;

    FeedbackDemoData(RelationshipService relationships, PeopleService directory, FeedbackRoundService feedback,
            PeerRequestService peers, ActingAs acting, Clock clock) {
        this.relationships = relationships;
        this.directory = directory;
        this.feedback = feedback;
        this.peers = peers;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.FEEDBACK;
    }

    @Override
    public void seed(DemoSeeding.Demo demo) {
        var program = demo.programId().orElse(null);
        if (program == null) {
            return;
        }
        var main = acting.as("coordinator@rapport.test", () -> relationships.search(program,
                new RelationshipFilter(Set.of(RelationshipStatus.ACTIVE), "Lena Fischer"), 0, 10, null)).stream()
                .filter(r -> r.mentorName().equals("Daniel Okafor")).findFirst().orElse(null);
        if (main == null || !acting.as("mentee@rapport.test", () -> feedback.rounds(main.id())).isEmpty()) {
            return;
        }
        seed(main.id());
        log.info("Demo peer feedback seeded: one revealed round and one waiting for peer@rapport.test");
    }

    private void seed(long relationshipId) {
        var now = clock.instant();
        var colleagueIds = acting.as("admin@rapport.test", () -> ids(List.of("amara.diallo@rapport.test",
                "jonas.berg@rapport.test", "carlos.mendes@rapport.test", "hannah.kim@rapport.test")));
        var peerIds = acting.as("admin@rapport.test",
                () -> ids(List.of("peer@rapport.test", "mei.tanaka@rapport.test", "hannah.kim@rapport.test")));
        var asked = now.minus(Duration.ofDays(92));
        acting.at(asked, "mentee@rapport.test", () -> feedback.ask(new AskDraft(relationshipId, colleagueIds,
                "You have seen Daniel and me in the planning reviews. What one thing should we change?",
                day(asked).plusDays(14))));
        answer("amara.diallo@rapport.test", asked.plus(Duration.ofDays(2)), new FeedbackAnswer(4, 3, 4,
                "Let Lena finish her point before Daniel adds the sales angle; she often stops halfway.", true));
        answer("jonas.berg@rapport.test", asked.plus(Duration.ofDays(5)), new FeedbackAnswer(5, 4, null,
                "Bring one hard number each to the review, and decide together who presents it.", false));
        answer("carlos.mendes@rapport.test", asked.plus(Duration.ofDays(9)), new FeedbackAnswer(4, 4, 3,
                "Daniel could ask Lena for help more openly: the team would see it goes both ways.", false));

        var recent = now.minus(Duration.ofDays(3));
        acting.at(recent, "mentor@rapport.test", () -> feedback.ask(new AskDraft(relationshipId, peerIds,
                "How did Lena's all-hands talk come across, and how did I do as her sparring partner?",
                day(recent).plusDays(14))));
    }

    /** The peer answers the one request they have. */
    private void answer(String peer, Instant when, FeedbackAnswer answer) {
        acting.at(when, peer, () -> {
            var item = peers.inbox().stream().filter(i -> i.status() == RequestStatus.OPEN).findFirst()
                    .orElseThrow();
            var request = peers.request(item.requestId());
            return peers.answer(request.requestId(), request.version(), answer);
        });
    }

    private Set<Long> ids(List<String> emails) {
        return emails.stream().map(e -> directory.findByEmail(e).orElseThrow().id()).collect(Collectors.toSet());
    }

    private static LocalDate day(Instant at) {
        return Days.of(at);
    }


}
