package com.partnershiptracker.timeline.web;

import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.export.ExportCutShort;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineEntryKind;
import com.partnershiptracker.timeline.TimelineHeadlines;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineOrder;
import com.partnershiptracker.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({TimelineExportController.class, TimelineFeedController.class})
@Import({Display.class, TimelineHeadlines.class, SliceSecurity.class, CsvDownloads.class})
class TimelineExportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TimelineService timeline;

    private final TimelineEntry awkward = new TimelineEntry(TimelineEntryKind.AGREEMENT, new FactRef(FactKind.AGREEMENT, 7),
            PartialDate.ofMonth(2020, 7), Bilingual.of("\"전략적\" 협약, <1>", "Strategic & MOU"), Bilingual.of("줄\n바꿈", null),
            new RecordLink(RecordLink.Kind.AGREEMENT, "7"), List.of(), List.of());

    @BeforeEach
    void stubOneAwkwardEntry() {
        streams(List.of(awkward));
    }

    @Test
    void csvQuotesAwkwardTextKeepsTheMonthPrecisionAndEndsWithItsCount() throws Exception {
        byte[] body = mvc.perform(get("/timeline.csv").param("partner", "kt"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("timeline.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).endsWith(
                "2020-07,month,AGREEMENT,\"\"\"전략적\"\" 협약, <1>\",Strategic & MOU,\"줄\n바꿈\",,,http://localhost/agreements/7,,\r\n"
                        + "# complete: 1 rows\r\n");
    }

    @Test
    void csvIsSentAsItIsReadNotHeldWhole() throws Exception {
        boolean[] sentBeforeTheLastRowWasRead = {false};
        doAnswer(call -> {
            ExportSink<TimelineEntry> sink = call.getArgument(2);
            sink.open();
            for (int i = 0; i < 1000; i++) {
                sink.accept(awkward);
            }
            sentBeforeTheLastRowWasRead[0] = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                    .getResponse().isCommitted();
            sink.accept(awkward);
            return null;
        }).when(timeline).forEachMatching(any(), anyInt(), any());

        String body = mvc.perform(get("/timeline.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(sentBeforeTheLastRowWasRead[0]).isTrue();
        assertThat(body).endsWith("# complete: 1001 rows\r\n");
    }

    @Test
    void csvAsksForEveryMatchingEntryWhateverThePage() throws Exception {
        mvc.perform(get("/timeline.csv").param("partner", "kt").param("page", "3").param("size", "5")).andExpect(status().isOk());
        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline).forEachMatching(filter.capture(), eq(Integer.MAX_VALUE), any());
        assertThat(filter.getValue().partners()).containsExactly("kt");
    }

    @Test
    void aCsvCutShortByTheServerEndsInAnErrorThatNoErrorPageAnswers() {
        doAnswer(call -> {
            ExportSink<TimelineEntry> sink = call.getArgument(2);
            sink.open();
            sink.accept(awkward);
            throw new QueryTimeoutException("the database stopped answering");
        }).when(timeline).forEachMatching(any(), anyInt(), any());

        // No handler answers it (one for database errors would write a page into the file and end it as if whole):
        // Tomcat then closes the connection without ending the response. CsvDownloadTests check the file's last line.
        assertThatThrownBy(() -> mvc.perform(get("/timeline.csv"))).rootCause().isInstanceOf(ExportCutShort.class);
    }

    @Test
    void aDatabaseOutOfReachBeforeTheFileStartsIsTheBusyPageNotAFile() throws Exception {
        doThrow(new CannotCreateTransactionException("no connection")).when(timeline).forEachMatching(any(), anyInt(), any());
        mvc.perform(get("/timeline.csv")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void atomEscapesTextAndAsksForTheNewestEntries() throws Exception {
        mvc.perform(get("/timeline.atom").param("partner", "kt").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/atom+xml")))
                .andExpect(content().string(containsString("Strategic &amp; MOU")))
                .andExpect(content().string(containsString("<updated>2020-07-01T00:00:00Z</updated>")))
                .andExpect(content().string(not(containsString("<subtitle>"))));
        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline).forEachMatching(filter.capture(), eq(TimelineFeedController.FEED_SIZE + 1), any());
        assertThat(filter.getValue().order()).isEqualTo(TimelineOrder.NEWEST_FIRST);
        assertThat(filter.getValue().partners()).containsExactly("kt");
    }

    @Test
    void atomWithMoreMatchesThanItHoldsSaysSoAndLinksToTheWholeCsv() throws Exception {
        streams(Collections.nCopies(TimelineFeedController.FEED_SIZE + 1, awkward));
        String feed = mvc.perform(get("/timeline.atom?partner=kt").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("<subtitle>The latest 50 entries only")
                .contains("<link rel=\"related\" type=\"text/csv\" href=\"http://localhost/timeline.csv?partner=kt\"");
        assertThat(feed.split("<entry>", -1)).hasSize(TimelineFeedController.FEED_SIZE + 1);
    }

    private void streams(List<TimelineEntry> entries) {
        doAnswer(call -> {
            int limit = call.getArgument(1);
            ExportSink<TimelineEntry> sink = call.getArgument(2);
            sink.open();
            entries.stream().limit(limit).forEach(sink::accept);
            return null;
        }).when(timeline).forEachMatching(any(), anyInt(), any());
    }
}
