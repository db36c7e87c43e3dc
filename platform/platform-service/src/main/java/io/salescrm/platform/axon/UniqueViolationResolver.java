package io.salescrm.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognises a unique-constraint violation by its standard SQLSTATE 23505, which H2 and PostgreSQL both report.
 * Axon then turns a second creation of the same aggregate into an AggregateStreamCreationException and a
 * concurrent append into a ConcurrencyException (both answered as 409), instead of a generic store failure.
 */
public class UniqueViolationResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
