package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page type checked by axe-core in Chromium against WCAG 2.1 A and AA. axe-core's script
 * comes from Maven Central in Deque's own package (a test dependency), so nothing is downloaded here.
 */
@SeededWebTest
class AccessibilityBrowserTests extends BrowserTest {

    private static final String AXE = readAxe();
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
                .then(function (results) {
                    done(results.violations.map(function (v) {
                        return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) {
                            return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '');
                        }).join(' | ');
                    }));
                })
                .catch(function (error) { done(['axe failed: ' + error]); });
            """;

    @BeforeEach
    void inEnglish() {
        browser.get(url("/?lang=en"));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @Test
    void everyPublicPageTypeMeetsWcag21AaInEnglishAndKoreanAndOnAPhone() {
        Map<String, String> pages = publicPages();
        assertThat(pages).hasSize(15);
        List<String> failures = new ArrayList<>();
        for (String language : List.of("en", "ko")) {
            browser.get(url("/?lang=" + language));
            pages.forEach((name, path) -> {
                browser.get(url(path));
                waitFor().until(driver -> "complete".equals(script().executeScript("return document.readyState")));
                @SuppressWarnings("unchecked")
                List<String> violations = (List<String>) script().executeAsyncScript(AXE + "\n" + RUN_AXE);
                violations.forEach(violation -> failures.add(language + " " + name + " " + path + ": " + violation));
            });
        }
        browser.get(url("/?lang=en"));
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/timeline?partner=kt&kind=agreement", "/agreements?partner=kt", "/organizations/kt")) {
                browser.get(url(path));
                @SuppressWarnings("unchecked")
                List<String> violations = (List<String>) script().executeAsyncScript(AXE + "\n" + RUN_AXE);
                violations.forEach(violation -> failures.add("phone " + path + ": " + violation));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void theCheckFindsAViolationWhenAPageHasOne() {
        // The shared browser may still be at a phone's size, where the filters are folded away and not checked.
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/timeline?partner=kt"));
        script().executeScript("var link = document.createElement('a'); link.href = '#'; link.style.color = '#9bb7d9';"
                + " link.textContent = 'Low contrast'; document.querySelector('main').appendChild(link);"
                + " document.body.appendChild(document.createElement('img'));");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) script().executeAsyncScript(AXE + "\n" + RUN_AXE);
        assertThat(violations).anySatisfy(violation -> assertThat(violation).startsWith("color-contrast"))
                .anySatisfy(violation -> assertThat(violation).startsWith("image-alt"));
    }

    @Test
    void noPageAsksForAMissingFavicon() {
        browser.manage().logs().get(LogType.BROWSER);
        for (String path : List.of("/", "/timeline", "/agreements", "/organizations/kt")) {
            browser.get(url(path));
        }
        List<String> notFound = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> message.contains("404") || message.contains("favicon")).toList();
        assertThat(notFound).isEmpty();
        assertThat(browser.findElements(By.cssSelector("link[rel=icon]"))).hasSize(2);
    }

    /** One page of each public type; record pages are found through their lists, not by fixed ids. */
    private Map<String, String> publicPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("timeline list", "/timeline");
        pages.put("timeline chart", "/timeline?view=chart&partner=kt");
        pages.put("filtered timeline", "/timeline?partner=kt&kind=agreement&from=2017");
        pages.put("agreements", "/agreements?partner=kt");
        pages.put("agreement", firstLink("/agreements", "a[href^='/agreements/']"));
        pages.put("organizations", "/organizations");
        pages.put("partner", "/organizations/kt");
        pages.put("initiative", firstLink("/initiatives", "main a[href^='/initiatives/']"));
        pages.put("person", firstLink("/people", "main a[href^='/people/']"));
        pages.put("source", firstLink("/sources", "main a[href^='/sources/']"));
        pages.put("network", "/network");
        pages.put("search", "/search?q=woori");
        pages.put("sign-in", "/login");
        pages.put("not found", "/organizations/no-such-partner");
        return pages;
    }

    private String firstLink(String listPath, String selector) {
        browser.get(url(listPath));
        String href = browser.findElement(By.cssSelector(selector)).getDomAttribute("href");
        assertThat(href).as("a record link on " + listPath).isNotBlank();
        return href;
    }

    private static JavascriptExecutor script() {
        return (JavascriptExecutor) browser;
    }

    private static String readAxe() {
        try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: it comes with com.deque.html.axe-core:selenium (pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
