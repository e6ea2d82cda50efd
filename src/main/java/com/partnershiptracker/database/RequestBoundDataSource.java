package com.partnershiptracker.database;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The pool, with a shorter wait for the server on connections taken while a web request is being
 * answered (see {@link RequestDatabaseScope}). The pool puts its own network timeout back when
 * the connection is returned, so work outside requests keeps the longer one.
 */
class RequestBoundDataSource extends DelegatingDataSource {

    private static final Executor DIRECT = Runnable::run;

    private final int requestTimeoutMillis;

    RequestBoundDataSource(DataSource pool, Duration requestTimeout) {
        super(pool);
        this.requestTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, requestTimeout.toMillis()));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bound(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bound(super.getConnection(username, password));
    }

    private Connection bound(Connection connection) throws SQLException {
        if (RequestDatabaseScope.isActive()) {
            try {
                connection.setNetworkTimeout(DIRECT, requestTimeoutMillis);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }
}
