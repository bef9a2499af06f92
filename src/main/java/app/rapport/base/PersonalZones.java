package app.rapport.base;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a person lives, as far as the app knows: the time zone a feature holds for them (the
 * program feature: their enrolment's). Implemented by a feature, so {@code base} depends on none.
 */
public interface PersonalZones {

    /** The person's own zone, or empty when none is known or it is not a valid zone id. */
    Optional<ZoneId> zoneOf(long accountId);
}
