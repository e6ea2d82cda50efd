package com.partnershiptracker.shared.export;

import com.partnershiptracker.support.CsvReader;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvDownloadTests {

    final MockHttpServletResponse response = new MockHttpServletResponse();

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

    private CsvDownload<String> download(Duration maxDuration) {
        return new CsvDownload<>(response, "letters.csv", List.of("letter"), List::of, maxDuration);
    }

    private String body() {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
