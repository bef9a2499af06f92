package app.rapport.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;

/** Only coordinators: large grids, the dashboard, read-only workspaces. */
public class CoordinatorSimulation extends Simulation {

    private final LoadSettings settings;

    public CoordinatorSimulation() {
        settings = LoadSettings.fromSystemProperties();
        setUp(Journeys.coordinator(settings).injectOpen(rampUsers(settings.users()).during(settings.ramp())))
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
