package com.partnershiptracker.timeline.web;

import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.web.Display;
import com.partnershiptracker.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With no heavy request allowed at all, an export is refused with a 503 and Retry-After before any reading. */
@WebMvcTest({TimelineExportController.class, TimelineFeedController.class})
@Import({Display.class, SliceSecurity.class})
@TestPropertySource(properties = {"app.heavy-requests.max-concurrent=0", "app.heavy-requests.max-wait=0s"})
class TimelineExportGateTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TimelineService timeline;

    @Test
    void anExportOverTheLimitIs503WithRetryAfterAndReadsNothing() throws Exception {
        mvc.perform(get("/timeline.csv")).andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
        verify(timeline, never()).entries(any());
    }
}
