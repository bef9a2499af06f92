package app.rapport.progress;

import app.rapport.progress.Health.Effect;
import app.rapport.progress.Health.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reasons kept in one text column: a line per reason, "-", "=" or "+" for its effect, a space, its text. */
final class ReasonText {

    private ReasonText() {
    }

    static String encode(List<Reason> reasons) {
        return reasons.stream().map(r -> sign(r.effect()) + " " + r.text().replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }

    static List<Reason> decode(String text) {
        var reasons = new ArrayList<Reason>();
        if (text == null || text.isEmpty()) {
            return reasons;
        }
        for (var line : text.split("\n")) {
            var effect = switch (line.charAt(0)) {
                case '-' -> Effect.LOWERS;
                case '+' -> Effect.LIFTS;
                default -> Effect.NOTE;
            };
            reasons.add(new Reason(effect, line.substring(2)));
        }
        return reasons;
    }

    private static String sign(Effect effect) {
        return switch (effect) {
            case LOWERS -> "-";
            case NOTE -> "=";
            case LIFTS -> "+";
        };
    }
}
