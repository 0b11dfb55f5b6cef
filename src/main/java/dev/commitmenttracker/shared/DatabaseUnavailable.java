package dev.commitmenttracker.shared;

import jakarta.persistence.PersistenceException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/** The database could not serve a request: a fault of ours, answered 503, never blamed on the client. */
public class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether a failure was caused by the database somewhere down its cause chain. */
    public static boolean isDatabaseFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException
                    || t instanceof DataAccessException
                    || t instanceof PersistenceException
                    || t instanceof TransactionException
                    || t instanceof DatabaseUnavailable) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure was the database out of reach (no connection in time, a connection refused, lost or silent
     * past its timeout) rather than a refusal by a database that answered: then asking it again within the same request
     * only makes the caller wait longer.
     */
    public static boolean isConnectionFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SocketTimeoutException
                    || (t instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
