package com.partnershiptracker.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How many password checks a sign-in attempt may still cost, after OWASP's "device cookie" design,
 * with the counts in the database so that every instance of the app shares them:
 * <ul>
 *   <li>a browser holding a valid device cookie for the account (it signed in to it before) has an
 *       allowance of its own, {@value #DEVICE_LIMIT} failures in {@link #WINDOW}, which no guesser
 *       elsewhere can use up;</li>
 *   <li>every other client shares one allowance per account, {@value #ACCOUNT_LIMIT} in the
 *       window, whatever its address;</li>
 *   <li>and each such client ({@link ClientAddress}: an IPv4 address or an IPv6 /64) has at most
 *       {@value #CLIENT_LIMIT} checks in the window across all usernames.</li>
 * </ul>
 * A check is counted when it is admitted, before the password is hashed, so concurrent guesses
 * cannot slip in before the first failure is recorded: the bucket rows are locked while admitting.
 * A refused attempt writes nothing and returns at once; nothing sleeps.
 */
@Component
class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int DEVICE_LIMIT = 5;
    static final int ACCOUNT_LIMIT = 10;
    static final int CLIENT_LIMIT = 10;
    static final String REFUSALS = "app.login.throttle.refusals";

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final int SWEEP_BATCH = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);
    private final Counter refusals;

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setTimeout(5);
        this.clock = clock;
        this.refusals = Counter.builder(REFUSALS).description("Sign-in attempts refused by the throttle, on every instance")
                .register(meters);
    }

    /** One allowance: its row in sign_in_buckets and how many checks it grants in the window. */
    record Bucket(String key, int limit) {
    }

    /** A password check that was admitted, until it is given back or its sign-in succeeds. */
    record Admission(String ticket, List<Bucket> buckets, boolean knownDevice) {
    }

    /**
     * Admits one password check and counts it as a failure until {@link #recordSuccess} or
     * {@link #giveBack}; empty when one of the attempt's allowances is used up, in which case
     * nothing is counted.
     *
     * @param device the nonce of a device cookie verified for this username, or null
     * @throws DataAccessException when the counts cannot be read
     */
    Optional<Admission> admit(String username, String remoteAddress, String device) {
        List<Bucket> buckets = bucketsFor(username, remoteAddress, device);
        Instant now = clock.instant();
        String ticket = newTicket();
        // Under attack most attempts find a bucket used up: they are refused on a plain read, without waiting in
        // line for the lock. A count read without the lock can only be too low (then the locked count decides) or
        // right: a bucket that reads full is full, or was a moment ago.
        boolean admitted = buckets.stream().allMatch(bucket -> recentChecks(bucket.key(), now) < bucket.limit())
                && Boolean.TRUE.equals(ownTransaction.execute(status -> countUnderLock(buckets, ticket, now, status)));
        sweepIfDue(now);
        if (!admitted) {
            refusals.increment();
            return Optional.empty();
        }
        log.debug("Admitted a password check on {}", buckets.stream().map(Bucket::key).toList());
        return Optional.of(new Admission(ticket, buckets, device != null));
    }

    /** Counts the check in every bucket if all of them have room, holding their row locks; rolls back otherwise. */
    private boolean countUnderLock(List<Bucket> buckets, String ticket, Instant now, TransactionStatus transaction) {
        for (Bucket bucket : buckets) {
            lock(bucket.key(), now);
            if (recentChecks(bucket.key(), now) >= bucket.limit()) {
                transaction.setRollbackOnly();
                return false;
            }
        }
        for (Bucket bucket : buckets) {
            jdbc.update("insert into sign_in_attempts (bucket, ticket, attempted_at) values (?, ?, ?)", bucket.key(), ticket, at(now));
        }
        return true;
    }

    /** Gives back an admitted check that never reached a password (the accounts could not be read). */
    void giveBack(Admission admission) {
        for (Bucket bucket : admission.buckets()) {
            jdbc.update("delete from sign_in_attempts where bucket = ? and ticket = ?", bucket.key(), admission.ticket());
        }
    }

    /**
     * The password was right: a known device's failures are forgotten; for any other client the
     * check is given back, while the failures of others on the account still count.
     */
    void recordSuccess(Admission admission) {
        if (admission.knownDevice()) {
            Instant now = clock.instant();
            for (Bucket bucket : admission.buckets()) {
                // Only rows within the window: the expired ones are the sweep's, and two deleters must not meet.
                jdbc.update("delete from sign_in_attempts where bucket = ? and attempted_at > ?",
                        bucket.key(), at(now.minus(WINDOW)));
            }
        } else {
            giveBack(admission);
        }
    }

    /** How many checks the bucket has had within the window (for tests and operators). */
    int recentChecks(String bucket) {
        return recentChecks(bucket, clock.instant());
    }

    static List<Bucket> bucketsFor(String username, String remoteAddress, String device) {
        List<Bucket> buckets = device != null
                ? List.of(new Bucket(deviceKey(device), DEVICE_LIMIT))
                : List.of(new Bucket(accountKey(username), ACCOUNT_LIMIT), new Bucket(clientKey(remoteAddress), CLIENT_LIMIT));
        // Every admit locks its rows in one order, so that two admits never wait for each other in a circle.
        return buckets.stream().sorted(Comparator.comparing(Bucket::key)).toList();
    }

    /** The username is hashed: any text fits the column, and the table keeps no list of names tried. */
    static String accountKey(String username) {
        return "account:" + ClientAddress.sha256(normalized(username));
    }

    static String clientKey(String remoteAddress) {
        return "client:" + ClientAddress.of(remoteAddress);
    }

    static String deviceKey(String device) {
        return "device:" + device;
    }

    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Takes the bucket's row lock for the rest of the transaction, creating the row if need be: the
     * update locks the row as SELECT ... FOR UPDATE would, and marks the bucket as in use.
     */
    private void lock(String bucket, Instant now) {
        for (int tries = 0; tries < 3; tries++) {
            if (jdbc.update("update sign_in_buckets set touched_at = ? where bucket = ?", at(now), bucket) == 1) {
                return;
            }
            jdbc.update("insert into sign_in_buckets (bucket, touched_at) values (?, ?) on conflict do nothing", bucket, at(now));
        }
        throw new CannotAcquireLockException("The sign-in bucket " + bucket + " could not be locked");
    }

    private int recentChecks(String bucket, Instant now) {
        Integer count = jdbc.queryForObject("select count(*) from sign_in_attempts where bucket = ? and attempted_at > ?",
                Integer.class, bucket, at(now.minus(WINDOW)));
        return count == null ? 0 : count;
    }

    /**
     * Deletes expired attempts and idle buckets, at most once a minute per instance, outside the
     * admitting transaction. Each idle bucket goes in a statement of its own, so the sweep never
     * holds one bucket's lock while waiting for another's.
     */
    private void sweepIfDue(Instant now) {
        Instant last = lastSweep.get();
        if (Duration.between(last, now).compareTo(SWEEP_EVERY) < 0 || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        try {
            OffsetDateTime cutoff = at(now.minus(WINDOW));
            jdbc.update("delete from sign_in_attempts where attempted_at <= ?", cutoff);
            List<String> idle = jdbc.queryForList("select bucket from sign_in_buckets where touched_at <= ? limit " + SWEEP_BATCH,
                    String.class, cutoff);
            for (String bucket : idle) {
                jdbc.update("delete from sign_in_buckets where bucket = ? and touched_at <= ?", bucket, cutoff);
            }
        } catch (DataAccessException e) {
            log.debug("The sign-in throttle could not delete its expired rows; it tries again in a minute", e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String newTicket() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
