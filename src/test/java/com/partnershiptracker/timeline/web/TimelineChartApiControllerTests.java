package com.partnershiptracker.timeline.web;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.source.SourceCitation;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineEntryKind;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TimelineChartApiController.class)
@Import({Display.class, SliceSecurity.class})
class TimelineChartApiControllerTests {

    static final OrganizationRef KT = new OrganizationRef(1, "kt", Bilingual.of("KT", "KT"), OrganizationKind.TELECOM);
    static final OrganizationRef BANK = new OrganizationRef(2, "test-bank", Bilingual.of("테스트은행", "Test Bank"), OrganizationKind.BANK);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TimelineService timeline;

    @Test
    void aMonthOnlyEntrySpansItsWholeMonthAndADayIsOneDay() throws Exception {
        stub(entry(7, PartialDate.ofMonth(2020, 7), KT, BANK), entry(8, PartialDate.ofDay(2020, 8, 19), KT),
                entry(9, PartialDate.ofYear(2022), BANK));

        mvc.perform(get("/api/v1/timeline/chart").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[0].start").value("2020-07-01"))
                .andExpect(jsonPath("$.items[0].end").value("2020-07-31"))
                .andExpect(jsonPath("$.items[0].date.precision").value("MONTH"))
                .andExpect(jsonPath("$.items[0].lanes[1]").value("test-bank"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Agreement"))
                .andExpect(jsonPath("$.items[0].url").value("/agreements/7"))
                .andExpect(jsonPath("$.items[1].start").value("2020-08-19"))
                .andExpect(jsonPath("$.items[1].end").value("2020-08-19"))
                .andExpect(jsonPath("$.items[2].end").value("2022-12-31"))
                .andExpect(jsonPath("$.lanes", hasSize(2)))
                .andExpect(jsonPath("$.lanes[0].slug").value("kt"))
                .andExpect(jsonPath("$.lanes[1].nameKo").value("테스트은행"))
                .andExpect(jsonPath("$.items[0].detailEn").value("Detail 7"))
                .andExpect(jsonPath("$.items[0].sources", hasSize(1)))
                .andExpect(jsonPath("$.items[0].sources[0].publisher").value("Maeil"))
                .andExpect(jsonPath("$.items[0].sources[0].headlineEn").value("KT and Woori join hands"))
                .andExpect(jsonPath("$.items[0].sources[0].published.date").value("2020-08-20"))
                .andExpect(jsonPath("$.items[0].sources[0].url").value("/sources/41"))
                .andExpect(jsonPath("$.items[0].sources[0].articleUrl").value("https://example.com/kt-woori"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.shown").value(3));
    }

    @Test
    void takesTheTimelineFiltersAndLabelsKindsInTheUsersLanguage() throws Exception {
        stub(entry(7, PartialDate.ofMonth(2020, 7), KT));

        mvc.perform(get("/api/v1/timeline/chart").param("partner", "kt").param("from", "2020").param("kind", "agreement")
                        .header("Accept-Language", "ko"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].kindLabel").value("협약"));

        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline).chartEntries(filter.capture());
        assertThat(filter.getValue().partners()).containsExactly("kt");
        assertThat(filter.getValue().from()).isEqualTo(PartialDate.ofYear(2020));
        assertThat(filter.getValue().kinds()).containsExactly(FactKind.AGREEMENT);
    }

    @Test
    void aBadFilterIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/timeline/chart").param("to", "2020-13")).andExpect(status().isBadRequest());
    }

    private void stub(TimelineEntry... entries) {
        when(timeline.chartEntries(any())).thenReturn(new PageImpl<>(List.of(entries), PageRequest.of(0, 500), entries.length));
    }

    private static TimelineEntry entry(long id, PartialDate date, OrganizationRef... organizations) {
        return new TimelineEntry(TimelineEntryKind.AGREEMENT, new FactRef(FactKind.AGREEMENT, id), date,
                Bilingual.of("협약 " + id, "Agreement " + id), Bilingual.of(null, "Detail " + id),
                new RecordLink(RecordLink.Kind.AGREEMENT, Long.toString(id)), List.of(organizations),
                List.of(citation(id), citation(id)));
    }

    /** The same source cited twice (for two attributes) is one source in the details panel. */
    private static SourceCitation citation(long id) {
        return new SourceCitation(new FactRef(FactKind.AGREEMENT, id), 41, "Maeil", Bilingual.of("KT·우리 손잡다", "KT and Woori join hands"),
                PartialDate.ofDay(2020, 8, 20), "https://example.com/kt-woori", null, null, null, null, List.of(), 0, 1);
    }
}
