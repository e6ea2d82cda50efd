package com.partnershiptracker.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the test run PostgreSQL databases of its own on the shared server (one with the schema
 * alone, one with the seed data too), so that tests never
 * touch another database and two runs in a row start alike. The database is created on first use,
 * named after the time and the process, and dropped when the JVM exits. Databases that an earlier,
 * killed run left behind are dropped by the next run (see dropAbandoned).
 *
 * <p>The server defaults to the one on these machines (127.0.0.1:5432, user postgres, trust auth);
 * TEST_DATABASE_ADMIN_URL, TEST_DATABASE_USERNAME and TEST_DATABASE_PASSWORD override it.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String PREFIX = "pt_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String ADMIN_URL = env("TEST_DATABASE_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USERNAME = env("TEST_DATABASE_USERNAME", "postgres");
    private static final String PASSWORD = env("TEST_DATABASE_PASSWORD", "");

    private static final Map<String, String> DATABASES = new HashMap<>();

    private final String flavour;
    private static final String PAGE_CACHE = "app.page-cache.enabled";

    private final String flywayLocations;

    /** The schema alone, without the seed data: for tests that build their own records. */
    public PostgresTestDatabase() {
        this("schema", "classpath:db/migration,classpath:db/vendor/{vendor}");
    }

    protected PostgresTestDatabase(String flavour, String flywayLocations) {
        this.flavour = flavour;
        this.flywayLocations = flywayLocations;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = database(flavour);
        TestPropertyValues.of(
                "spring.datasource.url=" + urlOf(name),
                "spring.datasource.username=" + USERNAME,
                "spring.datasource.password=" + PASSWORD,
                "spring.flyway.locations=" + flywayLocations,
                // Every cached test context keeps its pool open: small pools let two runs share one server.
                "spring.datasource.hikari.maximum-pool-size=3",
                "spring.datasource.hikari.minimum-idle=1",
                // Production's 310,000 PBKDF2 iterations cost most of the security tests' time (each signs in
                // dozens of times); what they test does not depend on the count.
                "app.password.pbkdf2-iterations=10000"
        ).applyTo(context.getEnvironment());
        if (!setByTheTest(context, PAGE_CACHE)) {
            // Tests see every page rendered and count its statements; PageCacheTests turns the cache on.
            TestPropertyValues.of(PAGE_CACHE + "=false").applyTo(context.getEnvironment());
        }
    }

    // application.properties turns the cache on, so only the test's own properties count here.
    private static boolean setByTheTest(ConfigurableApplicationContext context, String property) {
        PropertySource<?> inlined = context.getEnvironment().getPropertySources().get(
                TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
        return inlined != null && inlined.containsProperty(property);
    }

    /** The schema with the seed data, as a fresh installation has it. */
    public static class Seeded extends PostgresTestDatabase {

        public Seeded() {
            super("seeded", "classpath:db/migration,classpath:db/seed,classpath:db/vendor/{vendor}");
        }
    }

    /**
     * The seed data in a database of its own, for tests that fill it with hostile input (fuzzed
     * forms, stored XSS) and must not leave it where other tests read the seed.
     */
    public static class Hostile extends PostgresTestDatabase {

        public Hostile() {
            super("hostile", "classpath:db/migration,classpath:db/seed,classpath:db/vendor/{vendor}");
        }
    }

    /**
     * The seed data in a database of its own, for the tests with review required: they publish drafts, and
     * leave the records and revisions that makes where no other test reads the seed.
     */
    public static class Reviewed extends PostgresTestDatabase {

        public Reviewed() {
            super("reviewed", "classpath:db/migration,classpath:db/seed,classpath:db/vendor/{vendor}");
        }
    }

    private static synchronized String database(String flavour) {
        String databaseName = DATABASES.get(flavour);
        if (databaseName == null) {
            String name = PREFIX + LocalDateTime.now().format(STAMP) + "_" + ProcessHandle.current().pid() + "_" + flavour;
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, USERNAME, PASSWORD);
                 Statement sql = admin.createStatement()) {
                dropAbandoned(admin);
                sql.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database on " + ADMIN_URL
                        + ". Is PostgreSQL running? (.ci/run starts it)", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop-test-database"));
            DATABASES.put(flavour, name);
            databaseName = name;
        }
        return databaseName;
    }

    /**
     * An empty database of the test's own, named like this run's others (so that one a killed run
     * leaves behind is dropped like them); the caller drops it with {@link #drop(String)}, and it
     * is dropped when the JVM exits in any case.
     */
    public static String createEmpty(String purpose) {
        String name = PREFIX + LocalDateTime.now().format(STAMP) + "_" + ProcessHandle.current().pid() + "_" + purpose;
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USERNAME, PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + " on " + ADMIN_URL, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop-test-database"));
        return name;
    }

    /** Whether a database of that name exists on the test server. */
    public static boolean exists(String name) {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USERNAME, PASSWORD);
             java.sql.PreparedStatement sql = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            sql.setString(1, name);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection to one of the test's databases. */
    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(urlOf(name), USERNAME, PASSWORD);
    }

    public static String username() {
        return USERNAME;
    }

    public static String password() {
        return PASSWORD;
    }

    /** The properties that point an application at one of the test's databases. */
    public static String[] datasourceProperties(String name) {
        return new String[] {"spring.datasource.url=" + urlOf(name), "spring.datasource.username=" + USERNAME,
                "spring.datasource.password=" + PASSWORD};
    }

    /**
     * Drops the databases of earlier runs that can no longer be running: those whose process (named in
     * the database's name) is gone from this machine, when the server is local, and any older than six
     * hours. A run whose JVM was killed before its shutdown hooks finished leaves its databases behind.
     */
    private static void dropAbandoned(Connection admin) throws SQLException {
        String cutoff = LocalDateTime.now().minusHours(6).format(STAMP);
        boolean localServer = ADMIN_URL.contains("//127.0.0.1") || ADMIN_URL.contains("//localhost");
        List<String> abandoned = new ArrayList<>();
        try (Statement sql = admin.createStatement();
             ResultSet rows = sql.executeQuery("select datname from pg_database where datname like 'pt\\_test\\_%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                boolean old = parts[0].length() == 14 && parts[0].compareTo(cutoff) < 0;
                boolean orphaned = localServer && parts.length > 1 && isGoneProcess(parts[1]);
                if (old || orphaned) {
                    abandoned.add(name);
                }
            }
        }
        for (String name : abandoned) {
            try (Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static boolean isGoneProcess(String pid) {
        if (!pid.matches("\\d{1,10}")) {
            return false;
        }
        long id = Long.parseLong(pid);
        return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(process -> !process.isAlive()).orElse(true);
    }

    /** Drops one of the test's databases, also while connections to it are open; tries three times. */
    public static void drop(String name) {
        for (int attempt = 1; ; attempt++) {
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, USERNAME, PASSWORD);
                 Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + name + " with (force)");
                return;
            } catch (SQLException e) {
                if (attempt == 3) {
                    System.err.println("Could not drop test database " + name + ": " + e.getMessage());
                    return;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public static String urlOf(String name) {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
