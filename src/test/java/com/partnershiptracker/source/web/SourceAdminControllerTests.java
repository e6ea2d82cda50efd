package com.partnershiptracker.source.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.source.SourceService;
import com.partnershiptracker.source.CheckedQuote;
import com.partnershiptracker.source.CitedFact;
import com.partnershiptracker.source.QuoteCheck;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.RecordLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SourceAdminController.class)
@Import({Conflicts.class, Display.class, SliceSecurity.class})
class SourceAdminControllerTests {

    @Autowired
    MockMvc mvc;

    /** Review is not required in these tests: every save publishes, as before drafts existed. */
    @MockitoBean(name = "draftGate")
    DraftGate drafts;

    @MockitoBean
    SourceService sources;

    Source source;

    @BeforeEach
    void stubServices() {
        source = new Source(SourceKind.NEWS_ARTICLE, "매일일보", Bilingual.of("제목", null), "ko");
        ReflectionTestUtils.setField(source, "id", 3L);
        when(sources.getById(3L)).thenReturn(source);
        when(sources.checkedQuotes(any())).thenReturn(org.springframework.data.domain.Page.empty());
        when(sources.create(any())).thenAnswer(call -> {
            Source saved = call.<com.partnershiptracker.source.SourceChange>getArgument(0).newSource();
            call.<com.partnershiptracker.source.SourceChange>getArgument(0).applyTo(saved);
            ReflectionTestUtils.setField(saved, "id", 9L);
            return saved;
        });
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aValidSourceIsCreated() throws Exception {
        mvc.perform(post("/admin/sources/new").with(csrf()).param("kind", "NEWS_ARTICLE").param("publisher", "한경닷컴")
                        .param("headlineKo", "기사").param("language", "ko").param("published.text", "2022-11-24")
                        .param("published.inferred", "true").param("published.note", "from the text"))
                .andExpect(redirectedUrl("/sources/9"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void eachBrokenRuleIsShownNextToItsField() throws Exception {
        mvc.perform(post("/admin/sources/new").with(csrf()).param("kind", "NEWS_ARTICLE").param("publisher", "")
                        .param("url", "javascript:alert(1)").param("language", "Korean!").param("published.text", "2022-02-30")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "publisher", "url", "language", "published.text", "headlined"))
                .andExpect(content().string(containsString("value=\"javascript:alert(1)\"")));
        verify(sources, never()).create(any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleSaveIsRefusedWithA409() throws Exception {
        when(sources.update(anyLong(), anyLong(), any())).thenThrow(new StaleRecordException("Source", 3));
        mvc.perform(post("/admin/sources/3/edit").with(csrf()).param("version", "0").param("kind", "NEWS_ARTICLE")
                        .param("publisher", "매일일보").param("headlineKo", "내 제목").param("language", "ko"))
                .andExpect(status().isConflict())
                .andExpect(model().attributeExists("conflict"))
                .andExpect(content().string(containsString("value=\"내 제목\"")));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void savingWithoutACsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/admin/sources/new").param("publisher", "x").param("headlineKo", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(post("/admin/sources/new").with(csrf()).param("publisher", "x")).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void aCitedSourceIsNotDeleted() throws Exception {
        when(sources.citationCount(3L)).thenReturn(4L);
        mvc.perform(post("/admin/sources/3/delete").with(csrf()).param("version", "0").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("4 citations point at this source")));
        verify(sources, never()).delete(anyLong());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anArticleTextOverTheCapOrABadArchiveAddressIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(post("/admin/sources/new").with(csrf()).param("kind", "NEWS_ARTICLE").param("publisher", "매일일보")
                        .param("headlineKo", "기사").param("language", "ko")
                        .param("articleText", "가".repeat(Source.ARTICLE_TEXT_MAX_LENGTH + 1))
                        .param("archiveUrl", "ftp://archive.example/x")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "articleText", "archiveUrl"))
                .andExpect(content().string(containsString("The article text can be at most 200,000 characters.")));
        verify(sources, never()).create(any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void thePastedTextAndArchiveAddressAreKeptWithTheSource() throws Exception {
        mvc.perform(post("/admin/sources/new").with(csrf()).param("kind", "NEWS_ARTICLE").param("publisher", "매일일보")
                        .param("headlineKo", "기사").param("language", "ko")
                        .param("articleText", "첫 문단입니다.\r\n\r\n둘째 문단입니다.")
                        .param("archiveUrl", "https://web.archive.org/web/2020/https://example.com/a"))
                .andExpect(redirectedUrl("/sources/9"));
        org.mockito.ArgumentCaptor<com.partnershiptracker.source.SourceChange> saved =
                org.mockito.ArgumentCaptor.forClass(com.partnershiptracker.source.SourceChange.class);
        verify(sources).create(saved.capture());
        Source made = saved.getValue().newSource();
        saved.getValue().applyTo(made);
        org.assertj.core.api.Assertions.assertThat(made.getArticleText()).isEqualTo("첫 문단입니다.\n\n둘째 문단입니다.");
        org.assertj.core.api.Assertions.assertThat(made.getArchiveUrl()).isEqualTo("https://web.archive.org/web/2020/https://example.com/a");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theEditPageShowsTheTextToCiteFromAndFlagsAQuoteNotFoundInIt() throws Exception {
        source.keepText("우리금융그룹과 KT는 19일 업무협약을 맺었다.", null);
        CitedFact found = new CitedFact(new FactRef(FactKind.AGREEMENT, 5), Bilingual.of("우리금융-KT 협약", null),
                RecordLink.of("AGREEMENT", "5"), "업무협약을 맺었다", null, null, null);
        CitedFact missing = new CitedFact(new FactRef(FactKind.AGREEMENT, 6), Bilingual.of("다른 협약", null),
                RecordLink.of("AGREEMENT", "6"), "합작법인을 세웠다", null, null, null);
        when(sources.checkedQuotes(source)).thenReturn(new org.springframework.data.domain.PageImpl<>(List.of(
                new CheckedQuote(found, QuoteCheck.Status.FOUND), new CheckedQuote(missing, QuoteCheck.Status.NOT_FOUND)),
                org.springframework.data.domain.PageRequest.of(0, 2), 250));

        mvc.perform(get("/admin/sources/3/edit").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div class=\"article-text\" id=\"article-text\" lang=\"ko\">우리금융그룹과 KT는 19일 업무협약을 맺었다.</div>")))
                .andExpect(content().string(containsString("id=\"cite-panel\"")))
                .andExpect(content().string(containsString("/js/cite-passage.js")))
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder(
                        "The first 2 of 250 are listed.", "합작법인을 세웠다", "quote not found in the source text")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.stringContainsInOrder(
                        "업무협약을 맺었다</q>", "quote not found in the source text", "합작법인을 세웠다"))));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void withoutATextTheEditPageSaysSoAndOffersNoPassageToCite() throws Exception {
        mvc.perform(get("/admin/sources/3/edit").header("Accept-Language", "ko"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이 출처에는 기사 본문이 저장되어 있지 않습니다.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"cite-panel\""))));
    }
}
