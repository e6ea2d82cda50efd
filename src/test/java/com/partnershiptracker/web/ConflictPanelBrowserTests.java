package com.partnershiptracker.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementParty;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.PartyRole;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors on one agreement: the second save is refused with the three-way panel, field by field,
 * their change first, and "Take theirs" on one field keeps their value while the rest of the input is saved.
 */
@SeededWebTest
class ConflictPanelBrowserTests extends BrowserTest {

    static final String EDITOR = "conflict-editor";
    static final String PASSWORD = "granite orchard beacon passphrase";

    @Autowired
    UserAccountService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcClient jdbc;

    long agreementId;

    @BeforeEach
    void createAnEditorAndAnAgreement() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        agreementId = agreements.create(new Agreement(Bilingual.of("충돌 시험 협약", "Conflict test MOU"), AgreementKind.MOU,
                AgreementStatus.SIGNED), (agreement, lookups) -> agreement.replaceParties(List.of(
                new AgreementParty(lookups.organization("kt").orElseThrow(), PartyRole.PRINCIPAL),
                new AgreementParty(lookups.organization("bc-card").orElseThrow(), PartyRole.PRINCIPAL)))).getId();
    }

    @AfterEach
    void deleteTheAgreement() {
        agreements.delete(agreementId);
    }

    @Test
    void aStaleSaveShowsTheirChangeBesideMineAndTakesTheirsWhereAsked() {
        signIn();
        browser.get(url("/admin/agreements/" + agreementId + "/edit?lang=en"));
        long opened = version();
        agreements.update(agreementId, opened, (agreement, lookups) -> agreement.classify(AgreementKind.MOU, AgreementStatus.ACTIVE));

        WebElement placeEn = browser.findElement(By.id("placeEn"));
        placeEn.sendKeys("Seoul");
        WebElement titleEn = browser.findElement(By.id("titleEn"));
        titleEn.clear();
        titleEn.sendKeys("My conflict title");
        save();

        WebElement panel = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".conflict-panel")));
        List<WebElement> rows = panel.findElements(By.cssSelector("tbody tr"));
        assertThat(rows.get(0).getText()).startsWith("Status").contains("Signed", "Active");
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).startsWith("Title in English").contains("Conflict test MOU", "My conflict title"))
                .anySatisfy(row -> assertThat(row).startsWith("Place in English").contains("Seoul"));
        assertThat(browser.findElement(By.id("titleEn")).getAttribute("value")).isEqualTo("My conflict title");
        Screenshots.save(browser, "admin-conflict-three-way");

        WebElement takeStatus = panel.findElement(By.id("take-status"));
        takeStatus.click();
        browser.findElement(By.id("status")).sendKeys("Ended");
        save();

        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/" + agreementId + "$"));
        assertThat(jdbc.sql("select status || ' ' || title_en || ' ' || place_en from agreements where id = ?")
                .param(agreementId).query(String.class).single()).isEqualTo("ACTIVE My conflict title Seoul");
    }

    private long version() {
        return jdbc.sql("select version from agreements where id = ?").param(agreementId).query(Long.class).single();
    }

    private void save() {
        WebElement save = browser.findElement(By.cssSelector("form button[type=submit].btn-primary"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", save);
        save.click();
    }

    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }
}
