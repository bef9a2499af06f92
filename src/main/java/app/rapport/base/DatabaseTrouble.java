package app.rapport.base;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (down, restarting, the pool waiting in vain for a
 * connection) from any other failure, so people see "try again in a minute" rather than an error
 * they might think they caused. The app needs no restart: the pool reconnects once the database is back.
 */
public final class DatabaseTrouble {

    public static final String MESSAGE = "Rapport cannot reach its database right now. What you saved before is "
            + "safe; try again in a minute.";

    private DatabaseTrouble() {
    }

    /** Whether the failure, or anything that caused it, is the database being out of reach. */
    public static boolean isUnreachable(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
