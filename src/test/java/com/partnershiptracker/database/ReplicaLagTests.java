package com.partnershiptracker.database;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReplicaLagTests {

    static final long SECOND = 1_000_000_000L;

    final ReplicaLag lag = new ReplicaLag(Duration.ofSeconds(30));

    @Test
    void aReplicaThatReplayedThePrimarysLatestPositionIsNotBehindHoweverOldItsLastReplayedTransaction() {
        lag.primaryWasAt(1_000, 0);
        lag.primaryWasAt(1_000, 3_600 * SECOND);

        assertThat(lag.secondsBehind(standby(1_000, 3_600.0), 3_600 * SECOND)).isZero();
    }

    @Test
    void theFirstSaveAfterAQuietHourMakesTheReplicaBehindByTheTimeSinceItLastCaughtUpNotByTheHour() {
        lag.primaryWasAt(1_000, 0);
        lag.primaryWasAt(1_000, 3_600 * SECOND);
        lag.primaryWasAt(2_000, 3_601 * SECOND);

        assertThat(lag.secondsBehind(standby(1_000, 3_600.0), 3_601 * SECOND)).isCloseTo(1.0, within(0.001));
    }

    @Test
    void aReplicaBehindEverySampleKeptIsBehindByItsLastReplayedTransactionsAgeAtLeast() {
        lag.primaryWasAt(5_000, 100 * SECOND);
        lag.primaryWasAt(6_000, 101 * SECOND);

        assertThat(lag.secondsBehind(standby(1_000, 42.0), 102 * SECOND)).isEqualTo(42.0);
        assertThat(lag.secondsBehind(standby(1_000, 0.5), 102 * SECOND)).as("since the oldest sample").isEqualTo(2.0);
    }

    @Test
    void samplesOlderThanTheKeptSpanAreForgotten() {
        lag.primaryWasAt(1_000, 0);
        lag.primaryWasAt(2_000, 40 * SECOND);

        assertThat(lag.secondsBehind(standby(1_000, 1.0), 40 * SECOND)).as("only the sample at 40 s is kept").isEqualTo(1.0);
    }

    @Test
    void aServerNotReplayingIsNotBehindAndAStandbyThatReplayedNothingIsBehindWithoutEnd() {
        lag.primaryWasAt(1_000, 0);

        assertThat(lag.secondsBehind(new WalPositions.ReplayPosition(false, null, null), SECOND)).isZero();
        assertThat(lag.secondsBehind(new WalPositions.ReplayPosition(true, null, null), SECOND)).isInfinite();
    }

    private static WalPositions.ReplayPosition standby(long replayed, double lastReplayAge) {
        return new WalPositions.ReplayPosition(true, replayed, lastReplayAge);
    }
}
