package app.rapport.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

/**
 * The measure: participants and coordinators together ({@code -DcoordinatorShare}, 10 % by
 * default), {@code -Dusers} people arriving over {@code -Dramp} seconds, each staying
 * {@code -Dduration} seconds.
 */
public class MixedSimulation extends LoadSimulation {

    public MixedSimulation() {
        int coordinators = Math.max(1, (int) Math.round(settings.users() * settings.coordinatorShare()));
        int participants = Math.max(1, settings.users() - coordinators);
        setUp(Journeys.participant(settings).injectOpen(rampUsers(participants).during(settings.ramp())),
                Journeys.coordinator(settings).injectOpen(rampUsers(coordinators).during(settings.ramp())))
                .protocols(Journeys.protocol(settings));
    }
}
