package app.rapport.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

/** Only coordinators: large grids, the dashboard, read-only workspaces. */
public class CoordinatorSimulation extends LoadSimulation {

    public CoordinatorSimulation() {
        setUp(Journeys.coordinator(settings).injectOpen(rampUsers(settings.users()).during(settings.ramp())))
                .protocols(Journeys.protocol(settings));
    }
}
