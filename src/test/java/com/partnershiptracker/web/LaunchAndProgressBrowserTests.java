package com.partnershiptracker.web;

import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceService;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time from MOU to launch on an agreement's page, the dormant agreements, and a target's progress and pace,
 * in Chromium at a desktop and a phone size. The seed is only read; the target and its actuals are the test's
 * own, removed after it.
 */
@SeededWebTest
class LaunchAndProgressBrowserTests extends BrowserTest {

    @Autowired
    TestRecords records;

    @Autowired
    OrganizationService organizations;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SourceService sources;

    private final List<Object> created = new ArrayList<>();

    @Test
    void anAgreementPageSaysHowLongAfterSigningItsServiceLaunched() {
        long naver = jdbc.sql("select id from agreements where title_ko = '네이버 지도 영업점 대기 정보 서비스 제휴'")
                .query(Long.class).single();
        for (int[] size : List.of(new int[]{1280, 900}, new int[]{390, 844})) {
            viewport(size[0], size[1]);
            browser.get(url("/agreements/" + naver + "?lang=en"));
            // Signed "July 2020" (month only), launched 3 August 2020: a month-level span, never a day count.
            assertThat(browser.findElement(By.cssSelector(".launch-line")).getText())
                    .isEqualTo("Launched 3 August 2020 · 1 month after signing");
            assertThat(browser.findElement(By.id("time-to-launch")).getText())
                    .isEqualTo("First live service launched 1 month after signing");
            scrollToTop(browser.findElement(By.id("agreement-signed")));
            Screenshots.save(browser, "17-launch-agreement-" + (size[0] == 1280 ? "desktop" : "phone"));
        }
        browser.get(url("/agreements/" + naver + "?lang=ko"));
        assertThat(browser.findElement(By.id("time-to-launch")).getText()).isEqualTo("첫 서비스 출시: 협약 1개월 뒤");
    }

    @Test
    void theDormantPageListsEachSilentMouWithWhatItPromised() {
        for (int[] size : List.of(new int[]{1280, 900}, new int[]{390, 844})) {
            viewport(size[0], size[1]);
            browser.get(url("/agreements?lang=en"));
            browser.findElement(By.cssSelector(".dormant-link a")).click();
            waitFor().until(driver -> driver.getCurrentUrl().contains("dormant=12"));

            List<String> titles = browser.findElements(By.cssSelector(".dormant-agreement h2")).stream()
                    .map(WebElement::getText).toList();
            assertThat(titles).contains("Strategic MOU for finance–ICT convergence",
                    "MOU on joint development of and cooperation in digital financial services");
            assertThat(titles).doesNotContain("Naver Map branch waiting-information tie-up");
            assertThat(browser.findElement(By.cssSelector(".dormant-agreement .areas")).getText()).isNotBlank();
            Screenshots.save(browser, "17-launch-dormant-" + (size[0] == 1280 ? "desktop" : "phone"));
        }
    }

    @AfterEach
    void removeTheTestsOwnRecords() {
        List<Metric> metrics = new ArrayList<>(created.stream().filter(Metric.class::isInstance).map(Metric.class::cast).toList());
        Collections.reverse(metrics);
        metrics.forEach(metric -> initiatives.deleteMetric(metric.getId()));
        created.stream().filter(Initiative.class::isInstance).forEach(i -> initiatives.delete(((Initiative) i).getId()));
        created.stream().filter(Organization.class::isInstance).forEach(o -> organizations.delete(
                organizations.findBySlug(((Organization) o).getSlug()).orElseThrow()));
        created.stream().filter(Source.class::isInstance).forEach(s -> sources.delete(((Source) s).getId()));
        created.clear();
    }

    @Test
    void aTargetShowsItsLatestActualAsABarWithThePaceAndEveryActualWithItsSource() {
        Source source = own(records.source("MAU browser"));
        Organization group = own(records.organization("launch-browser-group", OrganizationKind.FINANCIAL_GROUP));
        Initiative banking = own(records.initiative("Browser WON Banking", PartialDate.ofYear(2019), source, group));
        Metric target = metric(Metric.target(group, banking, Bilingual.of("그룹 플랫폼 MAU", "Platform monthly active users")),
                "15000000", "1,500만 명(시험)", source);
        target.targetFor(PartialDate.ofYear(2023));
        target = own(initiatives.save(target));
        // 7.19 M at the end of October 2022, 1.55 M up on the end of 2021 (the seed's two figures for WON Banking).
        Metric endOf2021 = metric(Metric.actual(group, banking, Bilingual.of("우리WON뱅킹 MAU", "WON Banking monthly active users")),
                "5640000", "564만 명(시험)", source);
        endOf2021.asOf(PartialDate.ofYear(2021));
        endOf2021.measureProgressToward(target);
        own(initiatives.save(endOf2021));
        Metric october = metric(Metric.actual(group, banking, Bilingual.of("우리WON뱅킹 MAU", "WON Banking monthly active users")),
                "7190000", "719만 명(시험)", source);
        october.asOf(PartialDate.ofMonth(2022, 10));
        october.measureProgressToward(target);
        own(initiatives.save(october));

        for (int[] size : List.of(new int[]{1280, 900}, new int[]{390, 844})) {
            viewport(size[0], size[1]);
            browser.get(url("/initiatives/" + banking.getId() + "?lang=en"));
            WebElement progress = browser.findElement(By.cssSelector(".target-progress"));
            assertThat(progress.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("48");
            assertThat(progress.getText()).contains("48% of the target, as of October 2022")
                    .contains("Target date passed")
                    .contains("The straight line from the first figure to the target asked for 9,540,000 people by October 2022.")
                    .contains("5,640,000").contains("as of 2021");
            assertThat(progress.findElements(By.cssSelector("ol.citations"))).hasSize(3);
            scrollToTop(progress);
            Screenshots.save(browser, "17-launch-targets-" + (size[0] == 1280 ? "desktop" : "phone"));
        }

        browser.get(url("/organizations/" + group.getSlug() + "/figures?lang=en"));
        assertThat(browser.findElement(By.cssSelector(".target-progress")).getText())
                .contains("48% of the target").contains("Target date passed");
    }

    @Test
    void theSeedsGroupTargetSaysItsDatePassedWithWonBankingAsALowerBound() {
        // V32: WON Banking's 7.19 M is one platform's figure, linked as a part of the group's combined measure.
        long initiative = jdbc.sql("select initiative_id from metrics where kind = 'TARGET' and raw_text = '1500만명'")
                .query(Long.class).single();
        viewport(1280, 900);
        browser.get(url("/initiatives/" + initiative + "?lang=en"));
        WebElement progress = browser.findElement(By.cssSelector(".target-progress"));
        assertThat(progress.getText()).contains("15,000,000 people").contains("by 2023").contains("Target date passed")
                .contains("at least 48% of the target").doesNotContain("No actual figure is recorded against this target yet.");
        scrollToTop(progress);
        Screenshots.save(browser, "17-launch-targets-seed-desktop");
    }

    private <T> T own(T record) {
        created.add(record);
        return record;
    }

    private Metric metric(Metric metric, String value, String printed, Source source) {
        metric.record(new BigDecimal(value), "people", printed);
        metric.cite(Citation.supporting(source, "quote " + printed));
        return metric;
    }


}
