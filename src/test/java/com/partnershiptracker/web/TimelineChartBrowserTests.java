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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline chart read without hovering, in real Chromium at 1280 × 900 and at a 390 × 844 phone:
 * labels that never overlap, badges for the entries without room, year bars fully zoomed out, a
 * details panel, axis labels inside the plot; and the lists it stands for without JavaScript and in print.
 */
@SeededWebTest
class TimelineChartBrowserTests extends BrowserTest {

    @BeforeEach
    void inEnglishOnADesktop() {
        viewport(1280, 900);
        browser.get(url("/?lang=en"));
    }

    @AfterEach
    void backToTheUsualWindow() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void everyEntryWithRoomIsLabelledWithoutOverlapAndABadgeZoomsInOnTheRest() {
        browser.get(url("/timeline?partner=kt&view=chart"));
        WebElement chart = drawn("timeline-chart");

        assertThat(chart.getDomAttribute("data-mode")).isEqualTo("items");
        List<String> labels = texts(chart, ".chart-item .chart-label");
        assertThat(labels).hasSizeGreaterThanOrEqualTo(10).contains("Joint big data and AI training");
        assertThat(overlappingLabels(chart)).isZero();
        assertThat(chart.findElements(By.cssSelector(".chart-item"))).allSatisfy(item ->
                assertThat(item.findElement(By.cssSelector(".chart-label")).getText()).isNotBlank());
        assertTickLabelsLieInsideThePlot(chart);
        scrollTo(chart);
        Screenshots.save(browser, "17-chart-timeline-kt-desktop");

        WebElement badge = chart.findElement(By.cssSelector(".chart-cluster"));
        int gathered = Integer.parseInt(badge.getDomAttribute("data-count"));
        assertThat(badge.getText()).isEqualTo("+" + gathered);
        List<String> gatheredEntries = List.of(badge.getDomAttribute("data-items").split(" "));
        assertThat(gatheredEntries).hasSize(gathered);
        double spanBefore = visibleSpan(chart);
        badge.click();

        assertThat(visibleSpan(chart)).isLessThan(spanBefore / 2);
        assertThat(labelledLinks(chart)).containsAnyElementsOf(gatheredEntries);
        assertThat(overlappingLabels(chart)).isZero();
        assertTickLabelsLieInsideThePlot(chart);
    }

    @Test
    void clickingAnEntryOpensItsDetailsWithoutLeavingThePage() {
        browser.get(url("/timeline?partner=kt&view=chart"));
        WebElement chart = drawn("timeline-chart");
        String address = browser.getCurrentUrl();

        WebElement item = chart.findElements(By.cssSelector(".chart-item")).stream()
                .filter(link -> link.getText().startsWith("Verbal pledge")).findFirst().orElseThrow();
        WebElement label = item.findElement(By.cssSelector(".chart-label"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();

        WebElement panel = chart.findElement(By.cssSelector(".timeline-chart-details"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(browser.getCurrentUrl()).isEqualTo(address);
        assertThat(panel.findElement(By.cssSelector(".chart-details-title")).getText())
                .startsWith("Verbal pledge by Sohn Tae-seung and Koo Hyun-mo");
        assertThat(panel.findElement(By.cssSelector(".chart-details-date")).getText()).isEqualTo("June 2020");
        assertThat(panel.findElement(By.cssSelector(".chart-details-precision")).getText()).contains("month");
        assertThat(texts(panel, ".chart-details-parties a")).contains("KT", "Woori Financial Group");
        assertThat(panel.findElements(By.cssSelector(".chart-details-sources a"))).isNotEmpty()
                .allSatisfy(source -> assertThat(source.getDomAttribute("href")).startsWith("/sources/"));
        assertThat(panel.findElement(By.cssSelector(".chart-details-link")).getDomAttribute("href")).startsWith("/agreements/");
        scrollTo(chart);
        Screenshots.save(browser, "17-chart-timeline-kt-desktop-details");

        panel.findElement(By.cssSelector("[data-details-close]")).click();
        assertThat(panel.isDisplayed()).isFalse();
    }

    @Test
    void lanesCanBeOrderedByNumberOfEntriesOrByName() {
        browser.get(url("/timeline?partner=kt&view=chart"));
        WebElement chart = drawn("timeline-chart");
        List<String> byCount = List.of(chart.getDomAttribute("data-lanes").split(" "));
        assertThat(byCount.get(0)).isEqualTo("kt");

        new Select(chart.findElement(By.cssSelector("[data-lane-order]"))).selectByValue("name");

        List<String> byName = List.of(chart.getDomAttribute("data-lanes").split(" "));
        assertThat(byName).containsExactlyInAnyOrderElementsOf(byCount).isNotEqualTo(byCount);
        assertThat(texts(chart, ".lane-label")).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void fullyZoomedOutEachLaneShowsABarPerKindAndYearWithItsCount() {
        browser.get(url("/timeline?view=chart"));
        WebElement chart = drawn("timeline-chart");

        assertThat(chart.getDomAttribute("data-mode")).isEqualTo("years");
        List<WebElement> bars = chart.findElements(By.cssSelector(".chart-year-bar"));
        assertThat(bars).isNotEmpty().allSatisfy(bar ->
                assertThat(bar.getText()).startsWith(bar.getDomAttribute("data-count")));
        assertThat(bars.stream().mapToInt(bar -> Integer.parseInt(bar.getDomAttribute("data-count"))).max().orElseThrow())
                .isGreaterThan(1);
        assertTickLabelsLieInsideThePlot(chart);
        scrollTo(chart);
        Screenshots.save(browser, "17-chart-timeline-all-desktop");

        bars.get(0).click();
        assertThat(chart.getDomAttribute("data-mode")).isEqualTo("items");
        assertThat(chart.findElements(By.cssSelector(".chart-item .chart-label"))).isNotEmpty();
    }

    @Test
    void onAPhoneTheLanesStackThePlotTakesTheFullWidthAndDetailsOpenAsASheet() {
        viewport(390, 844);
        browser.get(url("/timeline?partner=kt&view=chart"));
        WebElement chart = drawn("timeline-chart");
        WebElement svg = chart.findElement(By.cssSelector("svg"));
        WebElement canvas = chart.findElement(By.cssSelector(".timeline-chart-canvas"));

        assertThat(Double.parseDouble(svg.getDomAttribute("data-plot-left"))).isZero();
        assertThat(Double.parseDouble(svg.getDomAttribute("data-plot-right")))
                .isGreaterThan(canvas.getRect().getWidth() - 12);
        assertThat(canvas.getRect().getWidth()).isGreaterThan(300);
        WebElement firstLane = chart.findElement(By.cssSelector(".lane-label"));
        WebElement firstItem = chart.findElement(By.cssSelector(".chart-item"));
        assertThat(firstLane.getRect().getY() + firstLane.getRect().getHeight()).isLessThanOrEqualTo(firstItem.getRect().getY());
        assertThat(overlappingLabels(chart)).isZero();
        assertTickLabelsLieInsideThePlot(chart);
        scrollTo(chart);
        Screenshots.save(browser, "17-chart-timeline-kt-phone");

        firstItem.findElement(By.cssSelector(".chart-label")).click();
        WebElement panel = chart.findElement(By.cssSelector(".timeline-chart-details"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getCssValue("position")).isEqualTo("fixed");
        assertThat(panel.getRect().getWidth()).isEqualTo(innerWidth());
        assertThat(panel.findElement(By.cssSelector(".chart-details-date")).getText()).isNotBlank();
        Screenshots.save(browser, "17-chart-timeline-kt-phone-details");
    }

    @Test
    void thePartnerPageAlwaysHasItsListUnderTheChart() {
        for (int[] size : new int[][]{{1280, 900}, {390, 844}}) {
            viewport(size[0], size[1]);
            browser.get(url("/organizations/kt"));
            WebElement chart = drawn("partner-timeline-chart");
            assertThat(chart.findElements(By.cssSelector(".chart-item .chart-label"))).isNotEmpty();

            List<WebElement> entries = browser.findElements(By.cssSelector(".timeline-list li"));
            assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.isDisplayed()).isTrue());
            assertThat(entries.get(0).getRect().getY()).isGreaterThan(chart.getRect().getY() + chart.getRect().getHeight() - 1);
            scrollTo(chart);
            Screenshots.save(browser, "17-chart-partner-kt-" + (size[0] > 400 ? "desktop" : "phone"));
        }
    }

    @Test
    void withoutJavaScriptEveryChartPlaceShowsItsListAndNoControls() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));

        browser.get(url("/timeline?partner=kt&view=chart"));
        assertThat(browser.findElement(By.id("timeline-chart")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("[data-zoom]"))).noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector(".timeline-entry"))).isNotEmpty().allMatch(WebElement::isDisplayed);

        browser.get(url("/organizations/kt"));
        assertThat(browser.findElement(By.id("partner-timeline-chart")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("[data-zoom]"))).noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector(".timeline-list li"))).isNotEmpty().allMatch(WebElement::isDisplayed);
    }

    @Test
    void withJavaScriptTheChartStandsInForTheTimelineListOnScreenButPrintShowsTheListAndTheNetworkTables() {
        browser.get(url("/timeline?partner=kt&view=chart"));
        drawn("timeline-chart");
        assertThat(browser.findElements(By.cssSelector(".timeline-entry"))).isNotEmpty().noneMatch(WebElement::isDisplayed);

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.id("timeline-chart")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".timeline-entry"))).isNotEmpty().allMatch(WebElement::isDisplayed);

        browser.get(url("/organizations/kt"));
        assertThat(browser.findElement(By.id("partner-timeline-chart")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".timeline-list li"))).isNotEmpty().allMatch(WebElement::isDisplayed);

        browser.get(url("/network"));
        assertThat(browser.findElement(By.id("network-graph")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".network-organizations")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".network-organizations tbody tr"))).isNotEmpty()
                .allMatch(WebElement::isDisplayed);
    }

    private void assertTickLabelsLieInsideThePlot(WebElement chart) {
        WebElement svg = chart.findElement(By.cssSelector("svg"));
        double left = svg.getRect().getX() + Double.parseDouble(svg.getDomAttribute("data-plot-left"));
        double right = svg.getRect().getX() + Double.parseDouble(svg.getDomAttribute("data-plot-right"));
        List<Map<String, Object>> boxes = boxes(chart, ".tick-label");
        assertThat(boxes).isNotEmpty().allSatisfy(box -> {
            assertThat(((Number) box.get("left")).doubleValue()).isGreaterThanOrEqualTo(left);
            assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(right + 0.5);
        });
        Map<String, Object> last = boxes.get(boxes.size() - 1);
        assertThat(last.get("text").toString()).isNotBlank().doesNotEndWith("…");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> boxes(WebElement chart, String selector) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                var scrollX = window.scrollX;
                return Array.from(arguments[0].querySelectorAll(arguments[1])).map(function (node) {
                    var box = node.getBoundingClientRect();
                    return {left: box.left + scrollX, right: box.right + scrollX, top: box.top, bottom: box.bottom,
                            text: node.textContent};
                });""", chart, selector);
    }

    /** How many pairs of entry labels, badges and marks' labels cover each other on screen. */
    private long overlappingLabels(WebElement chart) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("""
                var boxes = Array.from(arguments[0].querySelectorAll('.chart-label, .chart-cluster rect'))
                    .map(function (node) { return node.getBoundingClientRect(); });
                var overlaps = 0;
                for (var i = 0; i < boxes.length; i++) {
                    for (var j = i + 1; j < boxes.length; j++) {
                        var a = boxes[i], b = boxes[j];
                        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                            overlaps++;
                        }
                    }
                }
                return overlaps;""", chart)).longValue();
    }

    private List<String> labelledLinks(WebElement chart) {
        return chart.findElements(By.cssSelector(".chart-item")).stream().map(item -> item.getDomAttribute("href")).toList();
    }

    private List<String> texts(WebElement within, String selector) {
        return within.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private double visibleSpan(WebElement chart) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].chartView.to - arguments[0].chartView.from", chart)).doubleValue();
    }

    private WebElement drawn(String id) {
        WebElement chart = browser.findElement(By.id(id));
        waitFor().until(d -> "ready".equals(chart.getDomAttribute("data-state")));
        return chart;
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", element);
    }

    private long innerWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth")).longValue();
    }

}
