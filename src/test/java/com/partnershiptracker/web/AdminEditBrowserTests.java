package com.partnershiptracker.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.shared.Bilingual;
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

/** An editor signs in, edits an agreement's title, and sees it on the public pages and in the history. */
@SeededWebTest
class AdminEditBrowserTests extends BrowserTest {

    static final String EDITOR = "browser-editor";
    static final String PASSWORD = "violet canal morning passphrase";
    static final String NEW_TITLE = "Naver Map tie-up (edited in the browser test)";

    @Autowired
    UserAccountService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcClient jdbc;

    long agreementId;
    Bilingual originalTitle;

    @BeforeEach
    void createAnEditorAndPickTheAgreement() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        agreementId = jdbc.sql("select id from agreements where title_ko = '네이버 지도 영업점 대기 정보 서비스 제휴'")
                .query(Long.class).single();
        originalTitle = agreements.getDetails(agreementId).title();
    }

    @AfterEach
    void putTheTitleBack() {
        Agreement current = agreements.getById(agreementId);
        agreements.update(agreementId, current.getVersion(), (agreement, lookups) -> agreement.retitle(originalTitle));
    }

    @Test
    void anEditorChangesAnAgreementTitleAndSeesItEverywhere() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));

        browser.get(url("/agreements/" + agreementId));
        browser.findElement(By.cssSelector(".record-actions a[href$='/edit']")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin/agreements/" + agreementId + "/edit"));
        Screenshots.save(browser, "admin-agreement-form");
        WebElement title = browser.findElement(By.id("titleEn"));
        title.clear();
        title.sendKeys(NEW_TITLE);
        title.submit();

        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/" + agreementId + "$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(NEW_TITLE);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Saved.");

        browser.get(url("/timeline?partner=naver"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(NEW_TITLE);

        browser.get(url("/admin/history/AGREEMENT/" + agreementId));
        Screenshots.save(browser, "admin-history");
        String history = browser.findElement(By.tagName("main")).getText();
        assertThat(history).contains(EDITOR, "seed", "titleEn " + originalTitle.en() + " " + NEW_TITLE);
    }

}
