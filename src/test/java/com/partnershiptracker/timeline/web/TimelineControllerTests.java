package com.partnershiptracker.timeline.web;

import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineEntryKind;
import com.partnershiptracker.timeline.TimelineHeadlines;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineOrder;
import com.partnershiptracker.timeline.TimelineService;
import com.partnershiptracker.timeline.TimelineYear;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(TimelineController.class)
@Import({Display.class, TimelineHeadlines.class, SliceSecurity.class})
class TimelineControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TimelineService timeline;

    @MockitoBean
    OrganizationService organizations;

    @BeforeEach
    void stubServices() {
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of(
                new OrganizationNode(1, "kt", null, "KT", "KT", OrganizationKind.TELECOM))));
        when(organizations.selectPartners(anyCollection(), anyBoolean())).thenReturn(new PartnerSelection(Set.of(), List.of()));
        TimelineEntry entry = new TimelineEntry(TimelineEntryKind.AGREEMENT, new FactRef(FactKind.AGREEMENT, 7),
                PartialDate.ofMonth(2020, 7), Bilingual.of("전략적 업무협약", "Strategic MOU"), Bilingual.of(null, null),
                new RecordLink(RecordLink.Kind.AGREEMENT, "7"), List.of(), List.of());
        when(timeline.entries(any())).thenReturn(new PageImpl<>(List.of(entry), PageRequest.of(0, 20), 1));
    }

    @Test
    void passesEveryFilterFromTheQueryStringToTheService() throws Exception {
        mvc.perform(get("/timeline").param("partner", "kt").param("partner", "bc-card").param("affiliates", "true")
                        .param("kind", "agreement").param("from", "2020-07").param("to", "2021").param("q", "MOU")
                        .param("order", "newest_first").param("page", "2").param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(view().name(TimelineController.VIEW));

        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline).entries(filter.capture());
        assertThat(filter.getValue().partners()).containsExactly("kt", "bc-card");
        assertThat(filter.getValue().includeAffiliates()).isTrue();
        assertThat(filter.getValue().kinds()).containsExactly(FactKind.AGREEMENT);
        assertThat(filter.getValue().from()).isEqualTo(PartialDate.ofMonth(2020, 7));
        assertThat(filter.getValue().to()).isEqualTo(PartialDate.ofYear(2020 + 1));
        assertThat(filter.getValue().text()).isEqualTo("MOU");
        assertThat(filter.getValue().order()).isEqualTo(TimelineOrder.NEWEST_FIRST);
        assertThat(filter.getValue().slice()).isEqualTo(new PageSlice(1, TimelinePageSize.DEFAULT));
    }

    @Test
    void betweenAllOfThePartnersReachesTheServiceAndTheLinks() throws Exception {
        when(timeline.entries(any())).thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 45));
        String page = mvc.perform(get("/timeline").param("partner", "kt").param("partner", "naver").param("match", "all")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline).entries(filter.capture());
        assertThat(filter.getValue().match()).isEqualTo(com.partnershiptracker.organization.PartnerMatch.ALL);
        assertThat(page).contains("Between all of", "id=\"match-all\" value=\"all\" checked");
    }

    @Test
    void anUnknownMatchMeansAnyOf() throws Exception {
        mvc.perform(get("/timeline").param("partner", "kt").param("match", "<script>")).andExpect(status().isOk());

        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline).entries(filter.capture());
        assertThat(filter.getValue().match()).isEqualTo(com.partnershiptracker.organization.PartnerMatch.ANY);
    }

    @Test
    void aLongRecordOffersOnlyTheTypeAheadPickerWithTheChosenPartnersInsteadOfAListOfThousands() throws Exception {
        List<OrganizationNode> many = new ArrayList<>();
        for (long id = 1; id <= 3000; id++) {
            many.add(new OrganizationNode(id, "partner-" + id, null, "파트너 " + id, "Partner " + id, OrganizationKind.BANK));
        }
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(many));

        String page = mvc.perform(get("/timeline").param("partner", "partner-42").param("partner", "Partner 7")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        Document html = Jsoup.parse(page);
        assertThat(html.select("select#partner")).isEmpty();
        assertThat(html.select("input#partner[data-lookup=/api/v1/lookup/organizations]:not([list])")).hasSize(1);
        assertThat(html.select("datalist")).isEmpty();
        assertThat(html.select("input[type=checkbox][name=partner][checked]")).extracting(element -> element.attr("value"))
                .containsExactly("partner-42", "partner-7");
        assertThat(html.select("label[for^=partner-chosen]")).extracting(Element::text).containsExactly("Partner 42", "Partner 7");
        assertThat(html.select("script[src=/js/picker.js]")).hasSize(1);
        assertThat(page).doesNotContain("Hold Ctrl");
        assertThat(page.length()).as("bytes of the page").isLessThan(60_000);
    }

    @Test
    void aShortRecordOffersTheTypeAheadPickerWithTheRecordAsSuggestionsForReadersWithoutJavaScript() throws Exception {
        String page = mvc.perform(get("/timeline").param("partner", "KT").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);

        assertThat(html.select("select#partner")).isEmpty();
        assertThat(html.select("input#partner[list=partner-names][data-lookup=/api/v1/lookup/organizations]")).hasSize(1);
        assertThat(html.select("datalist#partner-names option")).extracting(element -> element.attr("value"))
                .containsExactly("KT (kt)");
        assertThat(html.select("input[type=checkbox][name=partner][checked]")).extracting(element -> element.attr("value"))
                .containsExactly("kt");
        assertThat(html.select("script[src=/js/picker.js]")).hasSize(1);
        assertThat(page).doesNotContain("Hold Ctrl");
    }

    @Test
    void theFiltersCollapseBehindAButtonCountingTheActiveOnesWhichShowAsRemovableChips() throws Exception {
        Document html = Jsoup.parse(mvc.perform(get("/timeline").param("partner", "kt").param("kind", "agreement")
                        .param("from", "2020").param("order", "newest_first").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("details.filter-panel:not([open]) > summary.filter-toggle").text()).isEqualTo("Filters (3)");
        assertThat(html.select("details.filter-panel > form.filters")).hasSize(1);
        assertThat(html.select("ul.filter-chips a.filter-chip")).extracting(element -> element.attr("href")).containsExactly(
                "/timeline?kind=agreement&from=2020&order=newest_first",
                "/timeline?partner=kt&kind=agreement&order=newest_first",
                "/timeline?partner=kt&from=2020&order=newest_first");
        assertThat(html.select("ul.filter-chips a.filter-chip").first().text()).isEqualTo("KT, remove this filter");
    }

    @Test
    void withoutFiltersTheButtonCountsNoneAndNoChipsShow() throws Exception {
        Document html = Jsoup.parse(mvc.perform(get("/timeline").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("summary.filter-toggle").text()).isEqualTo("Filters");
        assertThat(html.select("ul.filter-chips")).isEmpty();
    }

    @Test
    void theYearIndexLinksEachYearToThePageAndHeadingWhereItStarts() throws Exception {
        when(timeline.years(any())).thenReturn(List.of(new TimelineYear(2017, 3), new TimelineYear(2020, 30),
                new TimelineYear(2021, 40), new TimelineYear(2022, 2)));

        Document html = Jsoup.parse(mvc.perform(get("/timeline").param("partner", "kt").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("nav.year-index a")).extracting(Element::text)
                .containsExactly("2017 (3)", "2020 (30)", "2021 (40)", "2022 (2)");
        assertThat(html.select("nav.year-index a")).extracting(element -> element.attr("href")).containsExactly(
                "/timeline?partner=kt#year-2017", "/timeline?partner=kt#year-2020",
                "/timeline?partner=kt&page=2#year-2021", "/timeline?partner=kt&page=3#year-2022");
        assertThat(html.select("h2.timeline-period#year-2020").text()).isEqualTo("July 2020");
    }

    @Test
    void theYearIndexCountsPagesOfTheChosenSize() throws Exception {
        when(timeline.years(any())).thenReturn(List.of(new TimelineYear(2022, 120), new TimelineYear(2020, 30)));

        Document html = Jsoup.parse(mvc.perform(get("/timeline").param("size", "50").param("order", "newest_first"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("nav.year-index a")).extracting(element -> element.attr("href")).containsExactly(
                "/timeline?order=newest_first&size=50#year-2022", "/timeline?order=newest_first&size=50&page=3#year-2020");
        assertThat(html.select("p.page-size a")).extracting(element -> element.attr("href")).containsExactly(
                "/timeline?order=newest_first", "/timeline?order=newest_first&size=100");
        assertThat(html.select("p.page-size strong[aria-current]").text()).isEqualTo("50");
    }

    @Test
    void offersPagesOf25Or50Or100Entries() throws Exception {
        for (int size : List.of(25, 50, 100)) {
            mvc.perform(get("/timeline").param("size", Integer.toString(size))).andExpect(status().isOk());
        }
        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline, org.mockito.Mockito.times(3)).entries(filter.capture());
        assertThat(filter.getAllValues()).extracting(value -> value.slice().size()).containsExactly(25, 50, 100);
    }

    @Test
    void showsAMonthOnlyDateWithoutInventingADay() throws Exception {
        mvc.perform(get("/timeline").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("July 2020")))
                .andExpect(content().string(not(containsString("1 July 2020"))));
    }

    @Test
    void refusesAnImpossibleDateWithAMessage() throws Exception {
        mvc.perform(get("/timeline").param("from", "2020-13").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/400"))
                .andExpect(content().string(containsString("2020-13")));
        verify(timeline, never()).entries(any());
    }

    @Test
    void refusesAnUnknownKind() throws Exception {
        mvc.perform(get("/timeline").param("kind", "spaceship")).andExpect(status().isBadRequest());
    }

    @Test
    void refusesAPageThatIsNotANumber() throws Exception {
        mvc.perform(get("/timeline").param("page", "abc")).andExpect(status().isBadRequest());
    }

    @Test
    void aPageSizeNotOfferedShowsTheDefaultAndSaysSo() throws Exception {
        for (String size : List.of("1000000", "37", "10")) {
            mvc.perform(get("/timeline").param("size", size).param("page", "-1").header("Accept-Language", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("A page of " + size + " entries is not offered; showing 25.")));
        }
        mvc.perform(get("/timeline").param("size", "lots" + "9".repeat(5000)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A page of lots99999999… entries is not offered; showing 25.")));
        ArgumentCaptor<TimelineFilter> filter = ArgumentCaptor.forClass(TimelineFilter.class);
        verify(timeline, org.mockito.Mockito.times(4)).entries(filter.capture());
        assertThat(filter.getAllValues()).extracting(TimelineFilter::slice).containsOnly(new PageSlice(0, TimelinePageSize.DEFAULT));
    }

    @Test
    void followsTheBrowserLanguage() throws Exception {
        mvc.perform(get("/timeline").header("Accept-Language", "ko-KR,ko;q=0.9"))
                .andExpect(content().string(containsString("lang=\"ko\"")))
                .andExpect(content().string(containsString("타임라인")))
                .andExpect(content().string(containsString("전략적 업무협약")))
                .andExpect(content().string(containsString("2020년 7월")));
    }

    @Test
    void langParameterOverridesTheBrowserAndIsRemembered() throws Exception {
        mvc.perform(get("/timeline").param("lang", "en").header("Accept-Language", "ko"))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("Strategic MOU")))
                .andExpect(cookie().value("lang", "en"))
                .andExpect(cookie().httpOnly("lang", true));

        mvc.perform(get("/timeline").cookie(new Cookie("lang", "en")).header("Accept-Language", "ko"))
                .andExpect(content().string(containsString("lang=\"en\"")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish() throws Exception {
        mvc.perform(get("/timeline").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/timeline").param("lang", "xx").header("Accept-Language", "ko"))
                .andExpect(content().string(containsString("lang=\"ko\"")));
    }

    @Test
    void theLanguageSwitchKeepsTheFilters() throws Exception {
        mvc.perform(get("/timeline?partner=kt&from=2020&lang=en"))
                .andExpect(model().attributeExists("page"))
                .andExpect(content().string(containsString("href=\"/timeline?partner=kt&amp;from=2020&amp;lang=ko\"")));
    }

    @Test
    void theChartViewDrawsTheSameFiltersAndKeepsTheListForReadersWithoutJavaScript() throws Exception {
        mvc.perform(get("/timeline").param("partner", "kt").param("view", "chart").param("page", "3").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "data-chart-source=\"/api/v1/timeline/chart?partner=kt&amp;view=chart\"")))
                .andExpect(content().string(containsString("href=\"/timeline?partner=kt\"")))
                .andExpect(content().string(containsString("/js/timeline-chart.js")))
                .andExpect(content().string(containsString("data-chart-source=")))
                .andExpect(content().string(containsString("class=\"timeline-group chart-fallback\"")))
                .andExpect(content().string(containsString("class=\"timeline-entry\"")));
    }

    @Test
    void theListViewOffersTheChartWithTheSameFilters() throws Exception {
        mvc.perform(get("/timeline").param("partner", "kt").param("order", "newest_first").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/timeline?partner=kt&amp;order=newest_first&amp;view=chart\"")))
                .andExpect(content().string(containsString("class=\"timeline-entry\"")))
                .andExpect(content().string(not(containsString("data-chart-source"))));
    }
}
