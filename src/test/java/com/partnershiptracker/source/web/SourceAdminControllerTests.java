package com.partnershiptracker.source.web;

import com.partnershiptracker.shared.web.Conflicts;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.shared.web.Display;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.source.SourceService;
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

    @MockitoBean
    SourceService sources;

    Source source;

    @BeforeEach
    void stubServices() {
        source = new Source(SourceKind.NEWS_ARTICLE, "매일일보", Bilingual.of("제목", null), "ko");
        ReflectionTestUtils.setField(source, "id", 3L);
        when(sources.getById(3L)).thenReturn(source);
        when(sources.save(any())).thenAnswer(call -> {
            Source saved = call.getArgument(0);
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
        verify(sources, never()).save(any());
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
}
