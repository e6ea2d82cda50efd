package com.partnershiptracker.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.source.CitationService;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor cites a source for an agreement's signed date through the citation form, and the agreement's page
 * then shows that citation's footnote beside the date.
 */
@SeededWebTest
class CiteAnAttributeBrowserTests extends BrowserTest {

    static final String EDITOR = "cite-attribute-editor";
    static final String PASSWORD = "copper meadow signal passphrase";

    @Autowired
    UserAccountService users;

    @Autowired
    CitationService citations;

    @Autowired
    JdbcClient jdbc;

    long agreementId;
    int citationsBefore;

    @BeforeEach
    void createAnEditorAndPickTheAgreement() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        agreementId = jdbc.sql("select id from agreements where title_ko = '디지털 금융서비스 공동 개발 및 협력을 위한 업무협약'")
                .query(Long.class).single();
        citationsBefore = citationCount();
    }

    @AfterEach
    void removeTheAddedCitation() {
        while (citationCount() > citationsBefore) {
            int last = citationCount() - 1;
            long source = jdbc.sql("select source_id from agreement_citations where agreement_id = ? and position = ?")
                    .params(agreementId, last).query(Long.class).single();
            citations.remove(Agreement.class, agreementId, last, source, citations.versionOf(Agreement.class, agreementId));
        }
    }

    @Test
    void anEditorCitesTheSignedDateAndSeesTheFootnoteBesideTheDate() {
        long sourceId = jdbc.sql("select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목'").query(Long.class).single();
        String headline = jdbc.sql("select coalesce(headline_en, headline_ko) from sources where id = ?").param(sourceId)
                .query(String.class).single();
        String newMark = "[" + (citationsBefore + 1) + "]";
        signIn();
        browser.get(url("/agreements/" + agreementId + "?lang=en"));
        assertThat(browser.findElement(By.id("agreement-signed")).getText()).doesNotContain(newMark);

        browser.findElement(By.cssSelector("a[href$='/admin/citations/AGREEMENT/" + agreementId + "/new']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=attributes][value=SIGNED]")));
        browser.findElement(By.id("source")).sendKeys(headline + " (#" + sourceId + ")");
        browser.findElement(By.id("quote")).sendKeys("지난 10일 업무협약을 체결했다");
        WebElement signed = browser.findElement(By.cssSelector("input[name=attributes][value=SIGNED]"));
        WebElement label = browser.findElement(By.cssSelector("label[for='" + signed.getAttribute("id") + "']"));
        scrollIntoView(label);
        label.click();
        assertThat(signed.isSelected()).isTrue();
        Screenshots.save(browser, "admin-citation-attributes");
        WebElement save = browser.findElement(By.cssSelector("form button[type=submit].btn-primary"));
        scrollIntoView(save);
        save.click();

        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/" + agreementId + "$"));
        WebElement date = browser.findElement(By.id("agreement-signed"));
        assertThat(date.getText()).contains(newMark);
        WebElement mark = date.findElement(By.xpath(".//a[text()='" + newMark + "']"));
        String footnote = mark.getAttribute("href").substring(mark.getAttribute("href").indexOf('#') + 1);
        assertThat(browser.findElement(By.id(footnote)).getText()).contains("지난 10일 업무협약을 체결했다", "Supports: Signed");
        Screenshots.save(browser, "agreement-footnote-beside-signed-date");
    }

    private static void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    private int citationCount() {
        return jdbc.sql("select count(*) from agreement_citations where agreement_id = ?").param(agreementId)
                .query(Integer.class).single();
    }

    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }
}
