package com.partnershiptracker.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor changes an agreement's signing date in the admin form and reads the change on the agreement's
 * history page, in English and in Korean, by the agreement's title and the field's name.
 */
@SeededWebTest
class HistoryBrowserTests extends BrowserTest {

    static final String EDITOR = "history-browser-editor";
    static final String PASSWORD = "copper kettle wandering lighthouse";

    @Autowired
    UserAccountService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcClient jdbc;

    long agreementId;
    PartialDate originalSigned;
    Bilingual title;

    @BeforeEach
    void signedInJuly2020() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        agreementId = jdbc.sql("""
                        select id from agreements where ended_date is null and title_en is not null and title_ko is not null
                        and title_ko <> '네이버 지도 영업점 대기 정보 서비스 제휴' order by id limit 1""")
                .query(Long.class).single();
        Agreement agreement = agreements.getById(agreementId);
        originalSigned = agreement.getSigned();
        title = agreement.getTitle();
        agreements.update(agreementId, agreement.getVersion(), (edited, lookups) -> edited.signOn(PartialDate.ofMonth(2020, 7)));
    }

    @AfterEach
    void signedAsBefore() {
        Agreement current = agreements.getById(agreementId);
        agreements.update(agreementId, current.getVersion(), (agreement, lookups) -> agreement.signOn(originalSigned));
        browser.get(url("/?lang=en"));
    }

    @Test
    void anEditorChangesTheSigningDateAndReadsTheChangeOnTheHistoryPageInEnglishAndKorean() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));

        browser.get(url("/admin/agreements/" + agreementId + "/edit"));
        WebElement signed = browser.findElement(By.name("signed.text"));
        assertThat(signed.getAttribute("value")).isEqualTo("2020-07");
        signed.clear();
        signed.sendKeys("2020-08-19");
        signed.submit();
        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/" + agreementId + "$"));

        browser.get(url("/admin/history/AGREEMENT/" + agreementId + "?lang=en"));
        Screenshots.save(browser, "admin-history-readable");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title.en() + " · Agreement history");
        WebElement newest = browser.findElement(By.cssSelector("ol.revisions > li"));
        assertThat(newest.findElements(By.cssSelector(".field-change"))).extracting(WebElement::getText)
                .contains("Signed: July 2020 → 19 August 2020");
        assertThat(newest.getText()).contains(EDITOR).doesNotContain("signed", "SIGNED", "Agreement #");

        browser.get(url("/admin/history/AGREEMENT/" + agreementId + "?lang=ko"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title.ko() + " · 협약 이력");
        assertThat(browser.findElement(By.cssSelector("ol.revisions > li")).findElements(By.cssSelector(".field-change")))
                .extracting(WebElement::getText).contains("서명일: 2020년 7월 → 2020년 8월 19일");
    }
}
