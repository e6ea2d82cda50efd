package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner page's relationships table and the network's date slider, in real Chromium at desktop and phone sizes. */
@SeededWebTest
class RelationshipsBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource({"1280, 900, desktop", "390, 844, phone"})
    void aReaderSortsWooriBanksRelationshipsByCounterpartAndShowsOnlyTheStakes(int width, int height, String size) {
        viewport(width, height);
        browser.get(url("/organizations/woori-bank?lang=en"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#relationships tbody tr"));
        assertThat(rows).hasSize(12);
        assertThat(browser.findElements(By.xpath("//section[@id='relationships']//a[text()='Strategic MOU for finance–ICT convergence']")))
                .hasSize(1);
        scrollToTop(browser.findElement(By.id("relationships")));
        Screenshots.save(browser, "17-partner-woori-bank-" + size);

        click(browser.findElement(By.cssSelector("#relationships th.col-counterpart a")));
        waitFor().until(ExpectedConditions.urlContains("sort=counterpart&dir=asc"));
        assertThat(browser.findElement(By.cssSelector("#relationships th.col-counterpart")).getDomAttribute("aria-sort"))
                .isEqualTo("ascending");
        assertThat(browser.findElement(By.cssSelector("#relationships tbody tr td.counterparts")).getText()).contains("BC Card");

        click(browser.findElement(By.cssSelector("#relationships th.col-counterpart a")));
        waitFor().until(ExpectedConditions.urlContains("sort=counterpart&dir=desc"));
        assertThat(browser.findElement(By.cssSelector("#relationships th.col-counterpart")).getDomAttribute("aria-sort"))
                .isEqualTo("descending");

        new Select(browser.findElement(By.id("relationship-kind"))).selectByValue("RELATION");
        click(browser.findElement(By.cssSelector(".relationship-filter button[type=submit]")));
        waitFor().until(ExpectedConditions.urlContains("kind=RELATION"));
        assertThat(browser.getCurrentUrl()).contains("sort=counterpart").contains("dir=desc");
        assertThat(browser.findElements(By.cssSelector("#relationships tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#relationships tbody tr")).getText()).contains("K bank");
        scrollToTop(browser.findElement(By.id("relationships")));
        Screenshots.save(browser, "17-partner-woori-bank-stakes-" + size);

        browser.get(url("/organizations/woori-bank?asOf=2020-08-01"));
        assertThat(browser.findElement(By.cssSelector(".as-of-banner")).getText()).contains("As of 1 August 2020");
        assertThat(browser.findElements(By.cssSelector("#relationships tr.uncertain .uncertain-badge"))).isNotEmpty();
        scrollToTop(browser.findElement(By.id("relationships")));
        Screenshots.save(browser, "17-partner-woori-bank-asof-2020-08-01-" + size);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource({"1280, 900, desktop", "390, 844, phone"})
    void theNetworksSliderMovesThroughTheYearsAndTheDateFieldPicksADay(int width, int height, String size) {
        viewport(width, height);
        browser.get(url("/network?asOf=2020-12-31&lang=en"));
        assertThat(browser.findElement(By.cssSelector(".as-of-banner")).getText()).contains("As of 31 December 2020");
        scrollToTop(browser.findElement(By.cssSelector(".as-of-banner")));
        Screenshots.save(browser, "17-partner-network-asof-2020-12-31-" + size);

        browser.get(url("/network?asOf=2020-08-01"));
        WebElement slider = browser.findElement(By.id("as-of-year"));
        assertThat(slider.isDisplayed()).as("the script shows the slider").isTrue();
        assertThat(slider.getDomProperty("value")).isEqualTo("2020");
        assertThat(browser.findElement(By.cssSelector(".network-organizations")).getText()).doesNotContain("Kakao Pay");
        scrollToTop(browser.findElement(By.cssSelector(".as-of-banner")));
        Screenshots.save(browser, "17-partner-network-asof-2020-08-01-" + size);
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('.as-of-banner, .as-of-banner *, #as-of-form, #as-of-form *, .as-of-dashed'))"
                + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')");
        assertThat((String) overflow).as("the banner, slider and date field fit the screen").isEmpty();

        scrollToTop(slider);
        slider.sendKeys(Keys.ARROW_RIGHT);
        waitFor().until(ExpectedConditions.urlContains("asOf=2021-08-01"));
        assertThat(browser.findElement(By.cssSelector(".as-of-banner")).getText()).contains("As of 1 August 2021");
        assertThat(browser.findElement(By.cssSelector(".network-organizations")).getText()).contains("Kakao Pay");

        WebElement date = browser.findElement(By.id("as-of-date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2019-06-30'", date);
        click(browser.findElement(By.cssSelector("#as-of-form button[type=submit]")));
        waitFor().until(ExpectedConditions.urlContains("asOf=2019-06-30"));
        assertThat(browser.findElement(By.id("as-of-year")).getDomProperty("value")).isEqualTo("2019");

        click(browser.findElement(By.cssSelector(".as-of-banner a")));
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("asOf")));
        assertThat(browser.findElements(By.cssSelector(".as-of-banner"))).isEmpty();
    }



    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
