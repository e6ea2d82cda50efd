package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementNotFoundException;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementSort;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.ProducedInitiatives;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(AgreementController.class)
@Import({Display.class, SliceSecurity.class})
class AgreementControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AgreementService agreements;

    @MockitoBean
    ProducedInitiatives initiatives;

    @MockitoBean
    PersonService people;

    @MockitoBean
    OrganizationService organizations;

    @BeforeEach
    void stubServices() {
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of()));
        when(organizations.selectPartners(anyCollection(), anyBoolean()))
                .thenReturn(new PartnerSelection(Set.of(), List.of("no-such-partner")));
        when(agreements.search(any(), any())).thenReturn(Page.empty(PageRequest.of(0, 20)));
    }

    @Test
    void filtersByPartnerKindStatusAndSort() throws Exception {
        mvc.perform(get("/agreements").param("partner", "kt").param("kind", "strategic_mou")
                        .param("status", "signed").param("sort", "title").param("from", "2020").param("to", "2020"))
                .andExpect(status().isOk())
                .andExpect(view().name(AgreementController.LIST_VIEW));
        ArgumentCaptor<AgreementFilter> filter = ArgumentCaptor.forClass(AgreementFilter.class);
        verify(agreements).search(filter.capture(), any());
        assertThat(filter.getValue().partners()).containsExactly("kt");
        assertThat(filter.getValue().kinds()).containsExactly(AgreementKind.STRATEGIC_MOU);
        assertThat(filter.getValue().statuses()).containsExactly(AgreementStatus.SIGNED);
        assertThat(filter.getValue().sort()).isEqualTo(AgreementSort.TITLE);
    }

    @Test
    void countsEveryActiveFilterOnTheFiltersButtonAndOffersAChipToRemoveEachStatus() throws Exception {
        String page = mvc.perform(get("/agreements").param("partner", "no-such-partner").param("status", "signed")
                        .param("status", "ended").param("affiliates", "true").param("q", "MOU").param("sort", "title")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);

        assertThat(html.select("summary.filter-toggle").text()).isEqualTo("Filters (5)");
        assertThat(html.select("a.filter-chip")).extracting(chip -> chip.selectFirst("span").text())
                .containsExactly("no-such-partner", "Include affiliates", "\u201cMOU\u201d", "Signed", "Ended");
        assertThat(html.select("a.filter-chip").get(3).attr("href"))
                .isEqualTo("/agreements?partner=no-such-partner&affiliates=true&q=MOU&status=ended&sort=title");
        assertThat(html.select("a.filter-chip").get(1).attr("href"))
                .isEqualTo("/agreements?partner=no-such-partner&q=MOU&status=signed&status=ended&sort=title");
        assertThat(page).doesNotContain("Hold Ctrl");
    }

    @Test
    void betweenAllOfThePartnersReachesTheFilterAndIsCheckedInTheForm() throws Exception {
        mvc.perform(get("/agreements").param("partner", "kt").param("partner", "naver").param("match", "ALL")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Between all of")))
                .andExpect(content().string(containsString("id=\"match-all\" value=\"all\" checked")));
        ArgumentCaptor<AgreementFilter> filter = ArgumentCaptor.forClass(AgreementFilter.class);
        verify(agreements).search(filter.capture(), any());
        assertThat(filter.getValue().partners()).containsExactly("kt", "naver");
        assertThat(filter.getValue().match()).isEqualTo(com.partnershiptracker.organization.PartnerMatch.ALL);
    }

    @Test
    void anUnknownMatchIsIgnoredAndMeansAnyOf() throws Exception {
        mvc.perform(get("/agreements").param("partner", "kt").param("match", "most"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"match-any\" value=\"any\" checked")));
        ArgumentCaptor<AgreementFilter> filter = ArgumentCaptor.forClass(AgreementFilter.class);
        verify(agreements).search(filter.capture(), any());
        assertThat(filter.getValue().match()).isEqualTo(com.partnershiptracker.organization.PartnerMatch.ANY);
    }

    @Test
    void theLinksOfAPageBetweenPartnersKeepTheMatch() {
        AgreementQuery query = new AgreementQuery();
        query.setPartner(List.of("kt", "woori-financial-group"));
        query.setMatch("all");

        assertThat(query.pageUrl("/agreements", 2)).isEqualTo("/agreements?partner=kt&partner=woori-financial-group&match=all&page=2");
        query.setMatch("any");
        assertThat(query.pageUrl("/agreements", 1)).isEqualTo("/agreements?partner=kt&partner=woori-financial-group");
    }

    @Test
    void anEmptyResultSaysWhatToDoNextAndNamesTheUnknownPartner() throws Exception {
        mvc.perform(get("/agreements").param("partner", "no-such-partner").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No agreement matches these filters")))
                .andExpect(content().string(containsString("no-such-partner")));
    }

    @Test
    void onlyASignedInEditorSeesTheAdminLinkAndTheSignOutButton() throws Exception {
        mvc.perform(get("/agreements"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("nav-admin"))))
                .andExpect(content().string(not(containsString("sign-out"))));
        mvc.perform(get("/agreements").with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nav-admin")))
                .andExpect(content().string(containsString("sign-out")));
    }

    @Test
    void refusesAnUnknownSortField() throws Exception {
        mvc.perform(get("/agreements").param("sort", "password")).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownAgreementIsABranded404() throws Exception {
        when(agreements.getDetails(anyLong())).thenThrow(new AgreementNotFoundException(999));
        mvc.perform(get("/agreements/999").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("Not found")));
    }

    @Test
    void aNonNumericIdIsA400() throws Exception {
        mvc.perform(get("/agreements/abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/agreements/99999999999999999999")).andExpect(status().isBadRequest());
    }
}
