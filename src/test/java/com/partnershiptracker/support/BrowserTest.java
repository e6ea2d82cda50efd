package com.partnershiptracker.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

/**
 * A test class whose methods drive one real Chromium against the application on its random port.
 * The run's browser test classes share that Chromium ({@link Browser#shared}): each starts with no
 * cookies and an empty console, and leaves it so for the next.
 */
public abstract class BrowserTest {

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.shared();
        Browser.clear(browser);
    }

    @AfterAll
    static void clearBrowser() {
        if (browser != null) {
            Browser.clear(browser);
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
