package com.partnershiptracker.traffic;

import com.partnershiptracker.traffic.RenderTurns.Answer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RenderTurnsTests {

    final RenderTurns turns = new RenderTurns(2, Duration.ofSeconds(30), 8);

    @Test
    void aFewRenderAtOnceAndTheRestGetTheirTurnsInOrderOfArrival() throws Exception {
        assertThat(turns.take()).isEqualTo(Answer.TURN);
        assertThat(turns.take()).isEqualTo(Answer.TURN);
        List<Integer> served = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Answer>> waiting = new ArrayList<>();
        for (int reader = 0; reader < 4; reader++) {
            int arrived = reader;
            waiting.add(CompletableFuture.supplyAsync(() -> {
                Answer answer = turns.take();
                served.add(arrived);
                return answer;
            }));
            awaitWaiting(reader + 1);
        }
        assertThat(served).isEmpty();

        for (int ended = 0; ended < 4; ended++) {
            turns.giveBack(Answer.TURN, false);
            assertThat(waiting.get(ended).get(5, TimeUnit.SECONDS)).isEqualTo(Answer.TURN);
        }
        assertThat(served).containsExactly(0, 1, 2, 3);
        assertThat(turns.free()).isZero();
    }

    @Test
    void aReaderWhoseWaitRunsOutIsBusyAndLeavesTheLine() {
        RenderTurns impatient = new RenderTurns(1, Duration.ofMillis(50), 8);
        impatient.take();

        assertThat(impatient.take()).isEqualTo(Answer.BUSY);
        assertThat(impatient.waiting()).isZero();
        impatient.giveBack(Answer.TURN, false);
        assertThat(impatient.take()).isEqualTo(Answer.TURN);
    }

    @Test
    void anInterruptedReaderLeavesTheLineAndIsNeverHandedATurnNobodyGivesBack() throws Exception {
        RenderTurns one = new RenderTurns(1, Duration.ofSeconds(30), 8);
        one.take();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        Thread reader = new Thread(() -> answer.complete(one.take()));
        reader.start();
        while (one.waiting() == 0) {
            Thread.sleep(2);
        }

        reader.interrupt();

        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(Answer.BUSY);
        assertThat(one.waiting()).isZero();
        one.giveBack(Answer.TURN, false);
        assertThat(one.free()).isEqualTo(1);
    }

    @Test
    void pastTheLongestLineTheNextIsBusyAtOnce() throws Exception {
        RenderTurns shortLine = new RenderTurns(1, Duration.ofSeconds(30), 1);
        shortLine.take();
        CompletableFuture<Answer> inLine = CompletableFuture.supplyAsync(shortLine::take);
        while (shortLine.waiting() == 0) {
            Thread.sleep(2);
        }

        long started = System.nanoTime();
        assertThat(shortLine.take()).isEqualTo(Answer.BUSY);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        shortLine.giveBack(Answer.TURN, false);
        assertThat(inLine.get(5, TimeUnit.SECONDS)).isEqualTo(Answer.TURN);
    }

    @Test
    void theFirstRenderThatCannotReachTheDatabaseAnswersEveryoneInLineAtOnce() throws Exception {
        turns.take();
        turns.take();
        List<CompletableFuture<Answer>> waiting = new ArrayList<>();
        for (int reader = 0; reader < 3; reader++) {
            waiting.add(CompletableFuture.supplyAsync(turns::take));
            awaitWaiting(reader + 1);
        }

        turns.giveBack(Answer.TURN, true);

        for (CompletableFuture<Answer> reader : waiting) {
            assertThat(reader.get(5, TimeUnit.SECONDS)).isEqualTo(Answer.DATABASE_OUT);
        }
        assertThat(turns.waiting()).isZero();
        assertThat(turns.databaseOut()).isTrue();
    }

    @Test
    void whileTheDatabaseIsOutOneReaderAtATimeTriesItAndTheOthersAreAnsweredAtOnce() {
        turns.take();
        turns.giveBack(Answer.TURN, true);

        assertThat(turns.take()).isEqualTo(Answer.PROBE);
        assertThat(turns.take()).isEqualTo(Answer.DATABASE_OUT);
        turns.giveBack(Answer.PROBE, true);
        assertThat(turns.databaseOut()).isTrue();

        assertThat(turns.take()).isEqualTo(Answer.PROBE);
        turns.giveBack(Answer.PROBE, false);
        assertThat(turns.databaseOut()).isFalse();
        assertThat(turns.take()).isEqualTo(Answer.TURN);
        assertThat(turns.take()).isEqualTo(Answer.TURN);
        assertThat(turns.free()).isZero();
    }

    @Test
    void theProbeTakesNoTurnFromRendersStillBlockedOnTheDatabase() {
        turns.take();
        turns.take();
        turns.giveBack(Answer.TURN, true);
        assertThat(turns.take()).isEqualTo(Answer.PROBE);
        turns.giveBack(Answer.PROBE, false);

        turns.giveBack(Answer.TURN, false);
        assertThat(turns.free()).isEqualTo(2);
    }

    @Test
    void whileAnEditorsSaveRunsRendersAreLetInOneAtATimeAndTheLineMovesOnWhenItEnds() throws Exception {
        turns.editorIn();
        assertThat(turns.take()).isEqualTo(Answer.TURN);
        CompletableFuture<Answer> second = CompletableFuture.supplyAsync(turns::take);
        CompletableFuture<Answer> third = CompletableFuture.supplyAsync(turns::take);
        awaitWaiting(2);

        turns.editorOut();

        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(Answer.TURN);
        assertThat(turns.waiting()).isEqualTo(1);
        assertThat(third).isNotDone();
        turns.giveBack(Answer.TURN, false);
        assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(Answer.TURN);
    }

    private void awaitWaiting(int readers) throws InterruptedException {
        awaitWaiting(turns, readers);
    }

    private static void awaitWaiting(RenderTurns turns, int readers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (turns.waiting() < readers && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(turns.waiting()).isEqualTo(readers);
    }
}
