package com.partnershiptracker.timeline.web;

import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.shared.web.Display;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineEntryKind;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineOrder;
import com.partnershiptracker.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({TimelineExportController.class, TimelineFeedController.class})
@Import({Display.class, SliceSecurity.class})
class TimelineExportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TimelineService timeline;

    @BeforeEach
    void stubOneAwkwardEntry() {
        TimelineEntry entry = new TimelineEntry(TimelineEntryKind.AGREEMENT, new FactRef(FactKind.AGREEMENT, 7),
                PartialDate.ofMonth(2020, 7), Bilingual.of("\"전략적\" 협약, <1>", "Strategic & MOU"), Bilingual.of("줄\n바꿈", null),
                new RecordLink(RecordLink.Kind.AGREEMENT, "7"), List.of(), List.of());
        when(timeline.entries(any())).thenReturn(new PageImpl<>(List.of(entry), PageRequest.of(0, 100), 1));
    }

    @Test
    void csvQuotesAwkwardTextAndKeepsTheMonthPrecision() throws Exception {
        byte[] body = mvc.perform(get("/timeline.csv").param("partner", "kt"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("timeline.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains(
                "2020-07,month,AGREEMENT,\"\"\"전략적\"\" 협약, <1>\",Strategic & MOU,\"줄\n바꿈\",,,http://localhost/agreements/7,\r\n");
    }

    @Test
    void csvIsWrittenOutAPageAtATimeNotHeldWhole() throws Exception {
        TimelineEntry entry = new TimelineEntry(TimelineEntryKind.AGREEMENT, new FactRef(FactKind.AGREEMENT, 7),
                PartialDate.ofMonth(2020, 7), Bilingual.of("협약 ".repeat(20), "Agreement ".repeat(20)), Bilingual.of(null, null),
                new RecordLink(RecordLink.Kind.AGREEMENT, "7"), List.of(), List.of());
        List<TimelineEntry> fullPage = Collections.nCopies(PageSlice.MAX_SIZE, entry);
        boolean[] sentBeforeTheLastPageWasRead = {false};
        when(timeline.entries(any())).thenAnswer(call -> {
            TimelineFilter filter = call.getArgument(0);
            if (filter.slice().page() == 1) {
                sentBeforeTheLastPageWasRead[0] = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                        .getResponse().isCommitted();
            }
            return new PageImpl<>(fullPage, PageRequest.of(filter.slice().page(), PageSlice.MAX_SIZE), 2L * PageSlice.MAX_SIZE);
        });

        String body = mvc.perform(get("/timeline.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(sentBeforeTheLastPageWasRead[0]).isTrue();
        assertThat(body.split("\r\n")).hasSize(1 + 2 * PageSlice.MAX_SIZE);
    }

    @Test
    void csvReadsEveryPageOfTheFilterNotJustTheFirst() throws Exception {
        mvc.perform(get("/timeline.csv").param("partner", "kt").param("page", "3").param("size", "5")).andExpect(status().isOk());
        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline, atLeastOnce()).entries(filter.capture());
        assertThat(filter.getAllValues().get(0).slice()).isEqualTo(new PageSlice(0, PageSlice.MAX_SIZE));
        assertThat(filter.getAllValues().get(0).partners()).containsExactly("kt");
    }

    @Test
    void atomEscapesTextAndAsksForTheNewestEntries() throws Exception {
        mvc.perform(get("/timeline.atom").param("partner", "kt").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/atom+xml")))
                .andExpect(content().string(containsString("Strategic &amp; MOU")))
                .andExpect(content().string(containsString("<updated>2020-07-01T00:00:00Z</updated>")));
        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline).entries(filter.capture());
        assertThat(filter.getValue().order()).isEqualTo(TimelineOrder.NEWEST_FIRST);
        assertThat(filter.getValue().partners()).containsExactly("kt");
    }
}
