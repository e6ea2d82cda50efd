package com.partnershiptracker.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

/**
 * A test class whose methods share one real Chromium, started before the first and quit after
 * the last, against the application on its random port.
 */
public abstract class BrowserTest {

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
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
