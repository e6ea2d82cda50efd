package com.partnershiptracker.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementParty;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.PartySummary;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor signs in, edits an agreement's title, and sees it on the public pages and in the history;
 * and adds a party with the type-ahead picker, by keyboard, and sees it on the agreement's page.
 */
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
    List<PartySummary> originalParties;

    @BeforeEach
    void createAnEditorAndPickTheAgreement() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        agreementId = jdbc.sql("select id from agreements where title_ko = '네이버 지도 영업점 대기 정보 서비스 제휴'")
                .query(Long.class).single();
        originalTitle = agreements.getDetails(agreementId).title();
        originalParties = agreements.getDetails(agreementId).parties();
    }

    @AfterEach
    void putTheTitleAndPartiesBack() {
        Agreement current = agreements.getById(agreementId);
        agreements.update(agreementId, current.getVersion(), (agreement, lookups) -> {
            agreement.retitle(originalTitle);
            agreement.replaceParties(originalParties.stream()
                    .map(party -> new AgreementParty(lookups.organization(party.slug()).orElseThrow(), party.role())).toList());
        });
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void anEditorAddsAPartyWithThePickerByKeyboardAndSeesItOnTheAgreementsPage() {
        signIn();
        viewport(1280, 900);
        browser.get(url("/admin/agreements/" + agreementId + "/edit"));
        WebElement current = browser.findElement(By.id("parties0.organization"));
        assertThat(current.getAttribute("value")).isEqualTo("Woori Bank (woori-bank)");
        assertThat(browser.findElements(By.cssSelector("select[name$='.organization'], datalist"))).isEmpty();

        WebElement blank = browser.findElement(By.id("parties2.organization"));
        assertThat(blank.getAttribute("role")).isEqualTo("combobox");
        blank.sendKeys("kakao pay");
        WebElement list = browser.findElement(By.id(blank.getAttribute("aria-controls")));
        waitFor().until(ExpectedConditions.visibilityOf(list));
        waitFor().until(driver -> list.getText().contains("Kakao Pay"));
        assertThat(blank.getAttribute("aria-expanded")).isEqualTo("true");
        blank.sendKeys(Keys.ARROW_DOWN);
        WebElement active = browser.findElement(By.id(blank.getAttribute("aria-activedescendant")));
        assertThat(active.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(active.getText()).contains("Kakao Pay", "카카오페이", "kakao-pay");
        scrollToTop(browser.findElement(By.cssSelector("fieldset legend")));
        Screenshots.save(browser, "admin-agreement-picker-1280x900");

        blank.sendKeys(Keys.ENTER);
        assertThat(blank.getAttribute("value")).isEqualTo("Kakao Pay (kakao-pay)");
        assertThat(list.isDisplayed()).isFalse();
        assertThat(browser.getCurrentUrl()).endsWith("/edit");

        blank.submit();
        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/" + agreementId + "$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Kakao Pay", "NAVER", "Woori Bank");
    }

    @Test
    void thePickerFitsAPhoneAndAnUnknownNameIsAnErrorOnItsField() {
        signIn();
        viewport(390, 844);
        browser.get(url("/admin/agreements/" + agreementId + "/edit"));
        WebElement blank = browser.findElement(By.id("parties2.organization"));
        blank.sendKeys("woori");
        WebElement list = browser.findElement(By.id(blank.getAttribute("aria-controls")));
        waitFor().until(driver -> list.isDisplayed() && list.getText().contains("Woori Card"));
        long viewport = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(list.getRect().getX() + list.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
        scrollToTop(browser.findElement(By.id("parties1.organization")));
        Screenshots.save(browser, "admin-agreement-picker-390x844");

        blank.sendKeys(Keys.ESCAPE);
        assertThat(list.isDisplayed()).isFalse();
        blank.clear();
        blank.sendKeys("No Such Partner Anywhere");
        blank.submit();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("parties2.organization-errors")));
        assertThat(browser.findElement(By.id("parties2.organization-errors")).getText())
                .contains("No organization matches", "No Such Partner Anywhere");
        assertThat(browser.findElement(By.id("parties2.organization")).getAttribute("aria-describedby"))
                .isEqualTo("parties2.organization-errors");
    }



    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }

    @Test
    void anEditorChangesAnAgreementTitleAndSeesItEverywhere() {
        signIn();

        browser.get(url("/agreements/" + agreementId));
        browser.findElement(By.cssSelector(".record-actions a[href$='/edit']")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin/agreements/" + agreementId + "/edit"));
        Screenshots.save(browser, "admin-agreement-form");
        WebElement title = browser.findElement(By.id("titleEn"));
        title.clear();
        title.sendKeys(NEW_TITLE);
        title.submit();

        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/" + agreementId + "$"));
        assertThat(browser.findElement(By.cssSelector("h1 > span")).getText()).isEqualTo(NEW_TITLE);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Saved.");

        browser.get(url("/timeline?partner=naver"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(NEW_TITLE);

        browser.get(url("/admin/history/AGREEMENT/" + agreementId));
        Screenshots.save(browser, "admin-history");
        String history = browser.findElement(By.tagName("main")).getText();
        assertThat(history).contains(EDITOR, "seed", "Title in English: " + originalTitle.en() + " → " + NEW_TITLE);
    }

}
