package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing against the sign-in as the application builds it (throttle, then PBKDF2),
 * counting the password checks it performs rather than timing them.
 */
class LoginGuessingTests {

    static final String ADMIN_PASSWORD = "the real admin passphrase";
    static final List<String> COMMON_PASSWORDS = List.of("123456", "password", "qwerty123", "admin1234", "letmein");

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aHundredWrongPasswordsForOneUserWithinAMinuteGetFivePasswordChecks() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        int accepted = 0;
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofMillis(600));
            accepted += attempt(signIn, "admin", "guess number " + i, "203.0.113.9") ? 1 : 0;
        }
        assertThat(accepted).isZero();
        assertThat(encoder.checks.get()).isEqualTo(LoginThrottle.MAX_FAILURES);
    }

    @Test
    void aHundredConcurrentWrongPasswordsStillGetFivePasswordChecks() throws Exception {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String guess = "concurrent guess " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return attempt(signIn, "admin", guess, "203.0.113.10");
            }));
        }
        start.countDown();
        for (Future<Boolean> answer : answers) {
            assertThat(answer.get()).isFalse();
        }
        pool.shutdown();
        assertThat(encoder.checks.get()).isEqualTo(LoginThrottle.MAX_FAILURES);
    }

    @Test
    void aSprayOfTwentyUsersTimesFiveCommonPasswordsChecksEachUserAtMostFiveTimes() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        Map<String, Integer> checksPerUser = new HashMap<>();
        int accepted = 0;
        for (String password : COMMON_PASSWORDS) {
            for (int user = 0; user < 20; user++) {
                // Half of the sprayed names exist, half do not: both must be treated alike.
                String username = user < 10 ? "editor" + user : "nobody" + user;
                int before = encoder.checks.get();
                accepted += attempt(signIn, username, password, "198.51.100.20") ? 1 : 0;
                checksPerUser.merge(username, encoder.checks.get() - before, Integer::sum);
            }
        }
        assertThat(accepted).isZero();
        assertThat(checksPerUser).hasSize(20).allSatisfy((user, checks) -> assertThat(checks).isEqualTo(5));
        // A sixth round finds every pair used up: no password is checked at all.
        int before = encoder.checks.get();
        for (int user = 0; user < 20; user++) {
            attempt(signIn, user < 10 ? "editor" + user : "nobody" + user, "sixth guess", "198.51.100.20");
        }
        assertThat(encoder.checks.get()).isEqualTo(before);
    }

    @Test
    void theRightPasswordIsRefusedDuringTheLockFromTheGuessersClientOnlyAndAcceptedAfterIt() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(cheapPbkdf2());
        AuthenticationManager signIn = signInWith(encoder);
        for (int i = 0; i < 100; i++) {
            attempt(signIn, "admin", "guess " + i, "203.0.113.66");
        }
        int checksSoFar = encoder.checks.get();
        assertThat(attempt(signIn, "admin", ADMIN_PASSWORD, "203.0.113.66")).as("right password, guesser's client, locked")
                .isFalse();
        assertThat(encoder.checks.get()).as("a locked pair costs no password check").isEqualTo(checksSoFar);
        assertThat(attempt(signIn, "admin", ADMIN_PASSWORD, "192.0.2.1")).as("right password, the admin's own client")
                .isTrue();

        clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
        assertThat(attempt(signIn, "admin", ADMIN_PASSWORD, "203.0.113.66")).as("still within the window").isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(attempt(signIn, "admin", ADMIN_PASSWORD, "203.0.113.66")).as("after the window").isTrue();
    }

    @Test
    void anUnknownUserAWrongPasswordAndADisabledAccountEachCostExactlyOnePbkdf2Check() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(new AccountsConfiguration().passwordEncoder());
        AuthenticationManager signIn = signInWith(encoder);
        // The first unknown user also hashes the dummy password that later ones are checked against.
        attempt(signIn, "warm-up-nobody", "whatever it is", "192.0.2.50");

        int[] costs = new int[3];
        String[][] cases = {{"nobody-at-all", "some password"}, {"admin", "wrong password"}, {"retired", "wrong password"}};
        for (int i = 0; i < cases.length; i++) {
            int before = encoder.hashes();
            assertThat(attempt(signIn, cases[i][0], cases[i][1], "192.0.2." + (60 + i))).isFalse();
            costs[i] = encoder.hashes() - before;
        }
        assertThat(costs).as("PBKDF2 runs for unknown user, wrong password, disabled account").containsExactly(1, 1, 1);

        int before = encoder.hashes();
        assertThat(attempt(signIn, "retired", ADMIN_PASSWORD, "192.0.2.70")).as("a disabled account's right password")
                .isFalse();
        assertThat(encoder.hashes() - before).isEqualTo(1);
    }

    @Test
    void anUnknownUserAndAWrongPasswordTakeTheSameMedianTime() {
        PasswordEncoder encoder = pbkdf2CostingAtLeast(Duration.ofMillis(20));
        AuthenticationManager signIn = signInWith(encoder);
        attempt(signIn, "warm-up-nobody", "whatever it is", "192.0.2.99");
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // Interleaved, and each from a client of its own, so load and the throttle weigh on both alike.
            String client = "." + (i / 250) + "." + (i % 250);
            unknown.add(timed(() -> attempt(signIn, "nobody-here", "guess", "10.1" + client)));
            wrong.add(timed(() -> attempt(signIn, "admin", "guess", "10.2" + client)));
        }
        long unknownMedian = median(unknown);
        long wrongMedian = median(wrong);
        System.out.printf("Sign-in medians over 50 attempts each: unknown user %.1f ms, wrong password %.1f ms%n",
                unknownMedian / 1e6, wrongMedian / 1e6);
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
        return ThrottledAuthenticationProvider.signIn(accounts, encoder, throttle);
    }

    private static boolean attempt(AuthenticationManager signIn, String username, String password, String client) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
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
