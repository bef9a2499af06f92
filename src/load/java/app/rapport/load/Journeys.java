package app.rapport.load;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The two journeys, as people use Rapport, with a human's 2-5 s between moves. A participant
 * opens home, their relationship's workspace and its progress, logs an interaction through the
 * dialog and checks in; a coordinator opens the programs, pages and filters the participants,
 * looks at the dashboard and into one relationship. Each person signs in once, repeats the
 * journey for the run's duration and signs out; the first failed step ends that person's stay,
 * so one broken answer cannot cascade into hundreds.
 *
 * <p>Choices (format, minutes, ratings, search text, relationship) come from a random seeded per
 * virtual user ({@code -Dseed}), so two runs ask for the same things.
 */
final class Journeys {

    private static final Duration THINK_MIN = Duration.ofSeconds(2);
    private static final Duration THINK_MAX = Duration.ofSeconds(5);
    private static final List<String> FORMATS = List.of("Meeting", "Video call", "Call", "Walk", "Chat");
    private static final List<String> NOTES = List.of("Went through the draft together.",
            "Planned the next step for the goal.", "Talked about a difficult meeting.",
            "Quick catch-up between two deadlines.");
    private static final String RANDOM = "random";

    private Journeys() {
    }

    static HttpProtocolBuilder protocol(LoadSettings settings) {
        return http.baseUrl(settings.baseUrl())
                .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.8")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) RapportLoadTest/1.0")
                .disableWarmUp();
    }

    static ScenarioBuilder participant(LoadSettings settings) {
        return scenario("participant").feed(csv(settings.participantsFile()).circular())
                .exec(seed())
                .exitBlockOnFail().on(
                        exec(Ui.signIn())
                                .during(settings.duration(), false).on(participantRound())
                                .exec(Ui.signOut()));
    }

    static ScenarioBuilder coordinator(LoadSettings settings) {
        var relationships = settings.relationshipIds();
        return scenario("coordinator").feed(csv(settings.coordinatorsFile()).circular())
                .exec(seed())
                .exitBlockOnFail().on(
                        exec(Ui.signIn())
                                .during(settings.duration(), false).on(coordinatorRound(relationships))
                                .exec(Ui.signOut()));
    }

    /** Home, workspace, progress, back to the workspace, log an interaction, check in. */
    private static ChainBuilder participantRound() {
        return exec(think())
                .exec(Ui.navigate("home", s -> "", "Welcome, ", "#workspace-relationships"))
                .exec(think())
                .exec(Ui.navigate("workspace", s -> "relationships/" + s.getString("relationshipId"),
                        "#workspace-facts", "#interactions", "#interaction-log"))
                .exec(think())
                .exec(Ui.navigate("progress", s -> "relationships/" + s.getString("relationshipId") + "/progress",
                        "#progress-health", "#progress-charts"))
                .exec(think())
                .exec(Ui.navigate("workspace", s -> "relationships/" + s.getString("relationshipId"),
                        "#interactions", "#interaction-log"))
                .exec(think())
                .exec(Ui.click("interaction dialog", "interaction-log", "#interaction-save", "#interaction-format"))
                .exec(session -> {
                    var random = random(session);
                    return session.set("format", FORMATS.get(random.nextInt(FORMATS.size())))
                            .set("minutes", 20 + 5 * random.nextInt(15))
                            .set("notes", NOTES.get(random.nextInt(NOTES.size())));
                })
                .exec(think())
                .exec(Ui.choose("interaction format", "interaction-format", s -> s.getString("format")))
                .exec(Ui.typeNumber("interaction minutes", "interaction-minutes", s -> s.getInt("minutes")))
                .exec(Ui.type("interaction notes", "interaction-notes", s -> s.getString("notes"), true))
                .exec(session -> session.set("logged", session.getInt("minutes") + "-minute "
                        + session.getString("format").toLowerCase(Locale.ROOT)))
                .exec(Ui.click("save interaction", "interaction-save", "Interaction logged", "#{logged}"))
                .exec(think())
                .exec(Ui.selectTab("check-ins tab", "tab-check-ins", "#checkin-current", "#checkins"))
                .exec(Ui.clickFirst("check-in dialog", List.of("checkin-open", "checkin-edit-mine"), "#checkin-save"))
                .exec(think())
                .exec(Ui.choose("check-in connection", "checkin-connection", s -> rating(s)))
                .exec(Ui.choose("check-in trust", "checkin-trust", s -> rating(s)))
                .exec(Ui.choose("check-in value", "checkin-value", s -> rating(s)))
                .exec(Ui.click("save check-in", "checkin-save", "Checked in. Thank you! || Check-in updated"))
                .exec(think())
                .exec(Ui.heartbeat());
    }

    /** Programs, participants (two pages further down, then a search), dashboard, one relationship. */
    private static ChainBuilder coordinatorRound(List<Long> relationships) {
        return exec(think())
                .exec(Ui.navigate("programs", s -> "programs", "The mentoring programs you coordinate",
                        "Load data "))
                .exec(think())
                .exec(Ui.navigate("participants", s -> "programs/" + s.getString("programId") + "/participants",
                        "#participant-search", "updateSize", "$connector.set("))
                .exec(think())
                .exec(Ui.scrollGrid("participants scroll", 50, 50, "$connector.set("))
                .exec(think())
                .exec(Ui.scrollGrid("participants scroll", 100, 50, "$connector.set("))
                .exec(session -> session.set("search", String.format(Locale.ROOT, "e%04d",
                        random(session).nextInt(1, 350))))
                .exec(think())
                .exec(Ui.type("participants search", "participant-search", s -> s.getString("search"), true,
                        "updateSize"))
                .exec(think())
                .exec(Ui.navigate("dashboard", s -> "programs/" + s.getString("programId") + "/dashboard",
                        "#figure-active", "#at-risk"))
                .exec(session -> session.set("visit",
                        relationships.get(random(session).nextInt(relationships.size()))))
                .exec(think())
                .exec(Ui.navigate("relationship (coordinator)", s -> "relationships/" + s.get("visit"),
                        "#workspace-facts", "the coordinators' view, read-only"))
                .exec(think())
                .exec(Ui.heartbeat());
    }

    private static ChainBuilder think() {
        return exec(pause(THINK_MIN, THINK_MAX));
    }

    private static ChainBuilder seed() {
        long seed = Long.getLong("seed", 2026L);
        return exec(session -> session.set(RANDOM, new SplittableRandom(seed * 31 + session.userId())));
    }

    private static SplittableRandom random(Session session) {
        return (SplittableRandom) session.get(RANDOM);
    }

    private static String rating(Session session) {
        return String.valueOf(random(session).nextInt(2, 6));
    }
}
