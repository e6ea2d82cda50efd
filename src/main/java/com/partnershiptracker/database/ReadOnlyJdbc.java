package com.partnershiptracker.database;

import org.springframework.core.InfrastructureProxy;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * SQL for reads that run outside a transaction but must read where the read-only transactions around them read (the
 * page cache's change stamp, read before the page it guards): with replicas, each statement runs on a connection
 * marked read-only, which the routing DataSource takes from a replica; inside a transaction, on the transaction's
 * own connection, as any JdbcClient does. Without replicas it is the application's JdbcClient.
 */
@Component
public class ReadOnlyJdbc {

    private final JdbcClient client;

    ReadOnlyJdbc(DataSource dataSource, JdbcClient jdbc, Environment environment) {
        boolean replicas = new ReplicasConfigured().matches(environment);
        this.client = replicas ? JdbcClient.create(new ReadOnlyConnections(dataSource)) : jdbc;
    }

    /**
     * Runs the query with the client; a read that a breaking replica connection failed outside a transaction runs
     * once more, on the primary (inside a transaction, ReplicaRetry runs the whole transaction again).
     */
    public <T> T read(Function<JdbcClient, T> query) {
        if (TransactionSynchronizationManager.isActualTransactionActive() || ReplicaFailures.onPrimary()) {
            return query.apply(client);
        }
        ReplicaFailures.forget();
        try {
            return query.apply(client);
        } catch (DataAccessException e) {
            if (!ReplicaFailures.brokeHere()) {
                throw e;
            }
            ReplicaFailures.readPrimaryFromNow();
            try {
                return query.apply(client);
            } finally {
                ReplicaFailures.backFromPrimary();
            }
        } finally {
            ReplicaFailures.forget();
        }
    }

    /** Connections marked read-only; the same transaction resource as the DataSource it wraps. */
    private static final class ReadOnlyConnections extends DelegatingDataSource implements InfrastructureProxy {

        ReadOnlyConnections(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = obtainTargetDataSource().getConnection();
            try {
                connection.setReadOnly(true);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }
    }
}
