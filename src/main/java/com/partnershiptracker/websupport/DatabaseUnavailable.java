package com.partnershiptracker.websupport;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * How the site answers while the database cannot be reached or does not answer in time (the
 * exception handlers in ErrorPages and ApiErrors list those failures), as opposed to a fault in
 * the app: 503 with a Retry-After, so visitors and clients know to come back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private static final String OUT_OF_REACH = DatabaseUnavailable.class.getName() + ".outOfReach";

    private DatabaseUnavailable() {
    }

    /**
     * Whether a failure Spring could not classify (a rollback on a connection the server just dropped, say)
     * comes from a lost connection: an SQLException of class 08 (connection exception) in its causes, or the
     * pool's "Connection is closed" (HikariCP gives it no SQL state), which it raises on a connection it has
     * already retired because the server dropped it.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                            || sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure, or one of its causes, is the database being out of reach: the failures the
     * exception handlers answer with 503, or a lost connection. For code outside Spring MVC's handlers,
     * such as a filter around the session store.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof QueryTimeoutException || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException) {
                return true;
            }
        }
        return isConnectionFailure(failure);
    }

    public static void answer(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    /**
     * Answers as {@link #answer(HttpServletResponse)}, and marks the request when the failure is a lost or refused
     * connection rather than a slow statement, for the page renders' line (traffic.RenderTurns) to stop sending
     * readers to a database that does not answer.
     */
    public static void answer(Throwable failure, ServletRequest request, HttpServletResponse response) {
        if (isConnectionFailure(failure)) {
            request.setAttribute(OUT_OF_REACH, Boolean.TRUE);
        }
        answer(response);
    }

    /** Whether the request's answer was a 503 because the database could not be reached at all. */
    public static boolean wasOutOfReach(ServletRequest request) {
        return request.getAttribute(OUT_OF_REACH) != null;
    }
}
