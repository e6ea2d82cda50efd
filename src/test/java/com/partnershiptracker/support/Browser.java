package com.partnershiptracker.support;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's Chromium driven through its own ChromeDriver, headless. Nothing is downloaded: the
 * paths are fixed (override with CHROMIUM_BINARY and CHROMEDRIVER_BINARY), and .ci/run installs
 * the packages when they are missing.
 */
public final class Browser {

    private static ChromeDriver shared;

    private Browser() {
    }

    /**
     * One Chromium for every browser test class of the run, started on first use (a start costs seconds
     * on a busy machine) and quit when the JVM exits; a new one if the last has died. The caller leaves it
     * as it found it: see {@link #clear}.
     */
    public static synchronized WebDriver shared() {
        if (shared != null && !alive(shared)) {
            quietlyQuit(shared);
            shared = null;
        }
        if (shared == null) {
            ChromeDriver started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> quietlyQuit(started), "quit-chromium"));
            shared = started;
        }
        return shared;
    }

    /**
     * Leaves the shared Chromium as a fresh one would be for the next test class: no dialog open, on a
     * blank page, no cookies (which localhost shares across the ports of the test contexts), and an
     * empty console log.
     */
    public static void clear(WebDriver browser) {
        try {
            browser.switchTo().alert().dismiss();
        } catch (WebDriverException noAlert) {
            // None open, as usual.
        }
        try {
            browser.get("about:blank");
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            browser.manage().logs().get(LogType.BROWSER);
        } catch (WebDriverException dead) {
            // shared() starts a new one next time.
        }
    }

    private static boolean alive(WebDriver browser) {
        try {
            browser.getWindowHandle();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private static void quietlyQuit(WebDriver browser) {
        try {
            browser.quit();
        } catch (WebDriverException e) {
            // Already gone.
        }
    }

    static ChromeDriver start() {
        String chromium = env("CHROMIUM_BINARY", "/usr/bin/chromium");
        String driver = env("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver at " + chromium
                    + " and " + driver + "; run: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + temporaryProfile());
        // Keep the console, so a test can see what the Content-Security-Policy blocked.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("pt-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
