package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The network graph and the visual timeline, drawn by real Chromium from the seeded database. */
@SeededWebTest
class PicturesBrowserTests extends BrowserTest {

    @BeforeEach
    void inEnglish() {
        browser.get(url("/?lang=en"));
    }

    @Test
    void theNetworkDrawsKtAndKakaoPayAndClickingANodeOpensItsPartnerPage() {
        browser.get(url("/network"));
        WebElement graph = drawn(By.id("network-graph"));

        assertThat(graph.getDomAttribute("data-nodes").split(" ")).contains("kt", "kakao-pay");
        assertThat(drawnNodeCount(graph)).isEqualTo(browser.findElements(By.cssSelector(".network-organizations tbody tr")).size());
        assertThat(visibleLegend()).contains("Telecom", "Fintech").doesNotContain("Internal unit");
        Screenshots.save(browser, "network");

        clickUntilTheUrlHas(graph, "getElementById('kakao-pay').renderedPosition()", "/organizations/kakao-pay");
        assertThat(browser.findElement(By.cssSelector("h1 > span")).getText()).isEqualTo("Kakao Pay");
    }

    @Test
    void aReaderPutsAnOrganizationAtTheCentreByNameAndCollapsesGroups() {
        browser.get(url("/network"));
        browser.findElement(By.id("centre")).sendKeys("Kakao Pay");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("centre=Kakao"));
        WebElement graph = drawn(By.id("network-graph"));

        assertThat(graph.getDomAttribute("data-nodes").split(" ")).containsExactly("kakao-pay", "woori-bank");
        assertThat(browser.findElement(By.cssSelector(".network-centre")).getText()).contains("Kakao Pay");

        clickInView(browser.findElement(By.id("groups")));
        clickInView(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        waitFor().until(ExpectedConditions.urlContains("groups=true"));
        graph = drawn(By.id("network-graph"));
        assertThat(graph.getDomAttribute("data-nodes").split(" ")).contains("woori-financial-group").doesNotContain("woori-bank");

        WebElement centre = browser.findElement(By.id("centre"));
        scrollInstantlyTo(centre);
        centre.clear();
        centre.sendKeys("No such organization");
        clickInView(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("centre-error")));
        assertThat(browser.findElement(By.id("centre-error")).getText()).contains("No organization is called \"No such organization\"");
    }

    @Test
    void thePartnerPageGraphShowsThePartnerAndItsCounterpartAndCountsTheirAgreementsOnHover() {
        browser.get(url("/organizations/kakao-pay"));
        WebElement graph = drawn(By.id("partner-network"));

        assertThat(graph.getDomAttribute("data-nodes").split(" ")).containsExactly("kakao-pay", "woori-bank");

        hoverUntilStatusSays(graph, "edges()[0].renderedMidpoint()", "agreements: 1");
        assertThat(browser.findElement(By.cssSelector(".network-status")).getText()).contains("Kakao Pay", "Woori Bank");
        Screenshots.save(browser, "partner-network-hover");
    }

    @Test
    void theTimelineChartHasALanePerPartnerDrawsAMonthAsASpanZoomsAndOpensEachEntrysDetailsWithALink() {
        browser.get(url("/timeline?partner=kt"));
        browser.findElement(By.linkText("Chart")).click();
        waitFor().until(ExpectedConditions.urlContains("view=chart"));
        WebElement chart = drawn(By.id("timeline-chart"));

        assertThat(chart.getDomAttribute("data-lanes").split(" ")).contains("kt", "woori-financial-group", "bc-card");
        assertThat(chart.findElements(By.cssSelector(".lane-label"))).extracting(WebElement::getText)
                .contains("KT", "Woori Financial Group");
        WebElement month = chart.findElement(By.cssSelector(".chart-item[data-precision=MONTH] rect"));
        WebElement day = chart.findElement(By.cssSelector(".chart-item[data-precision=DAY] circle"));
        assertThat(month.getRect().getWidth()).isGreaterThan(3 * day.getRect().getWidth());
        Screenshots.save(browser, "timeline-chart");

        double before = visibleSpan(chart);
        chart.findElement(By.cssSelector("[data-zoom=in]")).click();
        assertThat(visibleSpan(chart)).isLessThan(before * 0.6);
        chart.findElement(By.cssSelector("[data-zoom=reset]")).click();
        assertThat(visibleSpan(chart)).isEqualTo(before);

        month = chart.findElement(By.cssSelector(".chart-item[data-precision=MONTH] rect"));
        new Actions(browser).moveToElement(month).click().perform();
        WebElement details = chart.findElement(By.cssSelector(".timeline-chart-details"));
        waitFor().until(ExpectedConditions.visibilityOf(details));
        assertThat(details.getText()).contains("Verbal pledge by Sohn Tae-seung and Koo Hyun-mo", "June 2020");
        details.findElement(By.cssSelector(".chart-details-link")).click();
        waitFor().until(ExpectedConditions.urlContains("/agreements/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Verbal pledge");
    }

    @Test
    void thePartnerPageDrawsItsOwnTimeline() {
        browser.get(url("/organizations/kakao-pay"));
        WebElement chart = drawn(By.id("partner-timeline-chart"));

        assertThat(chart.getDomAttribute("data-lanes").split(" ")).contains("kakao-pay", "woori-bank");
        assertThat(chart.findElements(By.cssSelector(".chart-item"))).isNotEmpty();
    }

    private double visibleSpan(WebElement chart) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].chartView.to - arguments[0].chartView.from", chart)).doubleValue();
    }

    /**
     * The graph was scrolled to the middle of the window; Selenium's own scroll back to a control
     * follows the page's smooth scrolling, and recent Chromium clicks before it ends (at a point above
     * the window), so the control is brought into view at once first.
     */
    private void clickInView(WebElement control) {
        scrollInstantlyTo(control);
        control.click();
    }

    private void scrollInstantlyTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    private WebElement drawn(By locator) {
        WebElement graph = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", graph);
        waitFor().until(d -> "ready".equals(graph.getDomAttribute("data-state")));
        return graph;
    }

    private long drawnNodeCount(WebElement graph) {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].graph.nodes().filter(n => n.visible() && n.renderedWidth() > 5).length", graph);
    }

    private List<String> visibleLegend() {
        return browser.findElements(By.cssSelector(".network-legend li")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    /**
     * Points at the graph until its status line says the text. A pointer already resting on the
     * spot sends no new move, so each try comes from the graph's corner first.
     */
    private void hoverUntilStatusSays(WebElement graph, String position, String text) {
        By status = By.cssSelector(".network-status");
        for (int attempt = 1; ; attempt++) {
            new Actions(browser).moveToElement(graph, 5 - graph.getRect().getWidth() / 2, 5 - graph.getRect().getHeight() / 2)
                    .perform();
            pointAt(graph, position).perform();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBePresentInElementLocated(status, text));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks a point of the graph until the browser goes to the page. Seen once in a full run: a click
     * that opened nothing, the pointer having arrived while the page was still settling; each try
     * comes from the graph's corner first, as a real pointer would.
     */
    private void clickUntilTheUrlHas(WebElement graph, String position, String path) {
        for (int attempt = 1; ; attempt++) {
            new Actions(browser).moveToElement(graph, 5 - graph.getRect().getWidth() / 2, 5 - graph.getRect().getHeight() / 2)
                    .perform();
            pointAt(graph, position).click().perform();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(path));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The mouse over a point of the graph, given as a Cytoscape expression for a rendered position. */
    @SuppressWarnings("unchecked")
    private Actions pointAt(WebElement graph, String position) {
        List<Number> point = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var p = arguments[0].graph." + position + "; return [p.x, p.y];", graph);
        Rectangle box = graph.getRect();
        int x = (int) Math.round(point.get(0).doubleValue() - box.getWidth() / 2.0);
        int y = (int) Math.round(point.get(1).doubleValue() - box.getHeight() / 2.0);
        return new Actions(browser).moveToElement(graph, x, y);
    }

}
