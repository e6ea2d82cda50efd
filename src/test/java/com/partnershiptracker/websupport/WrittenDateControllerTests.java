package com.partnershiptracker.websupport;

import com.partnershiptracker.security.SliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(WrittenDateController.class)
@Import({Display.class, SliceSecurity.class})
class WrittenDateControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "EDITOR")
    void tellsTheEditorHowAKoreanStyleDateWillBeSaved() throws Exception {
        mvc.perform(get("/admin/dates/reading").param("text", "2020.08.19").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canonical").value("2020-08-19"))
                .andExpect(jsonPath("$.reading").value("Saved as 2020-08-19 (19 August 2020)"))
                .andExpect(jsonPath("$.error").doesNotExist());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void answersInKoreanForAKoreanEditorAndKeepsTheMonthAMonth() throws Exception {
        mvc.perform(get("/admin/dates/reading").param("text", "March 2021").header("Accept-Language", "ko"))
                .andExpect(jsonPath("$.canonical").value("2021-03"))
                .andExpect(jsonPath("$.reading").value("2021-03(2021년 3월)로 저장됩니다"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void saysWhatIsAcceptedWhenTheTextIsNoDate() throws Exception {
        mvc.perform(get("/admin/dates/reading").param("text", "31/12/21").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.canonical").doesNotExist())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("Write a year (2021)")));
    }

    @Test
    void isForSignedInEditorsOnly() throws Exception {
        mvc.perform(get("/admin/dates/reading").param("text", "2021")).andExpect(redirectedUrl("/login?continue=%2Fadmin%2Fdates%2Freading"));
    }
}
