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
    void theSeededGroupTargetShowsWonBankingUsersAsALowerBoundOfAtLeast48PercentOnBothPages() {
        long targetInitiative = initiatives.targets().stream()
                .filter(metric -> GROUP_TARGET.equals(metric.getMeasure().en())).findFirst().orElseThrow()
                .getInitiative().getId();
        for (String path : new String[] {"/organizations/woori-financial-group/figures", "/initiatives/" + targetInitiative}) {
            Element target = targetBlock(Jsoup.parse(Http.get(port, path, "en").body()));

            assertThat(target.text()).as(path).contains("15,000,000 people", "(1500만명)", "by 2023",
                    "Latest figure for a part", "7,190,000 people", "(719만명)", "as of October 2022", "Lower bound")
                    .doesNotContain("No actual figure is recorded against this target yet.");
            // WON Banking is one of the group's platforms: 48% is what it reached alone, a lower bound of the whole.
            Element bar = target.selectFirst(".progress-part progress");
            assertThat(bar).as(path).isNotNull();
            assertThat(bar.attr("value")).isEqualTo("48");
            assertThat(bar.text()).isEqualTo("at least 48%");
            assertThat(target.getElementById(bar.attr("aria-labelledby")).text()).isEqualTo(
                    "Woori WON Banking monthly active users alone: 7,190,000 people, at least 48% of the target of "
                            + "15,000,000 people, as of October 2022");
            assertThat(target.select(".pace-status").text()).isEqualTo("Target date passed");
            assertThat(target.select(".target-pace").text()).contains("The part recorded did not reach it alone");
            assertThat(target.select("ol.citations")).hasSize(2);
            Element link = target.selectFirst(".from-initiative a");
            assertThat(link.text()).isEqualTo("Woori WON Banking");
            assertThat(link.attr("href")).matches("/initiatives/\\d+");
        }
    }

    @Test
    void wonBankingsPageSaysItsFigureCountsAsAPartOfTheGroupTargetAndLinksToIt() {
        long targetInitiative = initiatives.targets().stream()
                .filter(metric -> GROUP_TARGET.equals(metric.getMeasure().en())).findFirst().orElseThrow()
                .getInitiative().getId();
        long wonBanking = initiatives.actualsToward(initiatives.targets().stream()
                .filter(metric -> GROUP_TARGET.equals(metric.getMeasure().en())).findFirst().orElseThrow().getId())
                .get(0).getInitiative().getId();
        Document page = Jsoup.parse(Http.get(port, "/initiatives/" + wonBanking, "en").body());

        Element counts = page.selectFirst(".counts-toward");
        assertThat(counts.text()).startsWith("counts as a part of the target of");
        assertThat(counts.selectFirst("a").attr("href")).isEqualTo("/initiatives/" + targetInitiative);
        assertThat(page.select(".counts-toward")).hasSize(1);
    }

    @Test
    void theInitiativeTargetPageInKoreanSaysAtLeast() {
        long targetInitiative = initiatives.targets().stream()
                .filter(metric -> GROUP_TARGET.equals(metric.getMeasure().en())).findFirst().orElseThrow()
                .getInitiative().getId();
        Document page = Jsoup.parse(Http.get(port, "/initiatives/" + targetInitiative, "ko").body());

        Element bar = page.selectFirst(".progress-part progress");
        assertThat(bar.text()).isEqualTo("최소 48%");
        assertThat(page.getElementById(bar.attr("aria-labelledby")).text())
                .isEqualTo("우리WON뱅킹 월간활성사용자수(MAU) 단독: 7,190,000 people, 목표 15,000,000 people의 최소 48% (2022년 10월 기준)");
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
            // The seed's WON Banking figure (October 2022, a part) is now an earlier figure, marked as a part.
            assertThat(block.select("ol.citations")).hasSize(3);
            assertThat(block.text()).contains("시험용 인용");
            assertThat(block.select(".earlier-actuals li").text()).contains("7,190,000 people", "Part only");
            assertThat(block.select(".progress-part")).isEmpty();
        }
    }

    private static Element targetBlock(Document page) {
        return page.select(".target-progress").stream()
                .filter(block -> block.select(".target-measure > span").first().text().equals(GROUP_TARGET))
                .findFirst().orElseThrow(() -> new AssertionError("no target block for " + GROUP_TARGET));
    }
}
