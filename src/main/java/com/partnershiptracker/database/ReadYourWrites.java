package com.partnershiptracker.database;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;

/**
 * Lets a session read what it saved. When a transaction that may have written commits during a request that has a
 * session (a signed-in editor's), the primary's WAL position after it is kept in the session, which Spring Session
 * shares between instances; that session's read-only work then goes to a replica only once the replica has replayed
 * that position, or once {@code app.replica.read-your-writes} has passed. A request without a session pays nothing.
 * The attribute is a plain string ("lsn@epoch-millis"), so any instance of any version reads it.
 */
class ReadYourWrites implements TransactionExecutionListener {

    static final String ATTRIBUTE = "database.readYourWrites";

    /** No position to wait for. */
    static final long NONE = -1;

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    private final WalPositions positions;
    private final Duration window;
    private final Clock clock;

    ReadYourWrites(WalPositions positions, Duration window, Clock clock) {
        this.positions = positions;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
            return;
        }
        HttpSession session = currentSession();
        if (session == null) {
            return;
        }
        long saved;
        try {
            saved = positions.primaryLsn();
        } catch (RuntimeException e) {
            // Not knowing the position, wait out the window.
            log.debug("Could not read the primary's WAL position after a commit", e);
            saved = Long.MAX_VALUE;
        }
        session.setAttribute(ATTRIBUTE, saved + "@" + clock.millis());
        RequestReadTarget.choose(RequestReadTarget.PRIMARY);
    }

    /** The WAL position the current session's reads must see, or {@link #NONE}. */
    long positionToSee() {
        HttpSession session = currentSession();
        if (session == null || window.isZero() || !(session.getAttribute(ATTRIBUTE) instanceof String kept)) {
            return NONE;
        }
        int at = kept.indexOf('@');
        try {
            long savedAt = Long.parseLong(kept.substring(at + 1));
            if (at < 0 || clock.millis() - savedAt > window.toMillis()) {
                return NONE;
            }
            return Long.parseLong(kept.substring(0, at));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    private static HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getSession(false);
        }
        return null;
    }
}
