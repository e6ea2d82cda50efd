package com.partnershiptracker.security;

import com.partnershiptracker.support.PassMarks;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing and spraying against the sign-in as the application builds it (throttle, then
 * PBKDF2), counting the password checks it performs rather than timing them.
 */
class LoginGuessingTests {

    static final String ADMIN_PASSWORD = "the real admin passphrase";
    static final List<String> COMMON_PASSWORDS = List.of("123456", "password", "qwerty123", "admin1234", "letmein");

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Login guessing");

    private final MovableClock clock = new MovableClock();
    private final DataSource database = ThrottleTables.inMemory();
    private final LoginThrottle throttle = ThrottleTables.throttle(database, clock);
    private final DeviceCookies devices = ThrottleTables.deviceCookies(database, clock);

    @Test
    void aHundredWrongPasswordsForOneUserWithinAMinuteGetTenPasswordChecks() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        int accepted = 0;
        List<Long> refusedUnchecked = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofMillis(600));
            int checksBefore = encoder.checks.get();
            long attemptStarted = System.nanoTime();
            accepted += attempt(signIn, "admin", "guess number " + i, "203.0.113.9") ? 1 : 0;
            if (encoder.checks.get() == checksBefore) {
                refusedUnchecked.add(System.nanoTime() - attemptStarted);
            }
        }
        long elapsed = System.nanoTime() - started;
        long medianRefused = refusedUnchecked.isEmpty() ? 0 : median(refusedUnchecked);
        MARKS.record("100 wrong passwords for one user within a minute get 10 password checks",
                encoder.checks.get() + " password checks, " + accepted + " accepted",
                encoder.checks.get() == LoginThrottle.ACCOUNT_LIMIT && accepted == 0);
        // The guesser is refused at once rather than slowed down: a sleep would tie up a request thread per guess.
        MARKS.record("no thread sleeps: a refused attempt returns at once (median under 5 ms)", String.format(
                "%d refused attempts without a password check: median %.3f ms, slowest %.1f ms; the 100 attempts, spread over "
                        + "60 s of the test's clock, took %.0f ms", refusedUnchecked.size(), medianRefused / 1e6,
                refusedUnchecked.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6, elapsed / 1e6),
                refusedUnchecked.size() == 90 && medianRefused < Duration.ofMillis(5).toNanos());
        assertThat(accepted).isZero();
        assertThat(encoder.checks.get()).isEqualTo(LoginThrottle.ACCOUNT_LIMIT);
        assertThat(refusedUnchecked).hasSize(90);
        assertThat(medianRefused).as("median nanoseconds of a refused attempt").isLessThan(Duration.ofMillis(5).toNanos());
    }

    @Test
    void aHundredConcurrentWrongPasswordsStillGetTenPasswordChecks() throws Exception {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String guess = "concurrent guess " + i;
            String client = "203.0.113." + (i % 20);
            answers.add(pool.submit(() -> {
                start.await();
                return attempt(signIn, "admin", guess, client);
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> answer : answers) {
            accepted += answer.get() ? 1 : 0;
        }
        pool.shutdown();
        MARKS.record("100 concurrent wrong passwords for one user from 20 addresses get 10 password checks",
                encoder.checks.get() + " password checks, " + accepted + " accepted (16 threads)",
                encoder.checks.get() == LoginThrottle.ACCOUNT_LIMIT && accepted == 0);
        assertThat(accepted).isZero();
        assertThat(encoder.checks.get()).isEqualTo(LoginThrottle.ACCOUNT_LIMIT);
    }

    @Test
    void elevenAddressesGuessingOneAccountGetTenPasswordChecksInFifteenMinutes() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        int accepted = 0;
        for (int round = 0; round < 10; round++) {
            for (int address = 2; address <= 12; address++) {
                clock.advance(Duration.ofSeconds(8));
                accepted += attempt(signIn, "editor0", "round " + round + " guess", "127.0.0." + address) ? 1 : 0;
            }
        }
        int checks = encoder.checks.get();
        MARKS.record("from 11 addresses, ≤ 10 password checks per account in 15 minutes", String.format(
                "110 wrong passwords from 127.0.0.2-12 over 14.7 minutes: %d password checks", checks),
                checks <= LoginThrottle.ACCOUNT_LIMIT && accepted == 0);
        assertThat(checks).isEqualTo(LoginThrottle.ACCOUNT_LIMIT);
        assertThat(accepted).isZero();
    }

    @Test
    void oneClientSprayingThirtyUsernamesGetsTenPasswordChecks() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        int accepted = 0;
        for (String password : COMMON_PASSWORDS) {
            for (int user = 0; user < 30; user++) {
                // A third of the sprayed names exist, the rest do not: both must be treated alike.
                accepted += attempt(signIn, user < 10 ? "editor" + user : "nobody" + user, password, "198.51.100.20") ? 1 : 0;
            }
        }
        int checks = encoder.checks.get();
        MARKS.record("from one client, ≤ 10 password checks across 30 usernames", String.format(
                "30 usernames × %d common passwords from 198.51.100.20: %d password checks, %d accepted",
                COMMON_PASSWORDS.size(), checks, accepted), checks <= LoginThrottle.CLIENT_LIMIT && accepted == 0);
        assertThat(accepted).isZero();
        assertThat(checks).isEqualTo(LoginThrottle.CLIENT_LIMIT);
    }

    @Test
    void theKnownBrowserSignsInDuringTheAttackAndRefusalsCostNoPasswordCheck() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        String knownBrowser = devices.issue("admin", false).getValue();
        for (int round = 0; round < 10; round++) {
            for (int address = 2; address <= 12; address++) {
                attempt(signIn, "admin", "guess " + round, "127.0.0." + address);
            }
        }
        int checksBefore = encoder.checks.get();
        int refusals = 0;
        for (int i = 0; i < 50; i++) {
            refusals += attempt(signIn, "admin", "more guesses " + i, "127.0.0." + (2 + i % 11)) ? 0 : 1;
        }
        int refusalChecks = encoder.checks.get() - checksBefore;
        boolean unknownBrowser = attempt(signIn, "admin", ADMIN_PASSWORD, "192.0.2.1");
        boolean known = attempt(signIn, "admin", ADMIN_PASSWORD, "127.0.0.2", knownBrowser);
        MARKS.record("the real user's known browser signs in during the attack", String.format(
                "after 110 guesses at admin from 11 addresses: the browser that signed in before %s (from a guesser's address); "
                        + "an unknown browser with the right password %s", signedIn(known), signedIn(unknownBrowser)), known);
        MARKS.record("refusals cost no password check", String.format(
                "%d of 50 further guesses refused, with %d password checks between them", refusals, refusalChecks),
                refusals == 50 && refusalChecks == 0);
        assertThat(known).as("the known browser").isTrue();
        assertThat(unknownBrowser).as("an unknown browser while the account is locked for unknown clients").isFalse();
        assertThat(refusals).isEqualTo(50);
        assertThat(refusalChecks).isZero();
    }

    @Test
    void aKnownBrowserGetsFiveGuessesOfItsOwnAndTheRightPasswordFromAnUnknownClientAfterTheWindow() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        String stolen = devices.issue("admin", false).getValue();
        for (int i = 0; i < 20; i++) {
            attempt(signIn, "admin", "guess " + i, "203.0.113.66", stolen);
            attempt(signIn, "admin", "guess " + i, "203.0.113." + (70 + i));
        }
        assertThat(encoder.checks.get()).as("5 on the device, 10 for unknown clients").isEqualTo(15);
        boolean deviceWithinTheWindow = attempt(signIn, "admin", ADMIN_PASSWORD, "203.0.113.66", stolen);
        clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
        boolean withinTheWindow = attempt(signIn, "admin", ADMIN_PASSWORD, "203.0.113.99");
        clock.advance(Duration.ofSeconds(2));
        boolean afterTheWindow = attempt(signIn, "admin", ADMIN_PASSWORD, "203.0.113.99");
        MARKS.record("after the lock window, the right password from an unknown client signs in", String.format(
                "1 s before the %d-minute window ends: %s; 1 s after: %s", LoginThrottle.WINDOW.toMinutes(),
                signedIn(withinTheWindow), signedIn(afterTheWindow)), !withinTheWindow && afterTheWindow);
        assertThat(deviceWithinTheWindow).as("the device after its 5 failures").isFalse();
        assertThat(withinTheWindow).as("still within the window").isFalse();
        assertThat(afterTheWindow).as("after the window").isTrue();
    }

    private static String signedIn(boolean accepted) {
        return accepted ? "signed in" : "refused";
    }

    @Test
    void anUnknownUserAWrongPasswordAndADisabledAccountEachCostExactlyOnePbkdf2Check() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(new AccountsConfiguration().passwordEncoder(310_000));
        AuthenticationManager signIn = signInWith(encoder);
        // The first unknown user also hashes the dummy password that later ones are checked against.
        attempt(signIn, "warm-up-nobody", "whatever it is", "192.0.2.50");

        int[] costs = new int[3];
        boolean[] accepted = new boolean[3];
        String[][] cases = {{"nobody-at-all", "some password"}, {"admin", "wrong password"}, {"retired", "wrong password"}};
        for (int i = 0; i < cases.length; i++) {
            int before = encoder.hashes();
            accepted[i] = attempt(signIn, cases[i][0], cases[i][1], "192.0.2." + (60 + i));
            costs[i] = encoder.hashes() - before;
        }
        int before = encoder.hashes();
        boolean disabledRightPassword = attempt(signIn, "retired", ADMIN_PASSWORD, "192.0.2.70");
        int disabledCost = encoder.hashes() - before;
        MARKS.record("an unknown user, a wrong password and a disabled account each cost one PBKDF2 check", String.format(
                "%d, %d and %d PBKDF2 runs; a disabled account's right password: %d, %s", costs[0], costs[1], costs[2],
                disabledCost, signedIn(disabledRightPassword)), Arrays.equals(costs, new int[] {1, 1, 1}) && disabledCost == 1
                && !accepted[0] && !accepted[1] && !accepted[2] && !disabledRightPassword);

        assertThat(accepted).containsOnly(false);
        assertThat(costs).as("PBKDF2 runs for unknown user, wrong password, disabled account").containsExactly(1, 1, 1);
        assertThat(disabledRightPassword).as("a disabled account's right password").isFalse();
        assertThat(disabledCost).isEqualTo(1);
    }

    @Test
    void anUnknownUserAndAWrongPasswordTakeTheSameMedianTime() {
        PasswordEncoder encoder = pbkdf2CostingAtLeast(Duration.ofMillis(20));
        AuthenticationManager signIn = signInWith(encoder);
        attempt(signIn, "warm-up-nobody", "whatever it is", "192.0.2.99");
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // Interleaved, so that load weighs on both alike.
            // Each from a client of its own, and on accounts the throttle leaves room on.
            String client = "." + (i / 250) + "." + (i % 250);
            String nobody = "nobody-here-" + (i % 10);
            String editor = "editor" + (i % 10);
            unknown.add(timed(() -> attempt(signIn, nobody, "guess", "10.1" + client)));
            wrong.add(timed(() -> attempt(signIn, editor, "guess", "10.2" + client)));
        }
        long unknownMedian = median(unknown);
        long wrongMedian = median(wrong);
        System.out.printf("Sign-in medians over 50 attempts each: unknown user %.1f ms, wrong password %.1f ms%n",
                unknownMedian / 1e6, wrongMedian / 1e6);
        MARKS.record("an unknown user and a wrong password: median times differ by less than 10 ms", String.format(
                "%.2f ms (unknown user %.1f ms, wrong password %.1f ms, 50 attempts each, PBKDF2 calibrated to 20 ms a hash or more)",
                Math.abs(unknownMedian - wrongMedian) / 1e6, unknownMedian / 1e6, wrongMedian / 1e6),
                Math.abs(unknownMedian - wrongMedian) < Duration.ofMillis(10).toNanos());
        assertThat(Math.abs(unknownMedian - wrongMedian)).as("median nanoseconds: unknown %d, wrong %d", unknownMedian,
                wrongMedian).isLessThan(Duration.ofMillis(10).toNanos());
    }

    private AuthenticationManager signInWith(PasswordEncoder encoder) {
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
        String hash = encoder.encode(ADMIN_PASSWORD);
        accounts.createUser(User.withUsername("admin").password(hash).roles("ADMIN", "EDITOR").build());
        accounts.createUser(User.withUsername("retired").password(hash).roles("EDITOR").disabled(true).build());
        for (int i = 0; i < 10; i++) {
            accounts.createUser(User.withUsername("editor" + i).password(hash).roles("EDITOR").build());
        }
        if (encoder instanceof CountingPasswordEncoder counting) {
            counting.reset();
        }
        return ThrottledAuthenticationProvider.signIn(accounts, encoder, throttle, devices);
    }

    private static boolean attempt(AuthenticationManager signIn, String username, String password, String client) {
        return attempt(signIn, username, password, client, null);
    }

    /** A sign-in as the form posts it, from {@code client}, with a device cookie when one is given. */
    private static boolean attempt(AuthenticationManager signIn, String username, String password, String client,
                                   String deviceCookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(client);
        if (deviceCookie != null) {
            request.setCookies(new Cookie(DeviceCookies.NAME, deviceCookie));
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new SignInDetails(request));
        try {
            Authentication result = signIn.authenticate(token);
            return result.isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        }
    }

    /** PBKDF2 with as many iterations as it takes for one hash to cost at least {@code cost} here, so that a skipped hash shows. */
    private static PasswordEncoder pbkdf2CostingAtLeast(Duration cost) {
        for (int iterations = 4_000; ; iterations *= 2) {
            PasswordEncoder encoder = new Pbkdf2PasswordEncoder("", 16, iterations,
                    Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                times.add(timed(() -> encoder.encode("calibration")));
            }
            if (median(times) >= cost.toNanos() || iterations >= 1_000_000) {
                return encoder;
            }
        }
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** PBKDF2 with one iteration: the same code path, cheap enough to run a hundred times. */
    private static PasswordEncoder cheapPbkdf2() {
        return new Pbkdf2PasswordEncoder("", 16, 1,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    /** Counts password checks (matches) and hashes of any kind (encode as well). */
    static final class CountingPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate;
        final AtomicInteger checks = new AtomicInteger();
        final AtomicInteger encodings = new AtomicInteger();

        CountingPasswordEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        int hashes() {
            return checks.get() + encodings.get();
        }

        void reset() {
            checks.set(0);
            encodings.set(0);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            encodings.incrementAndGet();
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
