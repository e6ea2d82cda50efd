package com.partnershiptracker.web;

import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Targets with their actuals on the partner and initiative pages, against the seeded PostgreSQL database. */
@SeededWebTest
class TargetProgressPagesTests {

    private static final String GROUP_TARGET = "Group platforms' combined monthly active users";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    EntityManager entityManager;

    @Test
    void theSeededTargetIsShownWithItsDateAndCitationAndNoActualBecauseTheSourceGivesNone() {
        String page = Http.get(port, "/organizations/woori-financial-group/figures", "en").body();
        Element target = targetBlock(Jsoup.parse(page));

        assertThat(target.text()).contains("15,000,000 people", "(1500만명)", "by 2023",
                "No actual figure is recorded against this target yet.");
        assertThat(target.select("ol.citations li")).hasSize(1);
        // WON Banking's 7.19 million monthly users is one of the group's platforms, not the combined measure.
        assertThat(target.select("progress")).isEmpty();
        assertThat(target.text()).doesNotContain("7,190,000");
    }

    @Test
    @Transactional
    void aTargetWithAnActualRecordedAgainstItShowsABarWithTheShareTheDatesAndBothCitations() throws Exception {
        Metric target = initiatives.targets().stream()
                .filter(metric -> GROUP_TARGET.equals(metric.getMeasure().en())).findFirst().orElseThrow();
        Citation targetCitation = initiatives.getMetric(target.getId()).getCitations().get(0);
        Metric actual = Metric.actual(target.getOrganization(), target.getInitiative(),
                Bilingual.of("그룹 플랫폼 통합 MAU", "Combined monthly users on the group's platforms"));
        actual.record(new BigDecimal("9000000"), "people", "900만명");
        actual.asOf(PartialDate.ofMonth(2022, 12));
        actual.cite(Citation.supporting(targetCitation.getSource(), "시험용 인용"));
        actual.measureProgressToward(target);
        initiatives.save(actual);
        entityManager.flush();
        entityManager.clear();

        // MockMvc, not HTTP: the request runs in this test's transaction, which is rolled back afterwards.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String path : new String[] {"/organizations/woori-financial-group/figures", "/initiatives/" + target.getInitiative().getId()}) {
            String page = mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
            Element block = targetBlock(Jsoup.parse(page));

            Element bar = block.selectFirst("progress");
            assertThat(bar).as(path).isNotNull();
            assertThat(bar.attr("max")).isEqualTo("100");
            assertThat(bar.attr("value")).isEqualTo("60");
            assertThat(bar.text()).isEqualTo("60%");
            Element label = block.getElementById(bar.attr("aria-labelledby"));
            assertThat(label.text()).isEqualTo("60% of the target, as of December 2022");
            assertThat(block.text()).contains("by 2023", "9,000,000 people", "as of December 2022");
            assertThat(block.select("ol.citations")).hasSize(2);
            assertThat(block.text()).contains("시험용 인용");
        }
    }

    private static Element targetBlock(Document page) {
        return page.select(".target-progress").stream()
                .filter(block -> block.select(".target-measure > span").first().text().equals(GROUP_TARGET))
                .findFirst().orElseThrow(() -> new AssertionError("no target block for " + GROUP_TARGET));
    }
}
