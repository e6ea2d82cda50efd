package com.partnershiptracker.person.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PersonAdminController.class)
@Import({Conflicts.class, Display.class, SliceSecurity.class, ReferenceFields.class})
class PersonAdminControllerTests {

    @Autowired
    MockMvc mvc;

    /** Review is not required in these tests: every save publishes, as before drafts existed. */
    @MockitoBean(name = "draftGate")
    DraftGate drafts;

    @MockitoBean
    ReferenceResolver resolver;

    @MockitoBean
    PersonService people;

    @MockitoBean
    OrganizationService organizations;

    Person kwon;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).organization(1, "woori-bank", "우리은행", "Woori Bank");
        kwon = new Person("kwon-kwang-seok", Bilingual.of("권광석", "Kwon Kwang-seok"));
        ReflectionTestUtils.setField(kwon, "id", 2L);
        when(people.getBySlug("kwon-kwang-seok")).thenReturn(kwon);
        when(people.positionsOf(kwon)).thenReturn(List.of());
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of()));
        when(organizations.findBySlug(any())).thenReturn(Optional.empty());
        when(people.update(anyLong(), anyLong(), any())).thenReturn(kwon);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aValidEditRedirectsToThePersonPage() throws Exception {
        mvc.perform(post("/admin/people/kwon-kwang-seok/edit").with(csrf()).param("version", "0")
                        .param("slug", "kwon-kwang-seok").param("nameKo", "권광석").param("birthYear", "1963"))
                .andExpect(redirectedUrl("/people/kwon-kwang-seok"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aPastedWikidataAddressIsSavedAsTheItemId() throws Exception {
        mvc.perform(post("/admin/people/kwon-kwang-seok/edit").with(csrf()).param("version", "0")
                        .param("slug", "kwon-kwang-seok").param("nameKo", "권광석").param("wikidataId", "https://www.wikidata.org/wiki/Q42"))
                .andExpect(redirectedUrl("/people/kwon-kwang-seok"));
        org.mockito.ArgumentCaptor<com.partnershiptracker.person.PersonChange> change =
                org.mockito.ArgumentCaptor.forClass(com.partnershiptracker.person.PersonChange.class);
        verify(people).update(eq(2L), eq(0L), change.capture());
        change.getValue().applyTo(kwon);
        assertThat(kwon.getWikidataId()).isEqualTo("Q42");
        verify(people).findByWikidataItem("Q42");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aWikidataItemThatIsNotOneIsRefusedWithTheInputKept() throws Exception {
        mvc.perform(post("/admin/people/kwon-kwang-seok/edit").with(csrf()).param("version", "0")
                        .param("slug", "kwon-kwang-seok").param("nameKo", "권광석").param("wikidataId", "Q0")
                        .header("Accept-Language", "ko"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "wikidataId"))
                .andExpect(content().string(containsString("value=\"Q0\"")))
                .andExpect(content().string(containsString("위키데이터 항목은 Q와 숫자(예: Q42)로 쓰거나")));
        verify(people, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aWikidataItemAnotherPersonCarriesIsAFieldErrorNamingThem() throws Exception {
        Person other = new Person("ok-il-jin", Bilingual.of("옥일진", "Ok Il-jin"));
        ReflectionTestUtils.setField(other, "id", 3L);
        when(people.findByWikidataItem("Q42")).thenReturn(Optional.of(other));
        mvc.perform(post("/admin/people/kwon-kwang-seok/edit").with(csrf()).param("version", "0")
                        .param("slug", "kwon-kwang-seok").param("nameKo", "권광석").param("wikidataId", "q42")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "wikidataId", "validation.identifierTaken"))
                .andExpect(content().string(containsString("Ok Il-jin (ok-il-jin) already carries this identifier")));
        verify(people, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void thePersonsOwnWikidataItemIsNotADuplicate() throws Exception {
        when(people.findByWikidataItem("Q42")).thenReturn(Optional.of(kwon));
        mvc.perform(post("/admin/people/kwon-kwang-seok/edit").with(csrf()).param("version", "0")
                        .param("slug", "kwon-kwang-seok").param("nameKo", "권광석").param("wikidataId", "Q42"))
                .andExpect(redirectedUrl("/people/kwon-kwang-seok"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aBadSlugAnImpossibleBirthYearAndNoNameAreRefused() throws Exception {
        mvc.perform(post("/admin/people/kwon-kwang-seok/edit").with(csrf()).param("version", "0")
                        .param("slug", "Kwon!").param("birthYear", "3000"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "slug", "birthYear", "named"));
        verify(people, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleSaveIsRefusedWithA409() throws Exception {
        when(people.update(anyLong(), anyLong(), any())).thenThrow(new StaleRecordException("Person", 2));
        mvc.perform(post("/admin/people/kwon-kwang-seok/edit").with(csrf()).param("version", "0")
                        .param("slug", "kwon-kwang-seok").param("nameEn", "Mine"))
                .andExpect(status().isConflict()).andExpect(model().attributeExists("conflict"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aPositionAtAnUnknownOrganizationIsRefused() throws Exception {
        mvc.perform(post("/admin/people/kwon-kwang-seok/positions/new").with(csrf()).param("organization", "nowhere")
                        .param("titleEn", "CEO").param("started.text", "2020-03-24").param("ended.text", "2019"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "organization", "endedAfterStarted"));
        verify(people, never()).createPosition(anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aValidPositionIsSavedAndAStalePositionEditIsRefused() throws Exception {
        com.partnershiptracker.organization.Organization bank = new com.partnershiptracker.organization.Organization(
                "woori-bank", Bilingual.of("우리은행", "Woori Bank"), com.partnershiptracker.organization.OrganizationKind.BANK);
        when(organizations.findBySlug("woori-bank")).thenReturn(Optional.of(bank));
        mvc.perform(post("/admin/people/kwon-kwang-seok/positions/new").with(csrf()).param("organization", "woori-bank")
                        .param("titleKo", "은행장").param("started.text", "2020-03-24"))
                .andExpect(redirectedUrl("/people/kwon-kwang-seok"));
        org.mockito.ArgumentCaptor<com.partnershiptracker.person.PositionChange> created =
                org.mockito.ArgumentCaptor.forClass(com.partnershiptracker.person.PositionChange.class);
        verify(people).createPosition(eq(2L), created.capture());
        com.partnershiptracker.person.Position made = created.getValue().newPosition(kwon, organizations::findBySlug);
        created.getValue().applyTo(made, organizations::findBySlug);
        org.assertj.core.api.Assertions.assertThat(made.getOrganization()).isSameAs(bank);
        org.assertj.core.api.Assertions.assertThat(made.getStarted().toIsoString()).isEqualTo("2020-03-24");

        com.partnershiptracker.person.Position position = new com.partnershiptracker.person.Position(kwon, bank, Bilingual.of("은행장", null));
        when(people.getPositionWithParties(3L)).thenReturn(position);
        when(people.updatePosition(anyLong(), anyLong(), any())).thenThrow(new StaleRecordException("Position", 3));
        mvc.perform(post("/admin/positions/3/edit").with(csrf()).param("version", "0").param("organization", "woori-bank")
                        .param("titleKo", "행장"))
                .andExpect(status().isConflict()).andExpect(model().attributeExists("conflict"));
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void aReferencedPersonIsNotDeleted() throws Exception {
        when(people.referencesTo(eq(kwon))).thenReturn(Map.of("positions", 1L));
        mvc.perform(post("/admin/people/kwon-kwang-seok/delete").with(csrf()).param("version", "0")).andExpect(status().isConflict());
        verify(people, never()).delete(any());
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(post("/admin/people/new").with(csrf()).param("slug", "x")).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void savingWithoutACsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/admin/people/new").param("slug", "new-person").param("nameEn", "New"))
                .andExpect(status().isForbidden());
    }
}
