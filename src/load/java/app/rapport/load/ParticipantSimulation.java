package app.rapport.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

/** Only mentors and mentees in their workspaces: the write-heavy side of the load. */
public class ParticipantSimulation extends LoadSimulation {

    public ParticipantSimulation() {
        setUp(Journeys.participant(settings).injectOpen(rampUsers(settings.users()).during(settings.ramp())))
                .protocols(Journeys.protocol(settings));
    }
}
