package com.partnershiptracker.lookup.web;

import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.lookup.LookupMatch;
import com.partnershiptracker.lookup.Lookups;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(LookupApiController.class)
@Import({Display.class, SliceSecurity.class})
class LookupApiControllerTests {

    static final LookupMatch WOORI_BANK = new LookupMatch(LookupKind.ORGANIZATIONS, 3, "woori-bank",
            Bilingual.of("우리은행", "Woori Bank"), "OrganizationKind.BANK", null, Bilingual.of("우리금융그룹", "Woori Financial Group"));
    static final LookupMatch MOU = new LookupMatch(LookupKind.AGREEMENTS, 12, "12",
            Bilingual.of("KT·우리금융 MOU", null), "AgreementKind.MOU", PartialDate.ofMonth(2020, 7), Bilingual.of(null, null));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Lookups lookups;

    @Test
    void answersEachMatchWithItsKeyLabelsDetailAndTheTextAFieldTakes() throws Exception {
        when(lookups.search(LookupKind.ORGANIZATIONS, "woori", 10)).thenReturn(List.of(WOORI_BANK));

        mvc.perform(get("/api/v1/lookup/organizations").param("q", "woori").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].key").value("woori-bank"))
                .andExpect(jsonPath("$[0].label").value("Woori Bank"))
                .andExpect(jsonPath("$[0].otherLabel").value("우리은행"))
                .andExpect(jsonPath("$[0].detail").value("Bank · Woori Financial Group"))
                .andExpect(jsonPath("$[0].text").value("Woori Bank (woori-bank)"));
    }

    @Test
    void labelsInTheRequestsLanguageAndKeysRecordsWithoutASlugById() throws Exception {
        when(lookups.search(LookupKind.AGREEMENTS, "mou", 5)).thenReturn(List.of(MOU));

        mvc.perform(get("/api/v1/lookup/agreements").param("q", "mou").param("limit", "5").header("Accept-Language", "ko"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("12"))
                .andExpect(jsonPath("$[0].label").value("KT·우리금융 MOU"))
                .andExpect(jsonPath("$[0].otherLabel").value(nullValue()))
                .andExpect(jsonPath("$[0].detail").value("업무협약 · 2020년 7월"))
                .andExpect(jsonPath("$[0].text").value("KT·우리금융 MOU (#12)"));
    }

    @Test
    void asksForTenMatchesUnlessToldAndNeverMoreThanTwenty() throws Exception {
        when(lookups.search(any(), anyString(), anyInt())).thenReturn(List.of());
        mvc.perform(get("/api/v1/lookup/people").param("q", "kim")).andExpect(status().isOk());
        verify(lookups).search(LookupKind.PEOPLE, "kim", 10);
        mvc.perform(get("/api/v1/lookup/people").param("q", "kim").param("limit", "20")).andExpect(status().isOk());
        verify(lookups).search(LookupKind.PEOPLE, "kim", 20);

        mvc.perform(get("/api/v1/lookup/people").param("q", "kim").param("limit", "21"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        verify(lookups, never()).search(eq(LookupKind.PEOPLE), anyString(), eq(21));
    }

    @Test
    void badInputIsA400ProblemNeverA500() throws Exception {
        String longText = "x".repeat(Lookups.MAX_TEXT_LENGTH + 1);
        for (var request : List.of(
                get("/api/v1/lookup/organizations"),
                get("/api/v1/lookup/organizations").param("q", ""),
                get("/api/v1/lookup/organizations").param("q", "   "),
                get("/api/v1/lookup/organizations").param("q", longText),
                get("/api/v1/lookup/organizations").param("q", "kt").param("limit", "0"),
                get("/api/v1/lookup/organizations").param("q", "kt").param("limit", "ten"),
                get("/api/v1/lookup/planets").param("q", "kt"))) {
            mvc.perform(request.header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        verify(lookups, never()).search(any(), anyString(), anyInt());
    }
}
