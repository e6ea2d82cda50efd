package com.partnershiptracker.database;

import org.springframework.jdbc.datasource.AbstractDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The data source of read-only transactions (LazyConnectionDataSourceProxy's read-only data source): a usable
 * replica, taken in turn, or the primary when none is usable, when the session must see a save no usable replica has
 * replayed yet ({@link ReadYourWrites}), or when taking the replica's connection fails. Within a web request, the
 * first choice holds for the rest of it ({@link RequestReadTarget}), except that a replica that became unusable is
 * left for the primary, which is never behind it.
 */
class ReadTargetRouter extends AbstractDataSource {

    private final DataSource primary;
    private final List<Replica> replicas;
    private final ReadYourWrites readYourWrites;
    private final ReplicaMetrics metrics;
    private final AtomicInteger turn = new AtomicInteger();

    ReadTargetRouter(DataSource primary, List<Replica> replicas, ReadYourWrites readYourWrites, ReplicaMetrics metrics) {
        this.primary = primary;
        this.replicas = replicas;
        this.readYourWrites = readYourWrites;
        this.metrics = metrics;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReplicaFailures.onPrimary()) {
            return fromPrimary();
        }
        Integer chosen = RequestReadTarget.chosen();
        if (chosen != null) {
            return chosen == RequestReadTarget.PRIMARY ? fromPrimary() : fromChosen(replicas.get(chosen));
        }
        Replica replica = next(readYourWrites.positionToSee());
        if (replica == null) {
            if (replicas.stream().noneMatch(Replica::usable)) {
                metrics.fellBack(replicas.stream().anyMatch(Replica::lagging));
            }
            RequestReadTarget.choose(RequestReadTarget.PRIMARY);
            return fromPrimary();
        }
        return fromChosen(replica);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Replicas are read with their configured credentials");
    }

    private Replica next(long positionToSee) {
        int start = Math.floorMod(turn.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            Replica replica = replicas.get((start + i) % replicas.size());
            if (replica.usable() && (positionToSee == ReadYourWrites.NONE || replica.replayedLsn() >= positionToSee)) {
                return replica;
            }
        }
        return null;
    }

    private Connection fromChosen(Replica replica) throws SQLException {
        if (replica.usable()) {
            try {
                Connection connection = replica.pool().getConnection();
                RequestReadTarget.choose(replica.index());
                metrics.readFromReplica();
                return connection;
            } catch (SQLException e) {
                replica.down(e);
            }
        }
        metrics.fellBack(replica.lagging());
        RequestReadTarget.choose(RequestReadTarget.PRIMARY);
        return fromPrimary();
    }

    private Connection fromPrimary() throws SQLException {
        Connection connection = primary.getConnection();
        try {
            // The proxy leaves read-only to the read-only data source; the primary is asked to enforce it, as it
            // was before replicas.
            connection.setReadOnly(true);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        metrics.readFromPrimary();
        return connection;
    }
}
