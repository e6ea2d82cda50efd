package com.partnershiptracker.review;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.Browser;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With review required, an editor's change appears publicly only after a reviewer publishes it. */
@ReviewRequiredWebTest
class ReviewBrowserTests extends BrowserTest {

    static final String EDITOR = "browser-review-editor";
    static final String REVIEWER = "browser-review-reviewer";
    static final String PASSWORD = "pebble compass orchard eleven";
    static final String PARTNER = "woori-card";

    @Autowired
    UserAccountService users;

    @Test
    void anEditorsChangeIsPublicOnlyAfterAReviewerPublishesIt() {
        String marker = "Reviewed description " + UUID.randomUUID().toString().substring(0, 8);
        viewport(1280, 900);
        signIn(EDITOR, Role.EDITOR);
        browser.get(url("/admin/organizations/" + PARTNER + "/edit?lang=en"));
        WebElement description = browser.findElement(By.id("descriptionEn"));
        description.clear();
        description.sendKeys(marker);
        click(browser.findElement(By.cssSelector("form button[type=submit].btn-primary")));
        waitFor().until(ExpectedConditions.urlMatches(".*/admin/drafts/\\d+$"));
        String draftId = browser.getCurrentUrl().replaceAll(".*/", "");
        assertThat(browser.findElement(By.cssSelector(".flash-area")).getText()).contains("Saved as a draft, waiting for review");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Waiting for review", marker);

        Browser.clear(browser);
        browser.get(url("/organizations/" + PARTNER + "?lang=en"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).doesNotContain(marker);

        signIn(REVIEWER, Role.REVIEWER);
        browser.get(url("/admin/review?lang=en"));
        WebElement card = browser.findElement(By.id("draft-" + draftId));
        assertThat(card.getText()).contains(EDITOR, "Description in English", marker);
        Screenshots.save(browser, "admin-review-1280");
        viewport(390, 844);
        Screenshots.save(browser, "admin-review-390");

        viewport(1280, 900);
        click(card.findElement(By.linkText("Preview the public page")));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-preview-banner")));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(marker);
        Screenshots.save(browser, "draft-preview-1280");
        viewport(390, 844);
        Screenshots.save(browser, "draft-preview-390");
        viewport(1280, 900);

        Browser.clear(browser);
        browser.get(url("/organizations/" + PARTNER + "?lang=en"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).as("the preview published nothing").doesNotContain(marker);

        signIn(REVIEWER, Role.REVIEWER);
        browser.get(url("/admin/review?lang=en"));
        click(browser.findElement(By.cssSelector("#draft-" + draftId + " form button[type=submit]")));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash-area"), "The draft was published."));

        Browser.clear(browser);
        browser.get(url("/organizations/" + PARTNER + "?lang=en"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(marker);
    }

    private void signIn(String username, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(username, PASSWORD, role);
        }
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
