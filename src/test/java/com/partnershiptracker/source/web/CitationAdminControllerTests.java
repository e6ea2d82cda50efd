package com.partnershiptracker.source.web;

import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.CitationService;
import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.CitedFact;
import com.partnershiptracker.source.QuoteCheck;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(CitationAdminController.class)
@Import({Display.class, SliceSecurity.class, ReferenceFields.class})
class CitationAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReferenceResolver resolver;

    @MockitoBean
    CitationService citations;

    @MockitoBean
    CitationLookup lookup;

    @MockitoBean
    SourceService sources;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).byId(LookupKind.SOURCES, 1, "h", null);
        FactRef fact = new FactRef(FactKind.AGREEMENT, 2);
        when(lookup.labelOf(fact)).thenReturn(Optional.of(new CitedFact(fact, Bilingual.of("협약", "MOU"),
                new RecordLink(RecordLink.Kind.AGREEMENT, "2"), null, null, null, null)));
        when(sources.list(anyInt(), anyInt())).thenReturn(Page.empty());
        when(sources.findById(1L)).thenReturn(Optional.of(new Source(SourceKind.NEWS_ARTICLE, "p", Bilingual.of("h", null), "ko")));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anExistingSourceIsCitedWithAConflictingClaim() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "4").param("source", "1").param("quote", "지난 7월")
                        .param("claimAttribute", "SIGNED").param("claimValue", "2020-07"))
                .andExpect(redirectedUrl("/agreements/2"));
        ArgumentCaptor<Citation.Draft> draft = ArgumentCaptor.forClass(Citation.Draft.class);
        verify(citations).attach(eq(Agreement.class), eq(2L), eq(4L), eq(1L), draft.capture());
        assertThat(draft.getValue().claimValue()).isEqualTo("2020-07");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theFormOffersTheAttributesOfTheFactsKindAsCheckboxesAndTheDisputedOneAsAList() throws Exception {
        when(citations.versionOf(eq(Agreement.class), eq(2L))).thenReturn(4L);
        String page = mvc.perform(get("/admin/citations/AGREEMENT/2/new"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
        assertThat(document.select("input[type=checkbox][name=attributes]").eachAttr("value"))
                .containsExactlyElementsOf(CitedAttribute.of(FactKind.AGREEMENT).stream().map(Enum::name).toList())
                .contains("SIGNED", "PARTIES").doesNotContain("BIRTH_YEAR", "LAUNCHED");
        assertThat(document.select("select[name=claimAttribute] option").eachAttr("value"))
                .contains("", "SIGNED").doesNotContain("LAUNCHED");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theAttributesTheSourceSupportsReachTheDraft() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "4").param("source", "1")
                        .param("quote", "19일 체결").param("attributes", "SIGNED", "PARTIES"))
                .andExpect(redirectedUrl("/agreements/2"));
        ArgumentCaptor<Citation.Draft> draft = ArgumentCaptor.forClass(Citation.Draft.class);
        verify(citations).attach(eq(Agreement.class), eq(2L), eq(4L), eq(1L), draft.capture());
        assertThat(draft.getValue().attributes()).containsExactly(CitedAttribute.SIGNED, CitedAttribute.PARTIES);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theNoteReachesTheCitationInBothLanguages() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "4").param("source", "1")
                        .param("quote", "지난 7월").param("claimAttribute", "SIGNED").param("claimValue", "2020-07")
                        .param("note", "The other article is more precise.").param("noteKo", "다른 기사가 더 정확하다."))
                .andExpect(redirectedUrl("/agreements/2"));
        ArgumentCaptor<Citation.Draft> draft = ArgumentCaptor.forClass(Citation.Draft.class);
        verify(citations).attach(eq(Agreement.class), eq(2L), eq(4L), eq(1L), draft.capture());
        Citation citation = draft.getValue().toCitation(org.mockito.Mockito.mock(com.partnershiptracker.source.Source.class));
        assertThat(citation.getNote()).isEqualTo("The other article is more precise.");
        assertThat(citation.getNoteKo()).isEqualTo("다른 기사가 더 정확하다.");
        assertThat(citation.isConflicting()).isTrue();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anAttributeTheKindDoesNotHaveIsAFieldError() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "4").param("source", "1")
                        .param("attributes", "SIGNED", "BIRTH_YEAR").param("claimAttribute", "LAUNCHED").param("claimValue", "2020-07"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "attributes", "validation.attributeNotOfKind"))
                .andExpect(model().attributeHasFieldErrorCode("form", "claimAttribute", "validation.attributeNotOfKind"));
        verify(citations, never()).attach(any(), anyLong(), anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aDisputedAttributeOutsideTheListIsAFieldError() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "4").param("source", "1")
                        .param("claimAttribute", "the date").param("claimValue", "2020-07"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "claimAttribute"));
        verify(citations, never()).attach(any(), anyLong(), anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aNewSourceIsCreatedOnTheSpot() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "4").param("createSource", "true")
                        .param("newSource.kind", "NEWS_ARTICLE").param("newSource.publisher", "New Daily")
                        .param("newSource.headlineEn", "A new report").param("newSource.language", "en").param("quote", "q"))
                .andExpect(redirectedUrl("/agreements/2"));
        verify(citations).attachNewSource(eq(Agreement.class), eq(2L), eq(4L), any(Source.class), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aCitationNeedsASourceAndAWholeClaim() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("claimAttribute", "SIGNED"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "sourceChosen", "claimComplete"));
        verify(citations, never()).attach(any(), anyLong(), anyLong(), anyLong(), any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anUnknownFactIsA404() throws Exception {
        when(lookup.labelOf(new FactRef(FactKind.AGREEMENT, 999))).thenReturn(Optional.empty());
        mvc.perform(post("/admin/citations/AGREEMENT/999/new").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleAttachFormComesBackWithA409AndTheInputKept() throws Exception {
        doThrow(new StaleRecordException("Agreement", 2L)).when(citations)
                .attach(eq(Agreement.class), eq(2L), eq(3L), eq(1L), any());
        when(citations.versionOf(Agreement.class, 2L)).thenReturn(4L);
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "3").param("source", "1")
                        .param("quote", "kept quote"))
                .andExpect(status().isConflict())
                .andExpect(view().name(CitationAdminController.FORM_VIEW))
                .andExpect(model().attribute("stale", true))
                .andExpect(model().attribute("form", hasProperty("quote", is("kept quote"))))
                .andExpect(model().attribute("form", hasProperty("version", is(4L))));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aCitationIsRemovedByItsSourceAndPositionAtTheVersionThePageShowed() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/1/remove").with(csrf()).param("version", "7").param("source", "5"))
                .andExpect(redirectedUrl("/agreements/2"))
                .andExpect(flash().attribute("flash", "flash.uncited"));
        verify(citations).remove(Agreement.class, 2L, 1, 5L, 7L);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aRemovalFromAStalePageIsA409ThatLinksToTheFactAsItIsNow() throws Exception {
        doThrow(new StaleRecordException("Agreement", 2L)).when(citations).remove(Agreement.class, 2L, 1, 5L, 6L);
        mvc.perform(post("/admin/citations/AGREEMENT/2/1/remove").with(csrf()).param("version", "6").param("source", "5"))
                .andExpect(status().isConflict())
                .andExpect(view().name(CitationAdminController.STALE_VIEW))
                .andExpect(model().attribute("backLink", "/agreements/2"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aRemovalWithoutTheVersionIsA400() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/1/remove").with(csrf()))
                .andExpect(status().isBadRequest());
        verify(citations, never()).remove(any(), anyLong(), anyInt(), anyLong(), anyLong());
    }

    @Test
    void anAnonymousVisitorCannotCite() throws Exception {
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("source", "1"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theFormArrivesPrefilledWithTheSourceAndQuoteOfASelectedPassage() throws Exception {
        when(citations.versionOf(Agreement.class, 2L)).thenReturn(4L);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/citations/AGREEMENT/2/new")
                        .param("source", "h (1)").param("quote", "업무협약(MOU)를 체결했다"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", hasProperty("source", is("h (1)"))))
                .andExpect(model().attribute("form", hasProperty("quote", is("업무협약(MOU)를 체결했다"))))
                .andExpect(model().attribute("form", hasProperty("version", is(4L))));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aSavedQuoteThatIsNotInTheSourceTextIsFlaggedAfterSaving() throws Exception {
        when(citations.attach(eq(Agreement.class), eq(2L), eq(4L), eq(1L), any())).thenReturn(QuoteCheck.Status.NOT_FOUND);
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "4").param("source", "1")
                        .param("quote", "not in the article"))
                .andExpect(redirectedUrl("/agreements/2"))
                .andExpect(flash().attribute("flash", "flash.cited.quoteNotFound"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aSavedQuoteFoundInTheSourceTextIsConfirmedAfterSaving() throws Exception {
        when(citations.attach(eq(Agreement.class), eq(2L), eq(4L), eq(1L), any())).thenReturn(QuoteCheck.Status.FOUND);
        mvc.perform(post("/admin/citations/AGREEMENT/2/new").with(csrf()).param("version", "4").param("source", "1")
                        .param("quote", "in the article"))
                .andExpect(flash().attribute("flash", "flash.cited.quoteFound"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theFormFlagsTheRecordsCitationsWhoseQuoteIsNotInTheSourceText() throws Exception {
        FactRef fact = new FactRef(FactKind.AGREEMENT, 2);
        com.partnershiptracker.source.SourceCitation missing = new com.partnershiptracker.source.SourceCitation(fact, 1, "p",
                Bilingual.of("h", null), null, null, "없는 인용문", null, null, null, java.util.List.of(), 0, 4);
        com.partnershiptracker.source.SourceCitation found = new com.partnershiptracker.source.SourceCitation(fact, 1, "p",
                Bilingual.of("h", null), null, null, "있는 인용문", null, null, null, java.util.List.of(), 1, 4);
        when(lookup.checkedCitationsOf(fact)).thenReturn(java.util.List.of(
                new com.partnershiptracker.source.CheckedCitation(missing, QuoteCheck.Status.NOT_FOUND),
                new com.partnershiptracker.source.CheckedCitation(found, QuoteCheck.Status.FOUND)));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/citations/AGREEMENT/2/new")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.stringContainsInOrder("없는 인용문", "quote not found in the source text",
                                "있는 인용문", "quote found in the source text")));
    }
}
