package com.partnershiptracker.organization.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.DeleteConfirmation;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationChange;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationIdentifiers;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(OrganizationAdminController.class)
@Import({Conflicts.class, Display.class, SliceSecurity.class, ReferenceFields.class})
class OrganizationAdminControllerTests {

    @Autowired
    MockMvc mvc;

    /** Review is not required in these tests: every save publishes, as before drafts existed. */
    @MockitoBean(name = "draftGate")
    DraftGate drafts;

    @MockitoBean
    ReferenceResolver resolver;

    @MockitoBean
    OrganizationService organizations;

    Organization kt;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).organization(1, "kt", "KT", "KT");
        kt = new Organization("kt", Bilingual.of("KT", "KT"), OrganizationKind.TELECOM);
        ReflectionTestUtils.setField(kt, "id", 7L);
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of()));
        when(organizations.findWithParentBySlug("kt")).thenReturn(Optional.of(kt));
        when(organizations.getBySlug("kt")).thenReturn(kt);
        when(organizations.update(anyLong(), anyLong(), any(OrganizationChange.class)))
                .thenReturn(kt);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aNewOrganizationWithoutAKeyGetsOneFromItsEnglishName() throws Exception {
        when(organizations.create(any(), any())).thenAnswer(call -> call.getArgument(0));
        mvc.perform(post("/admin/organizations/new").with(csrf()).param("nameKo", "토스").param("nameEn", "Viva Republica")
                        .param("kind", "FINTECH").param("slug", ""))
                .andExpect(status().is3xxRedirection());
        org.mockito.ArgumentCaptor<com.partnershiptracker.organization.Organization> created =
                org.mockito.ArgumentCaptor.forClass(com.partnershiptracker.organization.Organization.class);
        verify(organizations).create(created.capture(), any());
        assertThat(created.getValue().getSlug()).isEqualTo("viva-republica");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void withReviewRequiredAnEditorsNewOrganizationIsKeptAsADraftAndNotSaved() throws Exception {
        when(drafts.mustDraft()).thenReturn(true);
        when(drafts.save(org.mockito.ArgumentMatchers.eq("ORGANIZATION"), org.mockito.ArgumentMatchers.isNull(), any(), any()))
                .thenReturn("redirect:/admin/drafts/9");
        mvc.perform(post("/admin/organizations/new").with(csrf()).param("nameKo", "토스").param("nameEn", "Viva Republica")
                        .param("kind", "FINTECH").param("slug", ""))
                .andExpect(redirectedUrl("/admin/drafts/9"));
        org.mockito.ArgumentCaptor<com.partnershiptracker.websupport.EditForm> drafted =
                org.mockito.ArgumentCaptor.forClass(com.partnershiptracker.websupport.EditForm.class);
        verify(drafts).save(org.mockito.ArgumentMatchers.eq("ORGANIZATION"), org.mockito.ArgumentMatchers.isNull(), drafted.capture(), any());
        assertThat(((OrganizationForm) drafted.getValue()).getSlug()).isEqualTo("viva-republica");
        verify(organizations, never()).create(any(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void withReviewRequiredAnInvalidFormComesBackAsTodayAndNoDraftIsKept() throws Exception {
        when(drafts.mustDraft()).thenReturn(true);
        mvc.perform(post("/admin/organizations/new").with(csrf()).param("nameKo", "").param("nameEn", "").param("kind", "FINTECH"))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganizationAdminController.FORM_VIEW));
        verify(drafts, never()).save(any(), any(), any(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void withReviewRequiredAnEditorsEditIsKeptAsADraftOfThatRecordAtItsVersion() throws Exception {
        when(drafts.mustDraft()).thenReturn(true);
        when(drafts.save(any(), any(), any(), any())).thenReturn("redirect:/admin/drafts/10");
        mvc.perform(validEdit()).andExpect(redirectedUrl("/admin/drafts/10"));
        org.mockito.ArgumentCaptor<com.partnershiptracker.websupport.EditForm> drafted =
                org.mockito.ArgumentCaptor.forClass(com.partnershiptracker.websupport.EditForm.class);
        verify(drafts).save(org.mockito.ArgumentMatchers.eq("ORGANIZATION"), org.mockito.ArgumentMatchers.eq(7L), drafted.capture(), any());
        assertThat(drafted.getValue().getVersion()).isZero();
        verify(organizations, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = {"REVIEWER", "EDITOR"})
    void whenTheGateSaysNoDraftTheEditIsSavedAsToday() throws Exception {
        when(drafts.mustDraft()).thenReturn(false);
        mvc.perform(validEdit()).andExpect(redirectedUrl("/organizations/kt"));
        verify(organizations).update(anyLong(), anyLong(), any());
        verify(drafts, never()).save(any(), any(), any(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theFormAsksForAKeyProposedFromTheNamesAndNumberedWhenTaken() throws Exception {
        when(organizations.isSlugTaken(org.mockito.ArgumentMatchers.eq("urieunhaeng"), any())).thenReturn(true);
        mvc.perform(get("/admin/organizations/slug").param("nameKo", "우리은행").param("nameEn", ""))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"slug\":\"urieunhaeng-2\"}"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aValidEditRedirectsToThePartnerPageWithAFlashMessage() throws Exception {
        mvc.perform(validEdit())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organizations/kt"))
                .andExpect(flash().attribute("flash", "flash.saved"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void eachBrokenRuleComesBackOnTheFormWithTheInputKept() throws Exception {
        mvc.perform(post("/admin/organizations/kt/edit").with(csrf()).param("version", "0")
                        .param("slug", "Not A Slug").param("kind", "TELECOM").param("founded.text", "2020-13")
                        .param("dissolved.text", "2019").param("website", "ftp://example.com").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganizationAdminController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrors("form", "slug", "founded.text", "website", "named"))
                .andExpect(content().string(containsString("value=\"Not A Slug\"")))
                .andExpect(content().string(containsString("Write a year (2021), a month (2021.03, 2021년 3월, March 2021) or a day (2021.03.05, 2021년 3월 5일, 5 March 2021).")));
        verify(organizations, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anEndBeforeTheStartIsRefused() throws Exception {
        mvc.perform(post("/admin/organizations/kt/edit").with(csrf()).param("version", "0").param("slug", "kt")
                        .param("nameEn", "KT").param("kind", "TELECOM").param("founded.text", "2021").param("dissolved.text", "2020-06"))
                .andExpect(model().attributeHasFieldErrors("form", "dissolvedAfterFounded"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aTakenSlugIsRefused() throws Exception {
        when(organizations.isSlugTaken(eq("bc-card"), any())).thenReturn(true);
        mvc.perform(post("/admin/organizations/kt/edit").with(csrf()).param("version", "0").param("slug", "bc-card")
                        .param("nameEn", "KT").param("kind", "TELECOM"))
                .andExpect(model().attributeHasFieldErrors("form", "slug"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleSaveIsRefusedWithA409AndTheInputKept() throws Exception {
        when(organizations.update(anyLong(), anyLong(), any())).thenThrow(new StaleRecordException("Organization", "kt"));
        mvc.perform(post("/admin/organizations/kt/edit").with(csrf()).param("version", "0").param("slug", "kt")
                        .param("nameEn", "My edit").param("kind", "TELECOM").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(model().attributeExists("conflict"))
                .andExpect(content().string(containsString("value=\"My edit\"")))
                .andExpect(content().string(containsString("Someone else saved this record")));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aSaveWithoutACsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/admin/organizations/kt/edit").param("version", "0").param("slug", "kt").param("kind", "TELECOM"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/organizations/kt/edit")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?continue=%2Fadmin%2Forganizations%2Fkt%2Fedit"));
        mvc.perform(validEdit()).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anEditorCannotDelete() throws Exception {
        mvc.perform(post("/admin/organizations/kt/delete").with(csrf()).param("version", "0")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void aReferencedOrganizationIsNotDeletedAndThePageSaysWhatRefersToIt() throws Exception {
        when(organizations.referencesTo(kt)).thenReturn(Map.of("agreements", 2L));
        mvc.perform(post("/admin/organizations/kt/delete").with(csrf()).param("version", "0").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("2 agreements it is party to")));
        verify(organizations, never()).delete(any());
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void aDeleteConfirmedOnAStalePageDeletesNothingAndShowsTheRecordAgainWithA409() throws Exception {
        when(organizations.referencesTo(kt)).thenReturn(Map.of());
        mvc.perform(post("/admin/organizations/kt/delete").with(csrf()).param("version", "7").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(view().name(DeleteConfirmation.VIEW))
                .andExpect(content().string(containsString("Nothing was deleted")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        verify(organizations, never()).delete(any());
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void aDeleteConfirmedAtTheCurrentVersionDeletes() throws Exception {
        when(organizations.referencesTo(kt)).thenReturn(Map.of());
        mvc.perform(post("/admin/organizations/kt/delete").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/organizations"));
        verify(organizations).delete(kt);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aParentThatWouldMakeACycleIsAFieldErrorOnTheParent() throws Exception {
        when(organizations.update(anyLong(), anyLong(), any())).thenThrow(new IllegalArgumentException("validation.parentCycle"));
        mvc.perform(validEdit().header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganizationAdminController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "parent", "validation.parentCycle"))
                .andExpect(content().string(containsString("cannot sit under itself")));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aNewOrganizationIsCreated() throws Exception {
        when(organizations.create(any(), any())).thenReturn(new Organization("toss-bank", Bilingual.of("토스뱅크", null),
                OrganizationKind.INTERNET_BANK));
        mvc.perform(post("/admin/organizations/new").with(csrf()).param("slug", "toss-bank").param("nameKo", "토스뱅크")
                        .param("kind", "INTERNET_BANK"))
                .andExpect(redirectedUrl("/organizations/toss-bank"));
        verify(organizations).isSlugTaken(eq("toss-bank"), isNull());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void identifiersArePastedInAnyFormAndSavedInTheirOwn() throws Exception {
        mvc.perform(validEdit().param("wikidataId", "https://www.wikidata.org/wiki/q42").param("lei", "5493 001k jtii gc8y 1r12")
                        .param("krCorporateRegistrationNumber", "110111-0000002"))
                .andExpect(redirectedUrl("/organizations/kt"));
        org.mockito.ArgumentCaptor<OrganizationChange> change = org.mockito.ArgumentCaptor.forClass(OrganizationChange.class);
        verify(organizations).update(eq(7L), eq(0L), change.capture());
        change.getValue().applyTo(kt, slug -> Optional.empty());
        assertThat(kt.getIdentifiers()).isEqualTo(new OrganizationIdentifiers("Q42", "5493001KJTIIGC8Y1R12", "1101110000002"));
        verify(organizations).identifiersHeldElsewhere(kt.getIdentifiers(), 7L);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theFormShowsTheStoredIdentifiersAndTheNumberWithItsHyphen() throws Exception {
        kt.identifyAs(new OrganizationIdentifiers("Q42", null, "1101110000002"));
        mvc.perform(get("/admin/organizations/kt/edit").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Q42\"")))
                .andExpect(content().string(containsString("value=\"110111-0000002\"")))
                .andExpect(content().string(containsString("Korean corporate registration number")));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void identifiersOfTheWrongShapeOrWithMistypedCheckDigitsComeBackWithTheirReasonAndTheInputKept() throws Exception {
        mvc.perform(validEdit().param("wikidataId", "P31").param("lei", "5493001KJTIIGC8Y1R13")
                        .param("krCorporateRegistrationNumber", "110111-000000").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "wikidataId", "lei", "krCorporateRegistrationNumber"))
                .andExpect(content().string(containsString("value=\"P31\"")))
                .andExpect(content().string(containsString("Write a Wikidata item as Q and a number")))
                .andExpect(content().string(containsString("The check digits of this LEI do not match")))
                .andExpect(content().string(containsString("A corporate registration number is 13 digits")));
        mvc.perform(validEdit().param("lei", "5493001KJTIIGC8Y").param("krCorporateRegistrationNumber", "1101110000003")
                        .header("Accept-Language", "ko"))
                .andExpect(content().string(containsString("LEI는 영문·숫자 18자리와 검증 숫자 2자리입니다")))
                .andExpect(content().string(containsString("이 번호의 마지막 검증 숫자가 맞지 않습니다")));
        verify(organizations, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anIdentifierAnotherOrganizationCarriesIsAFieldErrorNamingIt() throws Exception {
        Organization bcCard = new Organization("bc-card", Bilingual.of("BC카드", "BC Card"), OrganizationKind.CARD_COMPANY);
        when(organizations.identifiersHeldElsewhere(any(), eq(7L))).thenReturn(Map.of(ExternalIdentifier.WIKIDATA, bcCard));
        mvc.perform(validEdit().param("wikidataId", "Q42").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "wikidataId", "validation.identifierTaken"))
                .andExpect(content().string(containsString("BC Card (bc-card) already carries this identifier")));
        verify(organizations, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anIdentifierSavedElsewhereBetweenTheCheckAndTheSaveIsAFieldErrorNotA500() throws Exception {
        Organization bcCard = new Organization("bc-card", Bilingual.of("BC카드", "BC Card"), OrganizationKind.CARD_COMPANY);
        when(organizations.identifiersHeldElsewhere(any(), eq(7L)))
                .thenReturn(Map.of()).thenReturn(Map.of(ExternalIdentifier.LEI, bcCard));
        when(organizations.update(anyLong(), anyLong(), any()))
                .thenThrow(new org.springframework.dao.DataIntegrityViolationException("uk_organizations_lei"));
        mvc.perform(validEdit().param("lei", "5493001KJTIIGC8Y1R12").header("Accept-Language", "ko"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "lei", "validation.identifierTaken"))
                .andExpect(content().string(containsString("BC카드(bc-card)에 이미 이 식별자가 있습니다")));
    }

    private MockHttpServletRequestBuilder validEdit() {
        return post("/admin/organizations/kt/edit").with(csrf()).param("version", "0").param("slug", "kt")
                .param("nameKo", "KT").param("nameEn", "KT Corporation").param("kind", "TELECOM").param("founded.text", "1981");
    }
}
