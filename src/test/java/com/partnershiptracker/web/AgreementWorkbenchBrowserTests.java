package com.partnershiptracker.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial workbench end to end, from nothing: an agreement among three parties, each picked
 * with the keyboard (the third in a row added in the page), its signed date typed the Korean way,
 * then a passage selected in a source's stored text and cited for the signed date, whose footnote
 * the public page shows beside the date.
 */
@SeededWebTest
class AgreementWorkbenchBrowserTests extends BrowserTest {

    static final String EDITOR = "workbench-editor";
    static final String PASSWORD = "amber lantern harbour passphrase";
    static final String TITLE = "Workbench payments alliance";
    static final String PASSAGE = "우리금융그룹과 KT는 19일 서울 중구 우리은행 본점에서 업무협약을 맺었다";

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    com.partnershiptracker.source.SourceService sources;

    @BeforeEach
    void createAnEditor() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
    }

    @Test
    void anEditorCreatesAThreePartyAgreementAndCitesASelectedPassageForItsSignedDate() {
        signIn();
        browser.get(url("/admin/agreements/new?lang=en"));
        browser.findElement(By.id("titleEn")).sendKeys(TITLE);
        browser.findElement(By.id("kind")).sendKeys("MOU");
        browser.findElement(By.id("status")).sendKeys("Signed");

        WebElement signed = browser.findElement(By.id("signed.text"));
        signed.sendKeys("2020.08.19");
        WebElement reading = browser.findElement(By.id("signed-reading"));
        waitFor().until(driver -> reading.getText().contains("2020-08-19"));
        assertThat(reading.getText()).isEqualTo("Saved as 2020-08-19 (19 August 2020)");

        pick(browser.findElement(By.id("parties0.organization")), "Woori Financial Group");
        pick(browser.findElement(By.id("parties1.organization")), "KT");
        WebElement addRow = browser.findElement(By.cssSelector("button[data-add-row][value=parties]"));
        scrollIntoView(addRow);
        addRow.click();
        WebElement third = browser.findElement(By.id("parties2.organization"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(third);
        pick(third, "BC Card");
        Screenshots.save(browser, "admin-agreement-three-parties");

        WebElement save = browser.findElement(By.cssSelector("form button[type=submit].btn-primary"));
        scrollIntoView(save);
        save.click();
        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/\\d+$"));
        String agreementUrl = browser.getCurrentUrl();
        long agreementId = Long.parseLong(agreementUrl.substring(agreementUrl.lastIndexOf('/') + 1));
        List<String> parties = jdbc.sql("""
                        select o.slug from agreement_parties p join organizations o on o.id = p.organization_id
                        where p.agreement_id = ? order by p.position""").param(agreementId).query(String.class).list();
        assertThat(parties).containsExactly("woori-financial-group", "kt", "bc-card");
        assertThat(jdbc.sql("select signed_date || ' ' || signed_precision from agreements where id = ?").param(agreementId)
                .query(String.class).single()).isEqualTo("2020-08-19 DAY");

        long sourceId = SelectToCiteBrowserTests.sourceWithThePassage(sources, PASSAGE);
        browser.get(url("/admin/sources/" + sourceId + "/edit?lang=en"));
        select(PASSAGE);
        WebElement panel = browser.findElement(By.id("cite-panel"));
        waitFor().until(ExpectedConditions.visibilityOf(panel));
        pick(browser.findElement(By.id("record")), "Workbench payments");
        panel.findElement(By.cssSelector("button[type=submit]")).click();

        waitFor().until(ExpectedConditions.urlContains("/admin/citations/AGREEMENT/" + agreementId + "/new"));
        assertThat(browser.findElement(By.id("quote")).getAttribute("value")).isEqualTo(PASSAGE);
        WebElement signedAttribute = browser.findElement(By.cssSelector("input[name=attributes][value=SIGNED]"));
        WebElement label = browser.findElement(By.cssSelector("label[for='" + signedAttribute.getAttribute("id") + "']"));
        scrollIntoView(label);
        label.click();
        WebElement attach = browser.findElement(By.cssSelector("form button[type=submit].btn-primary"));
        scrollIntoView(attach);
        attach.click();

        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/" + agreementId + "$"));
        WebElement date = browser.findElement(By.id("agreement-signed"));
        assertThat(date.getText()).contains("19 August 2020").contains("[1]");
        WebElement mark = date.findElement(By.xpath(".//a[text()='[1]']"));
        String footnote = mark.getAttribute("href").substring(mark.getAttribute("href").indexOf('#') + 1);
        assertThat(browser.findElement(By.id(footnote)).getText()).contains(PASSAGE, "Supports: Signed");
        Screenshots.save(browser, "agreement-workbench-footnote");
    }

    /** Types into a picker, waits for its options, and chooses the first with the arrow key and Enter. */
    private void pick(WebElement field, String typed) {
        scrollIntoView(field);
        field.click();
        field.sendKeys(typed);
        WebElement list = browser.findElement(By.id(field.getAttribute("aria-controls")));
        waitFor().until(driver -> list.isDisplayed() && !list.findElements(By.cssSelector("[role=option]")).isEmpty());
        // The answer to the last keystroke may redraw the list and clear the highlight: press again until a choice is made.
        waitFor().until(driver -> {
            if (field.getAttribute("aria-activedescendant") == null) {
                field.sendKeys(Keys.ARROW_DOWN);
            }
            if (field.getAttribute("aria-activedescendant") != null) {
                field.sendKeys(Keys.ENTER);
            }
            return field.getAttribute("value").endsWith(")");
        });
    }

    private void select(String passage) {
        ((JavascriptExecutor) browser).executeScript("""
                const block = document.getElementById('article-text');
                const text = block.firstChild;
                const start = text.data.indexOf(arguments[0]);
                const range = document.createRange();
                range.setStart(text, start);
                range.setEnd(text, start + arguments[0].length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                block.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));""", passage);
    }

    private static void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }
}
