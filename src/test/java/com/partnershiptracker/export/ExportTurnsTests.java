package com.partnershiptracker.export;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportTurnsTests {

    final ExportTurns turns = new ExportTurns(1, Duration.ofSeconds(30), 2);

    @Test
    void aTurnIsFreeUpToTheLimitAndNotWhileOthersAreInLine() {
        ExportTurns.Turn reading = turns.takeIfFree();
        assertThat(reading).isNotNull();
        assertThat(turns.takeIfFree()).isNull();

        ExportTurns.Place waiting = turns.joinLine();
        reading.close();

        // The freed turn went to the one in line, not to whoever asks next.
        assertThat(turns.takeIfFree()).isNull();
        assertThat(waiting.await(() -> false)).isNotNull();
    }

    @Test
    void turnsGoInOrderOfArrivalAndTheLineHasALength() throws Exception {
        ExportTurns.Turn reading = turns.takeIfFree();
        ExportTurns.Place first = turns.joinLine();
        ExportTurns.Place second = turns.joinLine();
        assertThat(turns.joinLine()).isNull();

        CompletableFuture<ExportTurns.Turn> secondsTurn = CompletableFuture.supplyAsync(() -> second.await(() -> false));
        reading.close();
        ExportTurns.Turn firstsTurn = first.await(() -> false);

        assertThat(secondsTurn).isNotDone();
        firstsTurn.close();
        assertThat(secondsTurn.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void oneWhoseClientHangsUpLeavesTheLineAndGetsNoTurn() {
        ExportTurns.Turn reading = turns.takeIfFree();
        ExportTurns.Place place = turns.joinLine();

        long started = System.nanoTime();
        assertThat(place.await(() -> true)).isNull();
        place.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(turns.waiting()).isZero();
        reading.close();
        assertThat(turns.takeIfFree()).isNotNull();
    }

    @Test
    void aWaitThatRunsOutCutsTheExportShortAndLeavesTheLine() {
        ExportTurns impatient = new ExportTurns(1, Duration.ofMillis(100), 2);
        ExportTurns.Turn reading = impatient.takeIfFree();
        ExportTurns.Place place = impatient.joinLine();

        assertThatThrownBy(() -> place.await(() -> false)).isInstanceOf(ExportCutShort.class)
                .hasMessageContaining("no turn to read within");
        place.close();

        assertThat(impatient.waiting()).isZero();
        reading.close();
        assertThat(impatient.takeIfFree()).isNotNull();
    }

    @Test
    void aTurnThatCameAsItsPlaceWasGivenUpPassesOnAndEveryTurnEndsOnce() {
        ExportTurns.Turn reading = turns.takeIfFree();
        ExportTurns.Place place = turns.joinLine();
        reading.close();
        reading.close();

        place.close();
        place.close();

        ExportTurns.Turn next = turns.takeIfFree();
        assertThat(next).isNotNull();
        assertThat(turns.takeIfFree()).isNull();
    }
}
