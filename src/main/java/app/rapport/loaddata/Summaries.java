package app.rapport.loaddata;

import app.rapport.workspace.InteractionFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The summaries the app's timeline writes, for the rows load data writes in its place. */
final class Summaries {

    private Summaries() {
    }

    /** As the workspace's timeline tells a relationship's step. */
    static String transition(Pair.Step step) {
        var summary = switch (step.kind()) {
            case "PROPOSED" -> "Pairing proposed";
            case "ACCEPTED" -> step.actorName() + " accepted the pairing";
            case "ACTIVATED" -> "The relationship started";
            case "DECLINED" -> "Declined";
            case "ENDED" -> "Ended early";
            default -> "Completed";
        };
        return step.reason() == null ? summary : summary + ": " + step.reason();
    }

    /** As the interaction service tells a logged interaction. */
    static String interaction(Pair pair, InteractionFormat format, int minutes, String initiator, Help help) {
        var summary = new StringBuilder(format.describe(minutes)).append(", started by ")
                .append(pair.party(initiator).name);
        if (help.askedBy() != null) {
            summary.append("; ").append(pair.party(help.askedBy()).name).append(" asked for help");
        }
        if (help.givenBy() != null) {
            summary.append("; ").append(pair.party(help.givenBy()).name).append(" gave help");
        }
        return summary.toString();
    }

    /** As the timeline tells a round whose answers reached the threshold. */
    static String revealed(List<FeedbackPlanner.Ask> answers) {
        var summary = new StringBuilder("Peer feedback is in: ").append(answers.size()).append(" answers");
        var dimensions = List.of("rapport", "give and take", "communication");
        for (int d = 0; d < dimensions.size(); d++) {
            int dimension = d;
            var rated = answers.stream().map(a -> a.ratings()[dimension]).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).summaryStatistics();
            if (rated.getCount() > 0) {
                summary.append(" · ").append(dimensions.get(d)).append(' ')
                        .append(String.format(Locale.UK, "%.1f", rated.getAverage()));
            }
        }
        return summary.toString();
    }
}
