package app.rapport.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the id a route's path carries, such as {@code programId} in {@code programs/:programId}. Every
 * route that takes an id reads it here: {@code RouteParameters.getLong} throws on {@code abc} or
 * {@code 1e3}, which opened the internal-error page and logged a stack trace for a mistyped address.
 */
public final class RouteIds {

    // Ids are database keys counted up from 1; eighteen digits always fit a long, and no key gets that far.
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private RouteIds() {
    }

    /**
     * The id, or empty when the path holds anything that cannot be one: the caller then answers as for
     * an id that names nothing, with the not-found page.
     */
    public static Optional<Long> id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(v -> ID.matcher(v).matches()).map(Long::valueOf);
    }
}
