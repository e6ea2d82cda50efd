package com.partnershiptracker.agreement.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AgreementAdminController.class)
@Import({Conflicts.class, Display.class, SliceSecurity.class, ReferenceFields.class})
class AgreementAdminControllerTests {

    @Autowired
    MockMvc mvc;

    /** Review is not required in these tests: every save publishes, as before drafts existed. */
    @MockitoBean(name = "draftGate")
    DraftGate drafts;

    @MockitoBean
    ReferenceResolver resolver;

    @MockitoBean
    AgreementService agreements;

    @MockitoBean
    OrganizationService organizations;

    @MockitoBean
    PersonService people;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).organization(1, "woori-financial-group", "우리금융그룹", "Woori Financial Group").organization(2, "kt", "KT", "KT");
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of(
                new OrganizationNode(1, "woori-financial-group", null, "우리금융그룹", "Woori Financial Group", OrganizationKind.FINANCIAL_GROUP),
                new OrganizationNode(2, "kt", null, "KT", "KT", OrganizationKind.TELECOM))));
        when(people.list(any())).thenReturn(Page.empty());
        when(people.findBySlug(anyString())).thenReturn(Optional.empty());
        when(agreements.getDetails(2L)).thenReturn(new AgreementDetails(2, 3, Bilingual.of("협약", "MOU"), AgreementKind.MOU,
                AgreementStatus.SIGNED, Bilingual.of(null, null), Bilingual.of(null, null), null, null, null, null,
                List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aValidEditSavesAndRedirectsToTheAgreement() throws Exception {
        mvc.perform(edit()).andExpect(redirectedUrl("/agreements/2"));
        verify(agreements).update(org.mockito.ArgumentMatchers.eq(2L), org.mockito.ArgumentMatchers.eq(3L), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anAgreementNeedsTwoDifferentKnownPartiesATitleAndAnEndAfterSigning() throws Exception {
        mvc.perform(post("/admin/agreements/2/edit").with(csrf()).param("version", "3").param("kind", "MOU")
                        .param("status", "SIGNED").param("parties[0].organization", "kt").param("parties[1].organization", "kt")
                        .param("parties[2].organization", "no-such-org").param("signed.text", "2020-08-19").param("ended.text", "2020-07")
                        .param("attendees[0].person", "nobody").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "titled", "betweenTwoOrMoreParties", "endedAfterSigned",
                        "parties[2].organization", "attendees[0].person"))
                .andExpect(content().string(containsString("An agreement needs at least two different parties.")));
        verify(agreements, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aNameTwoOrganizationsShareIsAnErrorOnItsRowNamingBoth() throws Exception {
        ReferenceStubs.on(resolver).organization(1, "woori-financial-group", "우리금융그룹", "Woori Financial Group")
                .organization(2, "kt", "KT", "KT").organization(3, "kt-cloud", "케이티", "KT");
        mvc.perform(edit().param("parties[2].organization", "KT").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "parties[2].organization", "validation.reference.ambiguous"))
                .andExpect(content().string(containsString("More than one organization is called “KT”: KT (kt); KT (kt-cloud).")));
        verify(agreements, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aTypedNameIsSavedAsTheOrganizationItNamesAndTheFormOffersPickersNotLists() throws Exception {
        mvc.perform(post("/admin/agreements/2/edit").with(csrf()).param("version", "3").param("titleKo", "협약")
                        .param("kind", "MOU").param("status", "SIGNED")
                        .param("parties[0].organization", "woori financial group").param("parties[1].organization", "KT (kt)"))
                .andExpect(redirectedUrl("/agreements/2"));
        org.mockito.ArgumentCaptor<AgreementForm> saved = org.mockito.ArgumentCaptor.forClass(AgreementForm.class);
        verify(agreements).update(org.mockito.ArgumentMatchers.eq(2L), org.mockito.ArgumentMatchers.eq(3L), saved.capture());
        assertThat(saved.getValue().getParties().get(0).getOrganization()).isEqualTo("Woori Financial Group (woori-financial-group)");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/agreements/2/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-lookup=\"/api/v1/lookup/organizations\"")))
                .andExpect(content().string(containsString("data-lookup=\"/api/v1/lookup/people\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<option value=\"kt\""))));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleSaveIsRefusedWithA409AndTheInputKept() throws Exception {
        when(agreements.update(anyLong(), anyLong(), any())).thenThrow(new StaleRecordException("Agreement", 2));
        mvc.perform(edit().param("titleEn", "My title"))
                .andExpect(status().isConflict())
                .andExpect(model().attributeExists("conflict"))
                .andExpect(content().string(containsString("value=\"My title\"")));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aDateWrittenTheKoreanWayIsSavedAtThePrecisionItGives() throws Exception {
        mvc.perform(editSignedOn("2020.08.19").param("announced.text", "2020년 7월"))
                .andExpect(redirectedUrl("/agreements/2"));
        org.mockito.ArgumentCaptor<AgreementForm> saved = org.mockito.ArgumentCaptor.forClass(AgreementForm.class);
        verify(agreements).update(org.mockito.ArgumentMatchers.eq(2L), org.mockito.ArgumentMatchers.eq(3L), saved.capture());
        assertThat(saved.getValue().getSigned().toPartialDate().toIsoString()).isEqualTo("2020-08-19");
        assertThat(saved.getValue().getAnnounced().toPartialDate().toIsoString()).isEqualTo("2020-07");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anUnreadableDateIsAnErrorBesideItsFieldThatSaysWhatIsAccepted() throws Exception {
        mvc.perform(editSignedOn("19/08/20").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "signed.text"))
                .andExpect(content().string(containsString("a day (2021.03.05, 2021년 3월 5일, 5 March 2021)")))
                .andExpect(content().string(containsString("value=\"19/08/20\"")));
        verify(agreements, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void addingARowWithoutJavaScriptKeepsTheInputAndSavesNothing() throws Exception {
        mvc.perform(edit().param("titleEn", "Kept title").param("parties[2].organization", "").param("addRow", "parties"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Kept title\"")))
                .andExpect(content().string(containsString("name=\"parties[3].organization\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"parties[4].organization\""))));
        verify(agreements, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleSaveShowsEachChangedFieldAsOpenedAsTheySavedItAndAsTyped() throws Exception {
        AgreementForm opened = AgreementForm.from(agreements.getDetails(2L));
        when(agreements.getDetails(2L)).thenReturn(new AgreementDetails(2, 4, Bilingual.of("협약", "Their title"), AgreementKind.MOU,
                AgreementStatus.ENDED, Bilingual.of(null, null), Bilingual.of(null, null), null, null, null, null,
                List.of(), List.of(), List.of(), List.of()));
        when(agreements.update(anyLong(), anyLong(), any())).thenThrow(new StaleRecordException("Agreement", 2));

        String page = mvc.perform(edit().param("opened", opened.getOpened()).param("titleEn", "My title").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        List<String> rows = html.select(".conflict-panel tbody tr").eachText();
        assertThat(rows.get(0)).startsWith("Title in English").contains("Their title", "My title");
        assertThat(rows.get(1)).startsWith("Status").contains("Signed", "Ended");
        assertThat(html.select(".conflict-panel input[name=takeTheirs]").eachAttr("value")).containsExactly("titleEn", "status");
        assertThat(rows).noneMatch(row -> row.startsWith("Title in Korean"));
        assertThat(html.select("input[name=version]").attr("value")).isEqualTo("4");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void savingAgainWithTakeTheirsKeepsTheirValueAndTheRestOfTheInput() throws Exception {
        when(agreements.getDetails(2L)).thenReturn(new AgreementDetails(2, 4, Bilingual.of("협약", "Their title"), AgreementKind.MOU,
                AgreementStatus.ENDED, Bilingual.of(null, null), Bilingual.of(null, null), null, null, null, null,
                List.of(), List.of(), List.of(), List.of()));
        mvc.perform(edit().param("titleEn", "My title").param("placeEn", "Seoul").param("takeTheirs", "titleEn"))
                .andExpect(redirectedUrl("/agreements/2"));
        org.mockito.ArgumentCaptor<AgreementForm> saved = org.mockito.ArgumentCaptor.forClass(AgreementForm.class);
        verify(agreements).update(org.mockito.ArgumentMatchers.eq(2L), org.mockito.ArgumentMatchers.eq(3L), saved.capture());
        assertThat(saved.getValue().getTitleEn()).isEqualTo("Their title");
        assertThat(saved.getValue().getPlaceEn()).isEqualTo("Seoul");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void savingWithoutACsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/admin/agreements/2/edit").param("version", "3")).andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(edit()).andExpect(redirectedUrl("/login"));
    }

    private MockHttpServletRequestBuilder edit() {
        return editSignedOn("2020-09-10");
    }

    private MockHttpServletRequestBuilder editSignedOn(String signed) {
        return post("/admin/agreements/2/edit").with(csrf()).param("version", "3").param("titleKo", "협약")
                .param("kind", "MOU").param("status", "SIGNED").param("signed.text", signed)
                .param("parties[0].organization", "woori-financial-group").param("parties[0].role", "PRINCIPAL")
                .param("parties[1].organization", "kt").param("parties[1].role", "PRINCIPAL")
                .param("areas[0].ko", "마이데이터").param("areas[0].en", "MyData");
    }
}
