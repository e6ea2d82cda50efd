package com.partnershiptracker.database;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.util.List;

/** The primary's pool and one pool per replica, each as the application uses it (request-bound), closed together. */
record ReplicaPools(HikariDataSource primaryPool, DataSource primary, List<HikariDataSource> replicaPools,
                    List<Replica> replicas) implements AutoCloseable {

    @Override
    public void close() {
        replicaPools.forEach(HikariDataSource::close);
        primaryPool.close();
    }
}
