package app.rapport.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops one known, harmless notice from a clean start on MariaDB: the early migrations name their
 * primary keys ({@code CONSTRAINT pk_... PRIMARY KEY}), MariaDB always calls a primary key
 * {@code PRIMARY} and says so once per table (note 1280), and Flyway passes each note on as a
 * warning. Landed migrations are never edited and new ones name no primary key, so nothing is
 * lost; every other database warning is still logged. Installed by {@code logback-spring.xml}.
 */
public final class PrimaryKeyNameNotice extends TurboFilter {

    static final String FLYWAY_EXECUTOR = "org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (format != null && level == Level.WARN && FLYWAY_EXECUTOR.equals(logger.getName())
                && format.contains("ignored for PRIMARY key") && format.contains("Error Code: 1280")) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
