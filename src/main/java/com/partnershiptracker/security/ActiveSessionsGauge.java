package com.partnershiptracker.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * app.sessions.active: the sign-ins of every instance that have not expired, counted in spring_session at most
 * once per {@link #READ_EVERY}, however often Prometheus scrapes. While the database is out of reach the gauge is
 * NaN and the scrape still answers: a failed count is kept as long as a good one, so an outage costs each scrape
 * window one wait of at most the pool's connection timeout.
 */
@Component
class ActiveSessionsGauge implements MeterBinder {

    static final String NAME = "app.sessions.active";
    static final Duration READ_EVERY = Duration.ofSeconds(5);
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Reading last = new Reading(Instant.MIN, Double.NaN);

    ActiveSessionsGauge(DataSource database, Clock clock) {
        this.jdbc = new JdbcTemplate(database);
        this.jdbc.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(NAME, this, ActiveSessionsGauge::value)
                .description("Sessions (sign-ins) that have not expired, shared by every instance").register(registry);
    }

    synchronized double value() {
        Instant now = clock.instant();
        if (last.at().plus(READ_EVERY).isAfter(now)) {
            return last.sessions();
        }
        double sessions;
        try {
            Long count = jdbc.queryForObject("select count(*) from spring_session where expiry_time > ?", Long.class,
                    now.toEpochMilli());
            sessions = count == null ? 0 : count;
        } catch (DataAccessException unreachable) {
            sessions = Double.NaN;
        }
        last = new Reading(now, sessions);
        return sessions;
    }

    private record Reading(Instant at, double sessions) {
    }
}
