package com.partnershiptracker.database;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs a transactional method once more, on the primary, when its replica connection broke (a replica stopped while
 * pages were read from it), so that a visitor gets the page rather than an error. Only the outermost transactional
 * call is run again, and only while nothing of the response has been sent: an export that was already streaming
 * ends as an incomplete file, as when the primary fails. Only read-only transactions read replicas, so nothing run
 * again has written.
 */
class ReplicaRetry implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive() || ReplicaFailures.onPrimary()) {
            return invocation.proceed();
        }
        ReplicaFailures.forget();
        MethodInvocation again = invocation instanceof ProxyMethodInvocation proxied ? proxied.invocableClone() : null;
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (again == null || !ReplicaFailures.brokeHere() || responseStarted()) {
                throw e;
            }
            ReplicaFailures.readPrimaryFromNow();
            try {
                return again.proceed();
            } finally {
                ReplicaFailures.backFromPrimary();
            }
        } finally {
            ReplicaFailures.forget();
        }
    }

    private static boolean responseStarted() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null && request.getResponse().isCommitted();
    }
}
