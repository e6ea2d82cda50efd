package com.partnershiptracker.export;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Downloads other than CSV lists (the data dump) take the same turns as the CSV exports. */
class CsvDownloadsTests {

    final CsvDownloads downloads = new CsvDownloads(Duration.ofMinutes(1), 1, Duration.ofSeconds(30), 0);

    @Test
    void aDownloadRunsAtOnceWhenATurnIsFreeWithoutAnnouncingItself() throws Exception {
        List<String> done = new ArrayList<>();
        downloads.inTurn(new MockHttpServletRequest(), new MockHttpServletResponse(), () -> done.add("announced"), () -> done.add("ran"));
        downloads.inTurn(new MockHttpServletRequest(), new MockHttpServletResponse(), () -> done.add("announced"), () -> done.add("ran again"));

        assertThat(done).containsExactly("ran", "ran again");
    }

    @Test
    void withEveryTurnTakenAndNoRoomInLineTheNextGets503AndRunsNothing() throws Exception {
        List<String> done = new ArrayList<>();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        downloads.inTurn(new MockHttpServletRequest(), new MockHttpServletResponse(), () -> done.add("announced"), () -> {
            try {
                downloads.inTurn(new MockHttpServletRequest(), refused, () -> done.add("second announced"), () -> done.add("second ran"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            done.add("first ran");
        });

        assertThat(done).containsExactly("first ran");
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo(CsvDownload.RETRY_AFTER_SECONDS);
    }
}
