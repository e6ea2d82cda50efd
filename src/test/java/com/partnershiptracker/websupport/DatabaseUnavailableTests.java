package com.partnershiptracker.websupport;

import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTests {

    @Test
    void treatsARollbackOnAConnectionTheServerDroppedAsTheDatabaseBeingOutOfReach() {
        // What Hibernate reports when the server went away mid-transaction: the pool's closed connection, no SQL state.
        JpaSystemException rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));

        assertThat(DatabaseUnavailable.isConnectionFailure(rollback)).isTrue();
        assertThat(DatabaseUnavailable.isConnectionFailure(new SQLTransientConnectionException("timed out"))).isTrue();
        assertThat(DatabaseUnavailable.isConnectionFailure(new SQLException("An I/O error occurred", "08006"))).isTrue();
    }

    @Test
    void leavesOtherUncategorizedFailuresAsFaultsOfTheApp() {
        assertThat(DatabaseUnavailable.isConnectionFailure(new JpaSystemException(
                new RuntimeException(new SQLException("syntax error", "42601"))))).isFalse();
        assertThat(DatabaseUnavailable.isConnectionFailure(new IllegalStateException("no"))).isFalse();
    }
}
