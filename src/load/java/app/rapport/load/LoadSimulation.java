package app.rapport.load;

import io.gatling.javaapi.core.Simulation;

/**
 * What every Rapport simulation shares: the run's settings from the system properties, and the
 * record of signed-in round trips ({@link RoundTrips}) started before the run and written after it.
 */
abstract class LoadSimulation extends Simulation {

    protected final LoadSettings settings = LoadSettings.fromSystemProperties();

    @Override
    public void before() {
        RoundTrips.start();
    }

    @Override
    public void after() {
        RoundTrips.write(settings);
    }
}
