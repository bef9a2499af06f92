package app.rapport.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;

/** Only mentors and mentees in their workspaces: the write-heavy side of the load. */
public class ParticipantSimulation extends Simulation {

    private final LoadSettings settings;

    public ParticipantSimulation() {
        settings = LoadSettings.fromSystemProperties();
        setUp(Journeys.participant(settings).injectOpen(rampUsers(settings.users()).during(settings.ramp())))
                .protocols(Journeys.protocol(settings));
    }

    @Override
    public void before() {
        RoundTrips.start();
    }

    @Override
    public void after() {
        RoundTrips.write(settings);
    }
}
