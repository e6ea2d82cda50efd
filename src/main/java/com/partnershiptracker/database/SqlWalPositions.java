package com.partnershiptracker.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Properties;

/**
 * Asks the servers themselves. Each replica is asked over one connection of the checker's own, outside its pool, so
 * that a pool busy with page reads never makes a healthy replica look down; a failed connection is opened anew at
 * the next check.
 */
class SqlWalPositions implements WalPositions, AutoCloseable {

    private static final String PRIMARY_LSN = "select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint";
    private static final String REPLAY = "select pg_is_in_recovery(), (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint,"
            + " extract(epoch from now() - pg_last_xact_replay_timestamp())::float8";

    private final JdbcTemplate primary;
    private final List<SingleConnectionDataSource> replicas;

    SqlWalPositions(DataSource primary, List<ReplicaAddress> replicas, int timeoutSeconds) {
        this.primary = new JdbcTemplate(primary);
        this.replicas = replicas.stream().map(address -> checkerConnection(address, timeoutSeconds)).toList();
    }

    private static SingleConnectionDataSource checkerConnection(ReplicaAddress address, int timeoutSeconds) {
        SingleConnectionDataSource connection = new SingleConnectionDataSource(
                address.jdbcUrl(), address.username(), address.password(), true);
        Properties timeouts = new Properties();
        timeouts.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
        timeouts.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
        timeouts.setProperty("socketTimeout", Integer.toString(timeoutSeconds));
        timeouts.setProperty("ApplicationName", "partnership-tracker replica check");
        connection.setConnectionProperties(timeouts);
        return connection;
    }

    @Override
    public long primaryLsn() {
        return primary.queryForObject(PRIMARY_LSN, Long.class);
    }

    @Override
    public ReplayPosition replica(int index) {
        SingleConnectionDataSource connection = replicas.get(index);
        try {
            return new JdbcTemplate(connection).queryForObject(REPLAY, (row, number) -> new ReplayPosition(
                    row.getBoolean(1), row.getObject(2, Long.class), row.getObject(3, Double.class)));
        } catch (RuntimeException e) {
            connection.resetConnection();
            throw e;
        }
    }

    @Override
    public void close() {
        replicas.forEach(SingleConnectionDataSource::destroy);
    }
}
