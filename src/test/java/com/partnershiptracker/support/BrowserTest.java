package com.partnershiptracker.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    /** Sizes the window so that the page itself (the CSS viewport) is width × height, as on that screen. */
    protected static void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        int innerWidth = ((Number) script.executeScript("return window.innerWidth")).intValue();
        int innerHeight = ((Number) script.executeScript("return window.innerHeight")).intValue();
        browser.manage().window().setSize(new Dimension(2 * width - innerWidth, 2 * height - innerHeight));
    }

    /** Scrolls the element's top to just under the window's top, for a screenshot of it. */
    protected static void scrollToTop(WebElement element) {
        scrollToTop(element, 8);
    }

    /** The same, leaving a margin above the element (room for a sticky heading). */
    protected static void scrollToTop(WebElement element, int margin) {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo({top: arguments[0].getBoundingClientRect().top"
                + " + window.scrollY - arguments[1], behavior: 'instant'})", element, margin);
    }

    protected WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
