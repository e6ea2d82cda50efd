package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline, the agreements and a partner page on a 390 × 844 phone: the first result above the
 * fold, nothing wider than the screen, the filters behind a button that counts them, and chips that
 * remove a filter. The same pages at 1280 × 900 keep their filters in view.
 */
@SeededWebTest
class PhoneBrowserTests extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @BeforeEach
    void inEnglishOnAPhone() {
        browser.get(url("/?lang=en"));
        viewport(PHONE_WIDTH, PHONE_HEIGHT);
    }

    @AfterEach
    void backToTheDesktop() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void theTimelineOnAPhoneShowsItsFirstEntryAboveTheFoldAndItsFiltersBehindACountedButton() {
        browser.get(url("/timeline?partner=kt&kind=agreement&from=2017"));

        WebElement toggle = browser.findElement(By.cssSelector("details.filter-panel > summary"));
        assertThat(toggle.getText()).isEqualTo("Filters (3)");
        assertThat(browser.findElement(By.cssSelector("form.filters")).isDisplayed()).isFalse();
        assertThat(top(browser.findElement(By.cssSelector(".timeline-entry")))).isLessThan(PHONE_HEIGHT);
        assertNoSidewaysScroll();
        assertThat(chips()).containsExactly("KT", "From 2017", "Agreement");
        Screenshots.save(browser, "17-phones-timeline-phone");

        browser.findElement(By.xpath("//a[@class='filter-chip'][span[text()='From 2017']]")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("from=")));
        assertThat(browser.getCurrentUrl()).contains("partner=kt", "kind=agreement");
        assertThat(browser.findElement(By.cssSelector("details.filter-panel > summary")).getText()).isEqualTo("Filters (2)");
        assertThat(chips()).containsExactly("KT", "Agreement");

        browser.findElement(By.cssSelector("details.filter-panel > summary")).click();
        assertThat(browser.findElement(By.cssSelector("form.filters")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("partner")).getAttribute("role")).isEqualTo("combobox");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Hold Ctrl");
        assertNoSidewaysScroll();
    }

    @Test
    void theTimelineYearIndexJumpsToThePageHoldingTheYear() {
        browser.get(url("/timeline"));
        assertThat(top(browser.findElement(By.cssSelector(".timeline-entry")))).isLessThan(PHONE_HEIGHT);
        assertNoSidewaysScroll();
        List<WebElement> years = browser.findElements(By.cssSelector("nav.year-index a"));
        assertThat(years).hasSizeGreaterThan(1);
        WebElement last = years.get(years.size() - 1);
        String year = last.getText().split(" ")[0];

        last.click();
        waitFor().until(ExpectedConditions.urlContains("#year-" + year));
        WebElement heading = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("year-" + year)));
        assertThat(heading.getText()).contains(year);
        waitFor().until(driver -> top(heading) >= -1 && top(heading) < PHONE_HEIGHT);
        assertThat(browser.findElement(By.cssSelector(".timeline-period")).getCssValue("position")).isEqualTo("sticky");
    }

    @Test
    void theAgreementsOnAPhoneAreCardsWithTheirPartiesInView() {
        browser.get(url("/agreements?partner=kt"));

        assertThat(browser.findElement(By.cssSelector("details.filter-panel > summary")).getText()).isEqualTo("Filters (1)");
        WebElement first = browser.findElement(By.cssSelector("table.table-cards tbody tr"));
        assertThat(first.getCssValue("display")).isEqualTo("block");
        assertThat(top(first)).isLessThan(PHONE_HEIGHT);
        WebElement parties = first.findElement(By.cssSelector("td[data-label='Parties']"));
        assertThat(parties.isDisplayed()).isTrue();
        assertThat(parties.getText()).contains("KT");
        assertThat(right(parties)).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(browser.findElement(By.cssSelector("table.table-cards thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
        assertNoSidewaysScroll();
        Screenshots.save(browser, "17-phones-agreements-phone");

        int ktAgreements = browser.findElements(By.cssSelector("table.table-cards tbody tr")).size();
        browser.findElement(By.cssSelector("a.filter-chip")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("partner=")));
        assertThat(browser.findElements(By.cssSelector("a.filter-chip"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("details.filter-panel > summary")).getText()).isEqualTo("Filters");
        assertThat(browser.findElements(By.cssSelector("table.table-cards tbody tr")).size()).isGreaterThan(ktAgreements);
    }

    @Test
    void thePartnerPageOnAPhoneShowsItsFactsAboveTheFoldWithoutSidewaysScrolling() {
        browser.get(url("/organizations/kt"));
        Screenshots.save(browser, "17-phones-partner-phone");

        assertThat(top(browser.findElement(By.cssSelector(".key-numbers")))).isLessThan(PHONE_HEIGHT);
        assertNoSidewaysScroll();
    }

    @Test
    void onADesktopTheFiltersStayInView() {
        viewport(1280, 900);
        for (String page : List.of("timeline", "agreements")) {
            browser.get(url("/" + page + "?partner=kt"));
            assertThat(browser.findElement(By.cssSelector("form.filters")).isDisplayed()).as(page).isTrue();
            assertThat(browser.findElement(By.cssSelector("details.filter-panel > summary")).isDisplayed()).as(page).isFalse();
            assertThat(browser.findElement(By.cssSelector("table.table-cards thead, .timeline-entry")).isDisplayed()).isTrue();
            // As without filters.js: the panel closed as the server sends it, its content still shown by the style sheet.
            ((JavascriptExecutor) browser).executeScript("document.querySelector('details.filter-panel').open = false");
            Screenshots.save(browser, "17-phones-" + page + "-desktop-closed-panel");
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("var form = document.querySelector('form.filters');"
                    + " return form.checkVisibility() && form.getBoundingClientRect().height > 100"))
                    .as(page + " without JavaScript").isTrue();
            ((JavascriptExecutor) browser).executeScript("document.querySelector('details.filter-panel').open = true");
            Screenshots.save(browser, "17-phones-" + page + "-desktop");
        }
        browser.get(url("/organizations/kt"));
        Screenshots.save(browser, "17-phones-partner-desktop");
    }

    private List<String> chips() {
        return browser.findElements(By.cssSelector("a.filter-chip > span:first-child")).stream().map(WebElement::getText).toList();
    }

    private static void assertNoSidewaysScroll() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long scrollWidth = ((Number) script.executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) script.executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("document width on a %d px screen", innerWidth).isLessThanOrEqualTo(innerWidth);
    }

    private static long top(WebElement element) {
        return Math.round(((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().top", element)).doubleValue());
    }

    private static long right(WebElement element) {
        return Math.round(((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().right", element)).doubleValue());
    }

}
