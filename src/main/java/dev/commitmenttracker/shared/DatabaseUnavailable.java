package dev.commitmenttracker.shared;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
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
}
