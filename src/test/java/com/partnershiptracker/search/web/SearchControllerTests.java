package com.partnershiptracker.search.web;

import com.partnershiptracker.search.SearchHit;
import com.partnershiptracker.search.SearchKind;
import com.partnershiptracker.search.SearchResults;
import com.partnershiptracker.search.SearchService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SearchController.class)
@Import({Display.class, SliceSecurity.class})
class SearchControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SearchService search;

    @Test
    void groupsHitsByKindAndMarksTheMatchWhileEscapingText() throws Exception {
        Map<SearchKind, List<SearchHit>> groups = emptyGroups();
        groups.get(SearchKind.ORGANIZATION).add(new SearchHit(SearchKind.ORGANIZATION,
                Bilingual.of("카카오페이", "Kakao Pay <b>"), "카카오페이<script>", RecordLink.of("ORGANIZATION", "kakao-pay")));
        when(search.search("카카오")).thenReturn(new SearchResults("카카오", groups));

        mvc.perform(get("/search").param("q", "카카오").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name(SearchController.VIEW))
                .andExpect(content().string(containsString("href=\"/organizations/kakao-pay\"")))
                .andExpect(content().string(containsString("<mark>카카오</mark><span>페이&lt;script&gt;</span>")))
                .andExpect(content().string(containsString("Kakao Pay &lt;b&gt;")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void aSearchWithoutMatchesSaysWhatToTryNext() throws Exception {
        when(search.search("zzz")).thenReturn(new SearchResults("zzz", emptyGroups()));
        mvc.perform(get("/search").param("q", "zzz").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"empty-state\"")));
    }

    @Test
    void noTextShowsTheHintInKorean() throws Exception {
        when(search.search(null)).thenReturn(new SearchResults("", emptyGroups()));
        mvc.perform(get("/search").header("Accept-Language", "ko"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"ko\"")))
                .andExpect(content().string(not(containsString("class=\"empty-state\""))));
    }

    private static Map<SearchKind, List<SearchHit>> emptyGroups() {
        Map<SearchKind, List<SearchHit>> groups = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            groups.put(kind, new ArrayList<>());
        }
        return groups;
    }
}
