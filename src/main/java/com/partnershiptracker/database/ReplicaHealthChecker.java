package com.partnershiptracker.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Checks every replica every {@code app.replica.check-interval} (1 s) on a thread of its own: the primary's WAL
 * position first, then each replica's replay, from which {@link ReplicaLag} tells its lag. The first check runs at
 * start-up, so that the first reads already know which replicas answer.
 */
class ReplicaHealthChecker implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplicaHealthChecker.class);

    private final List<Replica> replicas;
    private final WalPositions positions;
    private final ReplicaLag lag;
    private final Duration interval;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "replica-check");
        thread.setDaemon(true);
        return thread;
    });

    ReplicaHealthChecker(List<Replica> replicas, WalPositions positions, Duration maxLag, Duration interval) {
        this.replicas = replicas;
        this.positions = positions;
        this.lag = new ReplicaLag(maxLag.multipliedBy(3).plusSeconds(10));
        this.interval = interval;
    }

    @Override
    public void afterPropertiesSet() {
        checkNow();
        long millis = Math.max(100, interval.toMillis());
        checks.scheduleWithFixedDelay(this::checkNow, millis, millis, TimeUnit.MILLISECONDS);
    }

    void checkNow() {
        try {
            lag.primaryWasAt(positions.primaryLsn(), System.nanoTime());
        } catch (RuntimeException e) {
            log.debug("Could not read the primary's WAL position", e);
        }
        for (Replica replica : replicas) {
            try {
                WalPositions.ReplayPosition position = positions.replica(replica.index());
                long replayed = !position.inRecovery() ? Long.MAX_VALUE
                        : position.replayedLsn() == null ? -1 : position.replayedLsn();
                if (replica.usable() || poolGivesAConnection(replica)) {
                    replica.answered(lag.secondsBehind(position, System.nanoTime()), replayed);
                }
            } catch (RuntimeException e) {
                replica.down(e);
            }
        }
    }

    // A replica back from a restart answers the check before its pool, which waits between attempts after failures,
    // has a connection again: it is read only once the pool has one, so that no visitor waits for it.
    private static boolean poolGivesAConnection(Replica replica) {
        try (Connection connection = replica.pool().getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            replica.down(e);
            return false;
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
