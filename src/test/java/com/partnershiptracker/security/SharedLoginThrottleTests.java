package com.partnershiptracker.security;

import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.PostgresTestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the throttle, each with a connection pool of its own as two app instances
 * have, on one PostgreSQL database with the V11 tables: they share the counts, and concurrent
 * attempts through both never get past a limit.
 */
class SharedLoginThrottleTests {

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Login guessing");

    private static String databaseName;
    private static HikariDataSource first;
    private static HikariDataSource second;

    private final MovableClock clock = new MovableClock();

    @BeforeAll
    static void createTheTables() {
        databaseName = PostgresTestDatabase.createEmpty("throttle");
        first = pool("first");
        second = pool("second");
        new ResourceDatabasePopulator(new ClassPathResource(ThrottleTables.MIGRATION)).execute(first);
    }

    @AfterAll
    static void dropTheDatabase() {
        first.close();
        second.close();
        PostgresTestDatabase.drop(databaseName);
    }

    @Test
    void twoInstancesSeeTheSameCounts() {
        LoginThrottle one = ThrottleTables.throttle(first, clock);
        LoginThrottle other = ThrottleTables.throttle(second, clock);
        int admitted = 0;
        for (int i = 0; i < 8; i++) {
            admitted += (i % 2 == 0 ? one : other).admit("shared-account", "192.0.2." + i, null).isPresent() ? 1 : 0;
        }
        boolean oneSeesTheOthers = one.recentChecks(LoginThrottle.accountKey("shared-account")) == 8;
        admitted += one.admit("shared-account", "192.0.2.100", null).isPresent() ? 1 : 0;
        admitted += other.admit("shared-account", "192.0.2.101", null).isPresent() ? 1 : 0;
        boolean eleventh = one.admit("shared-account", "192.0.2.102", null).isPresent()
                || other.admit("shared-account", "192.0.2.103", null).isPresent();
        String cookie = ThrottleTables.deviceCookies(first, clock).issue("shared-account", false).getValue();
        boolean cookieAcrossInstances = ThrottleTables.deviceCookies(second, clock).deviceOf(cookie, "shared-account").isPresent();
        MARKS.record("PostgreSQL: two app instances share the counts and the device cookie key", String.format(
                "alternating between two instances: %d checks admitted, the 11th %s; one instance counts the other's: %s; "
                        + "a device cookie of one is valid on the other: %s", admitted, eleventh ? "admitted" : "refused",
                oneSeesTheOthers, cookieAcrossInstances), admitted == 10 && !eleventh && oneSeesTheOthers && cookieAcrossInstances);
        assertThat(admitted).isEqualTo(LoginThrottle.ACCOUNT_LIMIT);
        assertThat(eleventh).isFalse();
        assertThat(oneSeesTheOthers).isTrue();
        assertThat(cookieAcrossInstances).isTrue();
    }

    @Test
    void concurrentAttemptsThroughTwoInstancesNeverGetPastALimit() throws Exception {
        LoginThrottle one = ThrottleTables.throttle(first, clock);
        LoginThrottle other = ThrottleTables.throttle(second, clock);
        int accountAdmitted = concurrently(200, i -> (i % 2 == 0 ? one : other)
                .admit("concurrent-account", "198.51.100." + (i % 100), null).isPresent());
        int clientAdmitted = concurrently(200, i -> (i % 2 == 0 ? one : other)
                .admit("sprayed-" + (i % 30), "203.0.113.200", null).isPresent());
        int deviceAdmitted = concurrently(200, i -> (i % 2 == 0 ? one : other)
                .admit("concurrent-account", "203.0.113.201", "shared-device-nonce").isPresent());
        MARKS.record("PostgreSQL: 200 concurrent attempts through two instances never get past a limit", String.format(
                "16 threads: one account from 100 addresses %d admitted (limit 10); one client across 30 usernames %d (limit 10); "
                        + "one known device %d (limit 5)", accountAdmitted, clientAdmitted, deviceAdmitted),
                accountAdmitted == 10 && clientAdmitted == 10 && deviceAdmitted == 5);
        assertThat(accountAdmitted).isEqualTo(LoginThrottle.ACCOUNT_LIMIT);
        assertThat(clientAdmitted).isEqualTo(LoginThrottle.CLIENT_LIMIT);
        assertThat(deviceAdmitted).isEqualTo(LoginThrottle.DEVICE_LIMIT);
    }

    @Test
    void mixedAttemptsWithSweepsOnTwoInstancesNeverFail() throws Exception {
        LoginThrottle one = ThrottleTables.throttle(first, clock);
        LoginThrottle other = ThrottleTables.throttle(second, clock);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread time = new Thread(() -> {
            while (running.get()) {
                clock.advance(Duration.ofSeconds(20));
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        time.start();
        try {
            int admitted = concurrently(600, i -> {
                LoginThrottle throttle = i % 2 == 0 ? one : other;
                var admission = throttle.admit("mixed-" + (i % 7), "192.0.2." + (i % 5), null);
                admission.ifPresent(i % 3 == 0 ? throttle::recordSuccess : a -> { });
                return admission.isPresent();
            });
            assertThat(admitted).isPositive();
        } finally {
            running.set(false);
            time.join();
        }
    }

    private interface Attempt {
        boolean admitted(int index) throws Exception;
    }

    private static int concurrently(int attempts, Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int index = i;
                Callable<Boolean> task = () -> {
                    start.await();
                    return attempt.admitted(index);
                };
                answers.add(threads.submit(task));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> answer : answers) {
                admitted += answer.get() ? 1 : 0;
            }
            return admitted;
        } finally {
            threads.shutdown();
        }
    }

    private static HikariDataSource pool(String name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("throttle-" + name);
        pool.setJdbcUrl(PostgresTestDatabase.urlOf(databaseName));
        pool.setUsername(System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres"));
        pool.setPassword(System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
        pool.setMaximumPoolSize(4);
        return pool;
    }
}
