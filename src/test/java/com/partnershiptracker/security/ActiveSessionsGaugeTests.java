package com.partnershiptracker.security;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The session count Prometheus scrapes: unexpired rows, read at most every few seconds, NaN instead of a failed scrape. */
class ActiveSessionsGaugeTests {

    private final MovableClock clock = new MovableClock();

    @Test
    void countsTheSessionsThatHaveNotExpiredAndReadsThemAgainOnlyAfterAFewSeconds() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:sessions-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate sql = new JdbcTemplate(database);
        sql.execute("create table spring_session (primary_id char(36) primary key, expiry_time bigint not null)");
        long now = clock.instant().toEpochMilli();
        sql.update("insert into spring_session values ('a', ?), ('b', ?), ('expired', ?)", now + 60_000, now + 1, now - 1);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new ActiveSessionsGauge(database, clock).bindTo(meters);

        assertThat(meters.get(ActiveSessionsGauge.NAME).gauge().value()).isEqualTo(2);
        sql.update("insert into spring_session values ('c', ?)", now + 60_000);
        assertThat(meters.get(ActiveSessionsGauge.NAME).gauge().value()).as("within the few seconds").isEqualTo(2);

        clock.advance(ActiveSessionsGauge.READ_EVERY);
        assertThat(meters.get(ActiveSessionsGauge.NAME).gauge().value()).as("'b' has expired meanwhile").isEqualTo(2);
        clock.advance(Duration.ofMinutes(2));
        assertThat(meters.get(ActiveSessionsGauge.NAME).gauge().value()).isZero();
    }

    @Test
    void aDatabaseOutOfReachMakesTheGaugeNanInsteadOfFailingTheScrape() {
        DriverManagerDataSource unreachable = new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "nobody", "");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new ActiveSessionsGauge(unreachable, clock).bindTo(meters);

        assertThat(meters.get(ActiveSessionsGauge.NAME).gauge().value()).isNaN();
    }
}
