package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public flows a person uses, in real Chromium against the seeded database. */
@SeededWebTest
class PublicFlowsBrowserTests extends BrowserTest {

    @BeforeEach
    void forgetTheLanguageChoice() {
        browser.get(url("/?lang=en"));
    }

    @Test
    void filteringTheTimelineByKtLeavesOnlyKtEntriesAndPutsTheFilterInTheUrl() {
        browser.get(url("/timeline"));
        int everything = entries().size();

        WebElement partner = browser.findElement(By.id("partner"));
        partner.sendKeys("KT");
        By ktOption = By.xpath("//ul[@id='partner-options']/li[@role='option'][span[@class='picker-label' and text()='KT']]");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(ktOption)).click();
        assertThat(partner.getDomProperty("value")).isEqualTo("KT (kt)");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("partner=kt"));

        List<WebElement> ktEntries = entries();
        assertThat(ktEntries).isNotEmpty().hasSizeLessThan(everything);
        assertThat(ktEntries).allSatisfy(entry ->
                assertThat(entry.findElement(By.cssSelector(".entry-organizations")).getText()).contains("KT"));
        assertThat(browser.findElements(By.cssSelector("input[type=checkbox][name=partner]:checked + label")))
                .extracting(WebElement::getText).containsExactly("KT");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Hold Ctrl");
    }

    @Test
    void theKakaoPayPartnerPageOpensFromThePartnerGrid() {
        browser.get(url("/"));
        browser.findElement(By.cssSelector(".partner-grid a[href$='/organizations/kakao-pay']")).click();
        waitFor().until(ExpectedConditions.urlContains("/organizations/kakao-pay"));

        assertThat(browser.findElement(By.cssSelector("h1 > span")).getText()).isEqualTo("Kakao Pay");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("MOU on joint development of and cooperation in digital financial services");
    }

    @Test
    void switchingToEnglishShowsEnglishNames() {
        browser.get(url("/organizations?lang=ko"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("우리금융그룹");

        browser.findElement(By.cssSelector("a.language-switch")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Partners"));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Woori Financial Group", "Kakao Pay").doesNotContain("우리금융그룹");
    }

    private List<WebElement> entries() {
        return browser.findElements(By.cssSelector(".timeline-entry"));
    }

}
