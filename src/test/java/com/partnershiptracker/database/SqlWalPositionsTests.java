package com.partnershiptracker.database;

import com.partnershiptracker.support.PostgresTestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checker's SQL on a real PostgreSQL server: a primary's position, a server that is no standby, one that is gone. */
class SqlWalPositionsTests {

    static String database;
    static HikariDataSource primary;
    static SqlWalPositions positions;

    @BeforeAll
    static void aPrimaryAndTwoReplicaAddresses() {
        database = PostgresTestDatabase.createEmpty("walpositions");
        primary = new HikariDataSource();
        primary.setJdbcUrl(PostgresTestDatabase.urlOf(database));
        primary.setUsername(PostgresTestDatabase.username());
        primary.setPassword(PostgresTestDatabase.password());
        primary.setMaximumPoolSize(1);
        positions = new SqlWalPositions(primary, List.of(
                new ReplicaAddress(PostgresTestDatabase.urlOf(database), PostgresTestDatabase.username(), PostgresTestDatabase.password()),
                new ReplicaAddress("jdbc:postgresql://127.0.0.1:1/nowhere", "nobody", "")), 1);
    }

    @AfterAll
    static void dropIt() {
        positions.close();
        primary.close();
        PostgresTestDatabase.drop(database);
    }

    @Test
    void readsThePrimarysWalPositionWhichOnlyGrows() {
        long before = positions.primaryLsn();
        new org.springframework.jdbc.core.JdbcTemplate(primary).execute("create table wal_moves (id int); insert into wal_moves values (1)");

        assertThat(before).isPositive();
        assertThat(positions.primaryLsn()).isGreaterThan(before);
    }

    @Test
    void aServerThatIsNoStandbyReportsNoReplay() {
        WalPositions.ReplayPosition position = positions.replica(0);

        assertThat(position.inRecovery()).isFalse();
        assertThat(position.replayedLsn()).isNull();
        assertThat(position.lastReplayAgeSeconds()).isNull();
    }

    @Test
    void aServerThatCannotBeReachedFailsTheCheckEveryTime() {
        assertThatThrownBy(() -> positions.replica(1)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> positions.replica(1)).isInstanceOf(DataAccessException.class);
        assertThat(positions.replica(0).inRecovery()).isFalse();
    }
}
