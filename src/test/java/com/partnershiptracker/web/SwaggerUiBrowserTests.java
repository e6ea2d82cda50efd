package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in real Chromium, under the site's Content-Security-Policy, with the dev profile that
 * {@code ./mvnw spring-boot:run} uses (production has no Swagger UI: SensitivePathsTests).
 */
@SeededWebTest
@ActiveProfiles("dev")
class SwaggerUiBrowserTests extends BrowserTest {

    @Test
    void aVisitorTriesTheTimelineEndpointAndNothingIsBlocked() {
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        By timeline = By.cssSelector("#operations-Timeline-listTimelineEntries .opblock-summary-control");
        wait.until(ExpectedConditions.elementToBeClickable(timeline)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Timeline-listTimelineEntries .try-out__btn"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Timeline-listTimelineEntries button.execute"))).click();
        By liveResponse = By.cssSelector("#operations-Timeline-listTimelineEntries .live-responses-table");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(liveResponse, "\"items\""));
        assertThat(browser.findElement(liveResponse).getText()).contains("200");
        Screenshots.save(browser, "swagger-ui-timeline");

        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(blocked).isEmpty();
    }
}
