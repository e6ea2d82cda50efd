package com.partnershiptracker.timeline.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.TestRecords;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, at a desktop and a phone size, in both languages: the home page leads its latest
 * entries with what happened, and the timeline shows an agreement's announced and signed dates as
 * two labelled entries and its figures in their unit. The partner and its records are this test's own.
 */
@SeededWebTest
class TimelineHeadlinesBrowserTests extends BrowserTest {

    @Autowired
    TestRecords records;

    @Autowired
    AgreementService agreements;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    OrganizationService organizations;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    long agreementId;
    List<Long> metricIds;
    List<Long> organizationIds;

    @BeforeEach
    void recordAPartnerWithAnAgreementAndFigures() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Source source = entityManager.find(Source.class, jdbc.sql("select min(id) from sources").query(Long.class).single());
            Organization bank = records.organization("headline-bank", OrganizationKind.BANK);
            Organization telecom = records.organization("headline-telecom", OrganizationKind.TELECOM);
            Agreement mou = records.agreement("Digital finance MOU", PartialDate.ofDay(2020, 10, 5), source, bank, telecom);
            mou.announceOn(PartialDate.ofMonth(2020, 9));
            Metric deposits = Metric.actual(bank, null, Bilingual.of("수신잔액", "Deposits"));
            deposits.record(new BigDecimal("22315900000000"), "KRW", "22조3천159억원");
            deposits.asOf(PartialDate.ofMonth(2020, 9));
            Metric customers = Metric.actual(bank, null, Bilingual.of("고객수", "Customers"));
            customers.record(new BigDecimal("12940000"), "people", "1천294만명");
            customers.asOf(PartialDate.ofMonth(2020, 9));
            metricIds = List.of(initiatives.save(deposits).getId(), initiatives.save(customers).getId());
            records.flush();
            agreementId = mou.getId();
            organizationIds = List.of(bank.getId(), telecom.getId());
        });
    }

    @AfterEach
    void removeThem() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            agreements.delete(agreementId);
            metricIds.forEach(initiatives::deleteMetric);
            records.flush();
            organizationIds.forEach(id -> organizations.delete(entityManager.find(Organization.class, id)));
        });
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({
            "en, 1280, 900, desktop, KT and Woori Financial Group sign, headline-bank (en) and headline-telecom (en) announce Digital finance MOU, KRW 22.3 trillion, '12,940,000 people'",
            "en, 390, 844, phone, KT and Woori Financial Group sign, headline-bank (en) and headline-telecom (en) announce Digital finance MOU, KRW 22.3 trillion, '12,940,000 people'",
            "ko, 1280, 900, desktop, '손태승: “', 'headline-bank (ko)·headline-telecom (ko), Digital finance MOU 협약 발표', '22조 3,159억 원', '1,294만 명'",
            "ko, 390, 844, phone, '손태승: “', 'headline-bank (ko)·headline-telecom (ko), Digital finance MOU 협약 발표', '22조 3,159억 원', '1,294만 명'",
    })
    void theHomePageAndTheTimelineSayWhatHappenedInTheReadersLanguage(String language, int width, int height, String size,
                                                                      String onTheFeed, String announced, String money,
                                                                      String people) {
        viewport(width, height);
        browser.get(url("/?lang=" + language));
        List<String> headlines = browser.findElements(By.cssSelector(".timeline-entries .entry-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(headlines).hasSize(5).anySatisfy(headline -> assertThat(headline).contains(language.equals("en")
                ? "reaches 7,190,000 people" : "719만 명 기록"));
        scrollToTop(browser.findElement(By.cssSelector(".timeline-entries")));
        Screenshots.save(browser, "17-timeline-home-" + language + "-" + size);

        browser.get(url("/timeline.atom?lang=" + language));
        assertThat(browser.getPageSource()).contains(onTheFeed);

        browser.get(url("/timeline?partner=headline-bank&lang=" + language));
        List<String> titles = browser.findElements(By.cssSelector(".timeline-entry .entry-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(titles).contains(announced);
        assertThat(browser.findElements(By.cssSelector(".timeline-entry .entry-kind")).stream().map(WebElement::getText).toList())
                .contains(language.equals("en") ? "Agreement announced" : "협약 발표",
                        language.equals("en") ? "Agreement signed" : "협약 체결");
        assertThat(browser.findElements(By.cssSelector(".timeline-entry .entry-detail")).stream().map(WebElement::getText).toList())
                .contains(money, people);
        scrollToTop(browser.findElement(By.cssSelector(".timeline-group")));
        Screenshots.save(browser, "17-timeline-dates-" + language + "-" + size);
    }


}
