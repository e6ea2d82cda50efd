package com.partnershiptracker.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.HostileInputWebTest;
import com.partnershiptracker.support.Screenshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Select to cite: an editor selects a passage of a seed source's stored text, chooses an agreement
 * in the panel with the keyboard, arrives on that agreement's citation form with the source and
 * quote filled in, saves, and the citation is confirmed as found in the source text. It saves a
 * citation, so it runs on the database that tests with hostile input share.
 */
@HostileInputWebTest
class SelectToCiteBrowserTests extends BrowserTest {

    static final String EDITOR = "passage-citer";
    static final String PASSWORD = "slate passage citing passphrase";
    static final String PASSAGE = "BC카드 가맹점 망을 활용해 우리금융그룹 결제 플랫폼을 구축하고";

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    com.partnershiptracker.source.SourceService sources;

    long sourceId;

    @Autowired
    com.partnershiptracker.agreement.AgreementService agreements;

    long agreementId;

    @BeforeEach
    void createAnEditor() {
        // An agreement of its own to cite: other tests in this database rename and add agreements.
        agreementId = agreements.create(new com.partnershiptracker.agreement.Agreement(
                com.partnershiptracker.shared.Bilingual.of("발췌 인용 시험 협약", "Passage citing test MOU"),
                com.partnershiptracker.agreement.AgreementKind.MOU, com.partnershiptracker.agreement.AgreementStatus.SIGNED),
                (agreement, lookups) -> agreement.replaceParties(java.util.List.of(
                        new com.partnershiptracker.agreement.AgreementParty(lookups.organization("kt").orElseThrow(),
                                com.partnershiptracker.agreement.PartyRole.PRINCIPAL),
                        new com.partnershiptracker.agreement.AgreementParty(lookups.organization("bc-card").orElseThrow(),
                                com.partnershiptracker.agreement.PartyRole.PRINCIPAL)))).getId();
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        // A source of its own: tests that share the seeded database rename the seed's sources and change their texts.
        sourceId = sourceWithThePassage(sources, PASSAGE);
    }

    @Test
    void anEditorSelectsAPassageAndCitesItOnAnAgreement() {
        signIn();
        browser.get(url("/admin/sources/" + sourceId + "/edit"));
        WebElement panel = browser.findElement(By.id("cite-panel"));
        assertThat(panel.isDisplayed()).isFalse();

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
                block.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));""", PASSAGE);

        waitFor().until(ExpectedConditions.visibilityOf(panel));
        assertThat(browser.findElement(By.id("cite-quote-shown")).getText()).contains(PASSAGE);
        assertThat(browser.findElement(By.id("quote")).getAttribute("value")).isEqualTo(PASSAGE);
        assertThat(browser.findElement(By.id("kind-to-cite")).getAttribute("value")).isEqualTo("agreements");

        WebElement record = browser.findElement(By.id("record"));
        assertThat(record.getAttribute("role")).isEqualTo("combobox");
        record.sendKeys("Passage citing test");
        WebElement list = browser.findElement(By.id(record.getAttribute("aria-controls")));
        waitFor().until(driver -> list.isDisplayed() && !list.findElements(By.cssSelector("[role=option]")).isEmpty());
        // The list may still be redrawn by the answer to the last keystroke, which clears the highlight: press again until it holds.
        waitFor().until(driver -> {
            if (record.getAttribute("aria-activedescendant") == null) {
                record.sendKeys(Keys.ARROW_DOWN);
            }
            return record.getAttribute("aria-activedescendant") != null;
        });
        WebElement active = browser.findElement(By.id(record.getAttribute("aria-activedescendant")));
        String chosen = active.getText();
        record.sendKeys(Keys.ENTER);
        assertThat(record.getAttribute("value")).isNotBlank();
        Screenshots.save(browser, "admin-source-select-to-cite");

        panel.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin/citations/AGREEMENT/"));
        assertThat(browser.findElement(By.id("quote")).getAttribute("value")).isEqualTo(PASSAGE);
        assertThat(browser.findElement(By.id("source")).getAttribute("value")).endsWith("(#" + sourceId + ")");
        assertThat(chosen).contains(browser.findElement(By.tagName("h1")).getText().replace("Add a source to: ", "").strip());

        browser.findElement(By.id("quote")).submit();
        waitFor().until(ExpectedConditions.urlMatches(".*/agreements/\\d+$"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Source attached. Its quote was found in the source text.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(PASSAGE);

        browser.get(url("/admin/sources/" + sourceId + "/edit"));
        WebElement cited = browser.findElements(By.cssSelector(".cited-facts li")).stream()
                .filter(item -> item.getText().contains(PASSAGE)).findFirst().orElseThrow();
        assertThat(cited.getText()).contains("quote found in the source text").doesNotContain("quote not found");
    }

    /** A news article of the test's own whose stored text holds the passage, between two sentences of its own. */
    static long sourceWithThePassage(com.partnershiptracker.source.SourceService sources, String passage) {
        com.partnershiptracker.source.Source source = new com.partnershiptracker.source.Source(
                com.partnershiptracker.source.SourceKind.NEWS_ARTICLE, "테스트일보",
                com.partnershiptracker.shared.Bilingual.of("인용 시험 기사", "A test article to cite"), "ko");
        source.keepText("첫 문장입니다. " + passage + ". 마지막 문장입니다.", null);
        return sources.save(source).getId();
    }

    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }
}
