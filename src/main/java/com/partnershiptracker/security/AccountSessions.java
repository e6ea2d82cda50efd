package com.partnershiptracker.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Set;

/**
 * The sign-ins of an account, as Spring Session keeps them in the database (indexed by the principal's
 * name), so that ending them reaches every instance of the app at its next request. Without the web side
 * (a command-line run, such as a password reset) there is no session repository, so the account's rows are
 * deleted from Spring Session's table directly.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    private final JdbcClient jdbc;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** Ends every session of the account. */
    void endAll(String username) {
        endAllBut(username, null);
    }

    /**
     * Ends every session of the account except the one with this id (the caller's own). Within a
     * transaction they end once it has committed, so that no one signs in again before the change that
     * ended their sessions is visible.
     */
    void endAllBut(String username, String keptSessionId) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        if (sessions == null) {
            // Its attributes go with it (on delete cascade); in the caller's transaction, so it commits with the change.
            jdbc.sql("delete from spring_session where principal_name = :username and session_id <> :kept")
                    .param("username", username).param("kept", keptSessionId == null ? "" : keptSessionId).update();
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endNow(sessions, username, keptSessionId);
                }
            });
        } else {
            endNow(sessions, username, keptSessionId);
        }
    }

    // Looked up once the change has committed: a session opened meanwhile must end too.
    private static void endNow(FindByIndexNameSessionRepository<? extends Session> sessions, String username,
                               String keptSessionId) {
        for (String id : Set.copyOf(sessions.findByPrincipalName(username).keySet())) {
            if (!id.equals(keptSessionId)) {
                sessions.deleteById(id);
            }
        }
    }

    int count(String username) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        return sessions == null ? 0 : sessions.findByPrincipalName(username).size();
    }
}
