package com.partnershiptracker.export;

import com.partnershiptracker.support.CsvReader;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvDownloadTests {

    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/letters.csv");
    final MockHttpServletResponse response = new MockHttpServletResponse();
    final ExportTurns turns = new ExportTurns(1, Duration.ofSeconds(30), 1);

    @Test
    void onlyAFileWrittenToTheEndSaysThatItIsComplete() throws Exception {
        download(Duration.ofMinutes(1)).write(sink -> {
            sink.open();
            sink.accept("a");
            sink.accept("b");
        });

        List<List<String>> rows = CsvReader.read(body().substring(1));
        assertThat(rows).containsExactly(List.of("letter"), List.of("a"), List.of("b"), List.of("# complete: 2 rows"));
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("letters.csv");
    }

    @Test
    void aFileCutShortByTheDatabaseSaysSoInItsLastLineAndTheErrorReachesTomcat() {
        assertThatThrownBy(() -> download(Duration.ofMinutes(1)).write(sink -> {
            sink.open();
            sink.accept("a");
            throw new QueryTimeoutException("gone quiet");
        })).isInstanceOf(ExportCutShort.class).hasNoCause();

        assertThat(body()).endsWith("\r\na\r\n# INCOMPLETE: cut short after 1 rows (the server failed); download the file again\r\n")
                .doesNotContain("# complete");
    }

    @Test
    void aFileOverItsTimeLimitIsCutShortTheSameWay() {
        assertThatThrownBy(() -> download(Duration.ZERO).write(sink -> {
            sink.open();
            sink.accept("a");
        })).isInstanceOf(ExportCutShort.class);

        assertThat(body()).endsWith("letter\r\n# INCOMPLETE: cut short after 0 rows (time limit of 0 s reached); download the file again\r\n");
    }

    @Test
    void aFailureBeforeTheFileOpensIsLeftToTheErrorPagesAndWritesNothing() {
        assertThatThrownBy(() -> download(Duration.ofMinutes(1)).write(sink -> {
            throw new QueryTimeoutException("no connection");
        })).isInstanceOf(QueryTimeoutException.class);

        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aReadingThatMatchesNothingIsStillAWholeFile() throws Exception {
        download(Duration.ofMinutes(1)).write(sink -> { });

        assertThat(body()).isEqualTo("\uFEFFletter\r\n# complete: 0 rows\r\n");
    }

    @Test
    void anExportThatWaitsForItsTurnSendsTheHeaderFirstAndReadsOnlyInItsTurn() throws Exception {
        ExportTurns.Turn held = turns.takeIfFree();
        AtomicBoolean read = new AtomicBoolean();
        CompletableFuture<Void> export = CompletableFuture.runAsync(() -> {
            try {
                download(Duration.ofMinutes(1)).write(sink -> {
                    read.set(true);
                    sink.open();
                    sink.accept("a");
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        while (turns.waiting() == 0) {
            Thread.sleep(5);
        }
        Thread.sleep(100);
        assertThat(response.isCommitted()).isTrue();
        assertThat(response.getHeader("Content-Disposition")).contains("letters.csv");
        assertThat(body()).isEqualTo("\uFEFFletter\r\n");
        assertThat(read).isFalse();

        held.close();
        export.get(10, TimeUnit.SECONDS);
        assertThat(body()).isEqualTo("\uFEFFletter\r\na\r\n# complete: 1 rows\r\n");
        assertThat(turns.takeIfFree()).as("the export gave its turn back").isNotNull();
    }

    @Test
    void withTheLineFullAnExportIs503WithRetryAfterAndWritesNothing() throws Exception {
        turns.takeIfFree();
        turns.joinLine();
        AtomicBoolean read = new AtomicBoolean();

        download(Duration.ofMinutes(1)).write(sink -> read.set(true));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(CsvDownload.RETRY_AFTER_SECONDS);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(read).isFalse();
    }

    @Test
    void aTurnThatDoesNotComeInTimeCutsTheOpenedFileShortTheSameWay() {
        ExportTurns impatient = new ExportTurns(1, Duration.ZERO, 1);
        impatient.takeIfFree();
        AtomicBoolean read = new AtomicBoolean();

        assertThatThrownBy(() -> new CsvDownload<String>(request, response, "letters.csv", List.of("letter"), List::of,
                Duration.ofMinutes(1), impatient).write(sink -> read.set(true))).isInstanceOf(ExportCutShort.class).hasNoCause();

        assertThat(body()).isEqualTo("\uFEFFletter\r\n# INCOMPLETE: cut short after 0 rows"
                + " (no turn to read within 0 s: too many exports at once); download the file again\r\n");
        assertThat(read).isFalse();
        assertThat(impatient.waiting()).isZero();
    }

    private CsvDownload<String> download(Duration maxDuration) {
        return new CsvDownload<>(request, response, "letters.csv", List.of("letter"), List::of, maxDuration, turns);
    }

    private String body() {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
