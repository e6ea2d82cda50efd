package com.partnershiptracker.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.UUID;

/**
 * The throttle's tables alone, made by the V11 migration itself in an H2 in-memory database in
 * PostgreSQL mode (the mode of the app's embedded database), for tests that need the throttle
 * without the application.
 */
final class ThrottleTables {

    static final String MIGRATION = "db/migration/V11__keep_sign_in_throttle_in_tables.sql";

    private ThrottleTables() {
    }

    /** A fresh, empty database of the test's own. */
    static DataSource inMemory() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource(MIGRATION)).execute(database);
        return database;
    }

    static LoginThrottle throttle(DataSource database, Clock clock) {
        return throttle(database, clock, new SimpleMeterRegistry());
    }

    static LoginThrottle throttle(DataSource database, Clock clock, MeterRegistry meters) {
        return new LoginThrottle(new JdbcTemplate(database), new DataSourceTransactionManager(database), clock, meters);
    }

    static DeviceCookies deviceCookies(DataSource database, Clock clock) {
        return new DeviceCookies(new JdbcTemplate(database), clock);
    }

    static int rows(DataSource database, String table) {
        Integer count = new JdbcTemplate(database).queryForObject("select count(*) from " + table, Integer.class);
        return count == null ? 0 : count;
    }
}
