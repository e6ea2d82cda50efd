package com.partnershiptracker.initiative.web;

import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The metric form's "measures only part of the target" box against the seeded PostgreSQL database: the seed's
 * WON Banking figure is about another initiative than the group's MAU target. Each test runs in a transaction
 * that is rolled back, so the seed is left as it was. The posts' {@code csrf()} puts a test token store
 * into the application's CSRF filter, so this class has an application of its own (through
 * {@code @AutoConfigureMockMvc}) instead of sharing the one the sign-in and session tests check.
 */
@SeededWebTest
@AutoConfigureMockMvc
@Transactional
class MetricPartLinkFormTests {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;
    Metric target;
    long wonBanking;

    @BeforeEach
    void setUp() {
        long targetId = jdbc.sql("select id from metrics where kind = 'TARGET' and raw_text = '1500만명'").query(Long.class).single();
        target = initiatives.getMetric(targetId);
        wonBanking = jdbc.sql("select id from initiatives where title_ko = '우리WON뱅킹'").query(Long.class).single();
    }

    @Test
    void theFormShowsTheBoxTickedForTheSeedsWonBankingFigure() throws Exception {
        long won = wonBankingActual();
        mvc.perform(get("/admin/metrics/" + won + "/edit").with(user("editor").roles("EDITOR")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Measures only part of the target")))
                .andExpect(content().string(containsString("a lower bound")))
                .andExpect(content().string(containsString("name=\"progressPart\" value=\"true\" checked=\"checked\"")));
    }

    @Test
    void anActualAboutAnotherInitiativeIsSavedAsAPartOfTheGroupTarget() throws Exception {
        mvc.perform(newActual("Kakao-style test app users").param("progressToward", targetText()).param("progressPart", "true"))
                .andExpect(redirectedUrl("/admin/metrics"));

        assertThat(jdbc.sql("""
                select progress_part from metrics where measure_en = 'Kakao-style test app users'
                  and progress_toward_id = :target""").param("target", target.getId()).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void theSameFigureLinkedInFullIsStillRefused() throws Exception {
        mvc.perform(newActual("Full link test users").param("progressToward", targetText()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.progressTowardOtherSubject"))
                .andExpect(content().string(containsString("That target is about another organization or initiative")));
        assertThat(jdbc.sql("select count(*) from metrics where measure_en = 'Full link test users'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aPartInAnotherUnitOrWithoutATargetIsRefusedNextToTheFields() throws Exception {
        mvc.perform(newActual("Unit test users").param("unit", "accounts").param("progressToward", targetText())
                        .param("progressPart", "true"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.partTowardOtherUnit"))
                .andExpect(content().string(containsString("a part must be in the same unit as its target")));
        mvc.perform(newActual("No target users", "ko").param("progressPart", "true"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressPart", "validation.partWithoutTarget"))
                .andExpect(content().string(containsString("표시를 해제하세요")));
    }

    @Test
    void aStaleSaveOfAPartLinkIsRefused() throws Exception {
        long won = wonBankingActual();
        long current = initiatives.getMetric(won).getVersion();
        mvc.perform(post("/admin/metrics/" + won + "/edit").with(csrf()).with(user("editor").roles("EDITOR"))
                        .param("version", String.valueOf(current - 1)).param("kind", "ACTUAL")
                        .param("organization", "Woori Financial Group (woori-financial-group)").param("initiative", initiativeText())
                        .param("measureKo", "우리WON뱅킹 월간활성사용자수(MAU)").param("value", "7200000").param("unit", "people")
                        .param("progressToward", targetText()).param("progressPart", "true"))
                .andExpect(status().isConflict());
        assertThat(initiatives.getMetric(won).getValue()).isEqualByComparingTo("7190000");
    }

    private MockHttpServletRequestBuilder newActual(String measureEn) {
        return newActual(measureEn, "en");
    }

    private MockHttpServletRequestBuilder newActual(String measureEn, String language) {
        return post("/admin/metrics/new").with(csrf()).with(user("editor").roles("EDITOR")).header("Accept-Language", language)
                .param("kind", "ACTUAL").param("organization", "Woori Financial Group (woori-financial-group)")
                .param("initiative", initiativeText()).param("measureEn", measureEn)
                .param("value", "1000000").param("unit", "people").param("asOf.text", "2022-11");
    }

    private String initiativeText() {
        return ReferenceText.ofId(initiatives.getById(wonBanking).getTitle(), wonBanking);
    }

    private String targetText() {
        return ReferenceText.ofId(target.getMeasure(), target.getId());
    }

    private long wonBankingActual() {
        return jdbc.sql("select id from metrics where kind = 'ACTUAL' and raw_text = '719만명'").query(Long.class).single();
    }
}
