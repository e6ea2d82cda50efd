package com.partnershiptracker.security;

import com.partnershiptracker.support.PassMarks;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rules, on its own tables (H2 in PostgreSQL mode, made by the V11 migration) and a clock the test moves. */
class LoginThrottleTests {

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Login guessing");

    private final MovableClock clock = new MovableClock();
    private final DataSource database = ThrottleTables.inMemory();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LoginThrottle throttle = ThrottleTables.throttle(database, clock, meters);

    @Test
    void unknownClientsShareTenChecksPerAccountWhateverTheirAddress() {
        int admitted = 0;
        for (int address = 1; address <= 11; address++) {
            for (int guess = 0; guess < 5; guess++) {
                admitted += throttle.admit("victim", "198.51.100." + address, null).isPresent() ? 1 : 0;
            }
        }
        MARKS.record("the throttle: 11 addresses × 5 guesses at one account admit 10 checks",
                admitted + " admitted of 55", admitted == LoginThrottle.ACCOUNT_LIMIT);
        assertThat(admitted).isEqualTo(LoginThrottle.ACCOUNT_LIMIT);
        assertThat(meters.get(LoginThrottle.REFUSALS).counter().count()).as("refusals counted").isEqualTo(55 - admitted);
        assertThat(throttle.admit("another-account", "198.51.100.11", null)).as("another account from the same client").isPresent();
    }

    @Test
    void aClientGetsTenChecksAcrossAllUsernames() {
        int admitted = 0;
        for (int user = 0; user < 30; user++) {
            admitted += throttle.admit("user" + user, "203.0.113.7", null).isPresent() ? 1 : 0;
        }
        MARKS.record("the throttle: one client trying 30 usernames is admitted 10 checks",
                admitted + " admitted of 30", admitted == LoginThrottle.CLIENT_LIMIT);
        assertThat(admitted).isEqualTo(LoginThrottle.CLIENT_LIMIT);
        assertThat(throttle.admit("user0", "203.0.113.8", null)).as("the next address").isPresent();
    }

    @Test
    void aKnownDeviceHasFiveChecksOfItsOwnEvenWhileTheAccountAndItsAddressAreUsedUp() {
        for (int address = 1; address <= 10; address++) {
            throttle.admit("victim", "10.0.0." + address, null);
        }
        for (int user = 0; user < 10; user++) {
            throttle.admit("user" + user, "10.0.0.1", null);
        }
        boolean unknownRefused = throttle.admit("victim", "10.0.0.99", null).isEmpty();
        List<Boolean> device = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            device.add(throttle.admit("victim", "10.0.0.1", "nonce-of-the-victims-browser").isPresent());
        }
        boolean otherDevice = throttle.admit("victim", "10.0.0.1", "nonce-of-another-browser").isPresent();
        MARKS.record("the throttle: a known device keeps its own 5 checks while the account is locked for others",
                String.format("unknown client %s; the known device: %d of 6 admitted; another known device: %s",
                        unknownRefused ? "refused" : "admitted", device.stream().filter(b -> b).count(),
                        otherDevice ? "admitted" : "refused"),
                unknownRefused && device.equals(List.of(true, true, true, true, true, false)) && otherDevice);
        assertThat(unknownRefused).isTrue();
        assertThat(device).containsExactly(true, true, true, true, true, false);
        assertThat(otherDevice).isTrue();
    }

    @Test
    void theAllowancesComeBackOnceTheChecksAreFifteenMinutesOld() {
        for (int i = 0; i < 10; i++) {
            throttle.admit("editor", "10.0.0.1", null);
        }
        assertThat(throttle.admit("editor", "10.0.0.2", null)).isEmpty();
        clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
        boolean justBefore = throttle.admit("editor", "10.0.0.2", null).isPresent();
        clock.advance(Duration.ofSeconds(2));
        boolean after = throttle.admit("editor", "10.0.0.2", null).isPresent();
        MARKS.record("the throttle: the block ends once the failures are 15 minutes old",
                "1 s before: " + (justBefore ? "admitted" : "refused") + "; 1 s after: " + (after ? "admitted" : "refused"),
                !justBefore && after);
        assertThat(justBefore).isFalse();
        assertThat(after).isTrue();
    }

    @Test
    void aSuccessOnAKnownDeviceClearsItsCount() {
        for (int i = 0; i < 4; i++) {
            throttle.admit("editor", "10.0.0.1", "device-1");
        }
        throttle.recordSuccess(throttle.admit("editor", "10.0.0.1", "device-1").orElseThrow());
        assertThat(throttle.recentChecks(LoginThrottle.deviceKey("device-1"))).isZero();
        for (int i = 0; i < LoginThrottle.DEVICE_LIMIT; i++) {
            assertThat(throttle.admit("editor", "10.0.0.1", "device-1")).isPresent();
        }
    }

    @Test
    void aSuccessFromAnUnknownClientTakesBackOnlyItsOwnCheck() {
        for (int i = 0; i < 9; i++) {
            throttle.admit("editor", "10.0.0.66", null);
        }
        throttle.recordSuccess(throttle.admit("editor", "10.0.0.1", null).orElseThrow());
        assertThat(throttle.recentChecks(LoginThrottle.accountKey("editor"))).isEqualTo(9);
        assertThat(throttle.recentChecks(LoginThrottle.clientKey("10.0.0.1"))).isZero();
    }

    @Test
    void aCheckGivenBackDoesNotCount() {
        for (int i = 0; i < 9; i++) {
            throttle.admit("editor", "10.0.0.1", null);
        }
        throttle.giveBack(throttle.admit("editor", "10.0.0.1", null).orElseThrow());
        assertThat(throttle.admit("editor", "10.0.0.1", null)).isPresent();
        assertThat(throttle.admit("editor", "10.0.0.1", null)).isEmpty();
    }

    @Test
    void usernamesCountAlikeWhateverTheirCaseAndBlanks() {
        for (int i = 0; i < 10; i++) {
            throttle.admit(i % 2 == 0 ? "Editor" : " editor ", "10.0.0." + i, null);
        }
        assertThat(throttle.admit("EDITOR", "10.0.0.50", null)).isEmpty();
    }

    @Test
    void anIpv6ClientIsCountedPerSlash64AndAnIpv4MappedAddressAsIpv4() {
        for (int i = 0; i < 10; i++) {
            throttle.admit("user" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1), null);
        }
        boolean sameNetwork = throttle.admit("user-x", "2001:db8:1:2:ffff:ffff:ffff:ffff", null).isPresent();
        boolean nextNetwork = throttle.admit("user-x", "2001:db8:1:3::1", null).isPresent();
        for (int i = 0; i < 10; i++) {
            throttle.admit("other" + i, "192.0.2.44", null);
        }
        boolean mapped = throttle.admit("user-y", "::ffff:192.0.2.44", null).isPresent();
        MARKS.record("the throttle: IPv6 clients count per /64, IPv4-mapped addresses as IPv4", String.format(
                "after 10 checks from 10 addresses of one /64: another address in it %s, one in the next /64 %s; "
                        + "::ffff:192.0.2.44 after 10 from 192.0.2.44: %s", sameNetwork ? "admitted" : "refused",
                nextNetwork ? "admitted" : "refused", mapped ? "admitted" : "refused"), !sameNetwork && nextNetwork && !mapped);
        assertThat(sameNetwork).isFalse();
        assertThat(nextNetwork).isTrue();
        assertThat(mapped).isFalse();
    }

    @Test
    void aRefusedAttemptWritesNothing() {
        for (int i = 0; i < 10; i++) {
            throttle.admit("editor", "10.0.0.1", null);
        }
        int attempts = ThrottleTables.rows(database, "sign_in_attempts");
        int buckets = ThrottleTables.rows(database, "sign_in_buckets");
        for (int i = 0; i < 50; i++) {
            throttle.admit("sprayed" + i, "10.0.0.1", null);
        }
        assertThat(ThrottleTables.rows(database, "sign_in_attempts")).isEqualTo(attempts);
        assertThat(ThrottleTables.rows(database, "sign_in_buckets")).isEqualTo(buckets);
    }

    @Test
    void expiredChecksAndIdleBucketsAreDeletedAsTheThrottleGoes() {
        for (int i = 0; i < 30; i++) {
            throttle.admit("user" + i, "10.0.0." + i, null);
        }
        assertThat(ThrottleTables.rows(database, "sign_in_buckets")).isEqualTo(60);
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
        throttle.admit("editor", "10.0.0.1", null);
        int attempts = ThrottleTables.rows(database, "sign_in_attempts");
        int buckets = ThrottleTables.rows(database, "sign_in_buckets");
        MARKS.record("the throttle: expired rows are deleted as it goes",
                String.format("30 checks, then one 16 minutes later: %d attempt rows and %d bucket rows left", attempts, buckets),
                attempts == 2 && buckets == 2);
        assertThat(attempts).isEqualTo(2);
        assertThat(buckets).isEqualTo(2);
    }

    @Test
    void aUsernameOfAMegabyteOrWithANulByteIsCountedLikeAnyOther() {
        String huge = "x".repeat(1_000_000);
        for (int i = 0; i < 10; i++) {
            throttle.admit(huge, "10.0.0." + i, null);
        }
        assertThat(throttle.admit(huge, "10.0.0.99", null)).isEmpty();
        assertThat(throttle.admit("adm\u0000in", "10.0.0.98", null)).isPresent();
        assertThat(throttle.admit("x".repeat(999_999), "10.0.0.97", null)).isPresent();
    }

    @Test
    void concurrentGuessesCannotSlipInBeforeTheFirstFailureIsCounted() throws Exception {
        int guesses = 100;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger admitted = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String address = "203.0.113." + (i % 50);
            done.add(pool.submit(() -> {
                start.await();
                Optional<LoginThrottle.Admission> admission = throttle.admit("admin", address, null);
                if (admission.isPresent()) {
                    admitted.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : done) {
            each.get();
        }
        pool.shutdown();
        MARKS.record("the throttle: 100 concurrent guesses from 50 addresses admit exactly 10 password checks (H2)",
                admitted.get() + " admitted of " + guesses + " (16 threads)", admitted.get() == LoginThrottle.ACCOUNT_LIMIT);
        assertThat(admitted.get()).isEqualTo(LoginThrottle.ACCOUNT_LIMIT);
    }
}
