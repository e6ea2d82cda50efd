package com.partnershiptracker.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Set;

/**
 * The sign-ins of an account, as Spring Session keeps them in the database (indexed by the principal's
 * name), so that ending them reaches every instance of the app at its next request. Without the web side
 * (a command-line run) there is no session repository and so no session to end.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
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
