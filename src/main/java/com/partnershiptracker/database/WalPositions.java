package com.partnershiptracker.database;

/**
 * Where the primary's write-ahead log is and how far each replica has replayed it, in bytes of WAL
 * ({@code pg_lsn - '0/0'}). A call throws a DataAccessException when its server cannot be reached.
 */
interface WalPositions {

    /** {@code pg_current_wal_lsn()} on the primary. */
    long primaryLsn();

    /** What replica {@code index} reports about its replay. */
    ReplayPosition replica(int index);

    /**
     * A replica's replay: whether it is in recovery (a streaming standby), the WAL position it has replayed (null
     * when not in recovery or before its first replay), and how old the last transaction it replayed is, in seconds
     * (null likewise). That age grows while the primary is idle, so it is a lag only when the replica is behind.
     */
    record ReplayPosition(boolean inRecovery, Long replayedLsn, Double lastReplayAgeSeconds) {
    }
}
