package com.partnershiptracker.support;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Debian's Chromium driven through its own ChromeDriver, headless. Nothing is downloaded: the
 * paths are fixed (override with CHROMIUM_BINARY and CHROMEDRIVER_BINARY), and .ci/run installs
 * the packages when they are missing.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
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
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
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
