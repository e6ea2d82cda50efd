package com.partnershiptracker.source.web;

import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.source.SourceNotFoundException;
import com.partnershiptracker.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PassageCitationController.class)
@Import({Display.class, SliceSecurity.class, ReferenceFields.class})
class PassageCitationControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReferenceResolver resolver;

    @MockitoBean
    SourceService sources;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).byId(LookupKind.SOURCES, 3, "손잡은 우리금융·KT·케뱅 시너지 주목", null)
                .byId(LookupKind.AGREEMENTS, 7, "우리금융-KT 전략적 업무협약", "Woori-KT MOU")
                .person(11, "sohn-tae-seung", "손태승", "Sohn Tae-seung");
        when(sources.getById(3L)).thenReturn(new Source(SourceKind.NEWS_ARTICLE, "매일일보", Bilingual.of("h", null), "ko"));
        when(sources.getById(404L)).thenThrow(new SourceNotFoundException(404L));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aSelectedPassageGoesToTheChosenRecordsCitationFormWithTheSourceAndQuote() throws Exception {
        MvcResult result = mvc.perform(post("/admin/sources/3/cite").with(csrf()).header("Accept-Language", "en")
                        .param("quote", "우리금융그룹과 KT그룹은 금융·ICT 융합을 위한 전략적 업무협약(MOU)를 체결했다 & {more}")
                        .param("kind", "agreements").param("record", "Woori-KT MOU (7)"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var location = UriComponentsBuilder.fromUriString(result.getResponse().getRedirectedUrl()).build();
        assertThat(location.getPath()).isEqualTo("/admin/citations/AGREEMENT/7/new");
        assertThat(decoded(location.getQueryParams().getFirst("quote")))
                .isEqualTo("우리금융그룹과 KT그룹은 금융·ICT 융합을 위한 전략적 업무협약(MOU)를 체결했다 & {more}");
        assertThat(decoded(location.getQueryParams().getFirst("source"))).isEqualTo("손잡은 우리금융·KT·케뱅 시너지 주목 (#3)");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aPersonIsCitedByTheirPickerText() throws Exception {
        MvcResult result = mvc.perform(post("/admin/sources/3/cite").with(csrf()).param("quote", "손태승 회장")
                        .param("kind", "people").param("record", "손태승"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/admin/citations/PERSON/11/new?source=");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anUnknownRecordOrKindGoesBackToTheSourceWithTheErrors() throws Exception {
        MvcResult result = mvc.perform(post("/admin/sources/3/cite").with(csrf()).header("Accept-Language", "en")
                        .param("quote", "체결했다").param("kind", "agreements").param("record", "No such agreement"))
                .andExpect(redirectedUrl("/admin/sources/3/edit"))
                .andExpect(flash().attributeExists("citeForm"))
                .andReturn();
        BindingResult errors = (BindingResult) result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "citeForm");
        assertThat(errors.getFieldErrors("record")).isNotEmpty();

        result = mvc.perform(post("/admin/sources/3/cite").with(csrf()).param("quote", "체결했다").param("kind", "sources")
                        .param("record", "3"))
                .andExpect(redirectedUrl("/admin/sources/3/edit")).andReturn();
        errors = (BindingResult) result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "citeForm");
        assertThat(errors.getFieldErrors("kind")).isNotEmpty();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aPassageTooLongForTheAddressIsRefused() throws Exception {
        MvcResult result = mvc.perform(post("/admin/sources/3/cite").with(csrf()).param("quote", "가".repeat(601))
                        .param("kind", "agreements").param("record", "Woori-KT MOU (7)"))
                .andExpect(redirectedUrl("/admin/sources/3/edit")).andReturn();
        BindingResult errors = (BindingResult) result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "citeForm");
        assertThat(errors.getFieldErrors("quote")).isNotEmpty();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anUnknownSourceIsA404() throws Exception {
        mvc.perform(post("/admin/sources/404/cite").with(csrf()).param("quote", "q").param("kind", "agreements")
                        .param("record", "7"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(post("/admin/sources/3/cite").with(csrf()).param("quote", "q")).andExpect(redirectedUrl("/login"));
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
