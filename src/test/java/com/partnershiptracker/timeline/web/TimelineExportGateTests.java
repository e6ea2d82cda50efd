package com.partnershiptracker.timeline.web;

import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.timeline.TimelineHeadlines;
import com.partnershiptracker.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With no export allowed at all and no line to wait in, an export is refused with a 503 and Retry-After before any reading. */
@WebMvcTest({TimelineExportController.class, TimelineFeedController.class})
@Import({Display.class, TimelineHeadlines.class, SliceSecurity.class, CsvDownloads.class})
@TestPropertySource(properties = {"app.exports.max-concurrent=0", "app.exports.max-waiting=0"})
class TimelineExportGateTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TimelineService timeline;

    @Test
    void anExportOverTheLimitIs503WithRetryAfterAndReadsNothing() throws Exception {
        mvc.perform(get("/timeline.csv")).andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After")).andExpect(content().bytes(new byte[0]));
        verify(timeline, never()).forEachMatching(any(), anyInt(), any());
    }
}
