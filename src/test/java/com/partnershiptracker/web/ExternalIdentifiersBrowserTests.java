package com.partnershiptracker.web;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationIdentifiers;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.HostileInputWebTest;
import com.partnershiptracker.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor gives an organization its Wikidata item on the admin form, pasting the item's address,
 * is told when a LEI's check digits do not match, and finds the item linked on the partner page and
 * in the record's history; the page and the form fit a phone.
 */
@HostileInputWebTest
class ExternalIdentifiersBrowserTests extends BrowserTest {

    static final String EDITOR = "identifier-editor";
    static final String PASSWORD = "amber lighthouse quiet passphrase";
    static final String SLUG = "browser-identified-bank";

    @Autowired
    UserAccountService users;

    @Autowired
    OrganizationService organizations;

    long organizationId;

    @BeforeEach
    void anEditorAndAnOrganizationWithoutIdentifiers() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        Organization organization = organizations.findBySlug(SLUG).orElseGet(() -> organizations.save(
                new Organization(SLUG, Bilingual.of("브라우저은행", "Browser Bank"), OrganizationKind.BANK)));
        organizationId = organization.getId();
        identify(OrganizationIdentifiers.NONE);
    }

    @AfterEach
    void restoreTheWindow() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void anEditorPastesAWikidataAddressAndSeesTheItemLinkedOnThePartnerPage() {
        signIn();
        viewport(1280, 900);
        browser.get(url("/organizations/" + SLUG));
        browser.findElement(By.cssSelector(".record-actions a[href$='/edit']")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin/organizations/" + SLUG + "/edit"));
        browser.findElement(By.id("wikidataId")).sendKeys("https://www.wikidata.org/wiki/q987654329");
        browser.findElement(By.id("lei")).sendKeys("5493001KJTIIGC8Y1R13");
        browser.findElement(By.id("lei")).submit();

        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lei.is-invalid")));
        assertThat(browser.findElement(By.id("lei-help")).getText()).contains("The check digits of this LEI do not match");
        assertThat(browser.findElement(By.id("wikidataId")).getAttribute("value")).isEqualTo("https://www.wikidata.org/wiki/q987654329");
        scrollToTop(browser.findElement(By.cssSelector("label[for='wikidataId']")));
        Screenshots.save(browser, "identifiers-form-error-1280x900");

        WebElement lei = browser.findElement(By.id("lei"));
        lei.clear();
        lei.sendKeys("5493001kjtiigc8y1r12");
        lei.submit();

        waitFor().until(ExpectedConditions.urlMatches(".*/organizations/" + SLUG + "$"));
        WebElement item = browser.findElement(By.cssSelector("#identifier-wikidata a"));
        assertThat(item.getText()).isEqualTo("Q987654329");
        assertThat(item.getAttribute("href")).isEqualTo("https://www.wikidata.org/wiki/Q987654329");
        assertThat(item.getAttribute("rel")).isEqualTo("external noopener noreferrer");
        assertThat(browser.findElement(By.cssSelector("#identifier-lei a")).getAttribute("href"))
                .isEqualTo("https://search.gleif.org/#/record/5493001KJTIIGC8Y1R12");
        assertThat(browser.findElement(By.cssSelector(".record-meta")).getText()).contains("Wikidata item", "LEI (Legal Entity Identifier)");
        Screenshots.save(browser, "identifiers-partner-page-1280x900");

        browser.get(url("/admin/history/ORGANIZATION/" + organizationId));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Wikidata item: Q987654329", "LEI: 5493001KJTIIGC8Y1R12");
    }

    @Test
    void thePartnerPageAndTheFormShowTheIdentifiersOnAPhone() {
        identify(new OrganizationIdentifiers("Q987654329", "5493001KJTIIGC8Y1R12", "1101110000010"));
        signIn();
        viewport(390, 844);
        browser.get(url("/organizations/" + SLUG + "?lang=ko"));
        WebElement number = browser.findElement(By.id("identifier-krCorporateRegistrationNumber"));
        assertThat(number.getText()).isEqualTo("110111-0000010");
        assertThat(browser.findElement(By.cssSelector(".record-meta")).getText()).contains("위키데이터 항목", "법인등록번호");
        long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth")).longValue();
        WebElement lei = browser.findElement(By.cssSelector("#identifier-lei a"));
        assertThat(lei.getRect().getX() + lei.getRect().getWidth()).isLessThanOrEqualTo((int) width);
        scrollToTop(browser.findElement(By.cssSelector(".record-meta")));
        Screenshots.save(browser, "identifiers-partner-page-390x844");

        browser.get(url("/admin/organizations/" + SLUG + "/edit?lang=ko"));
        assertThat(browser.findElement(By.id("krCorporateRegistrationNumber")).getAttribute("value")).isEqualTo("110111-0000010");
        scrollToTop(browser.findElement(By.cssSelector("label[for='wikidataId']")));
        Screenshots.save(browser, "identifiers-form-390x844");
    }

    private void identify(OrganizationIdentifiers identifiers) {
        Organization current = organizations.getById(organizationId);
        organizations.update(organizationId, current.getVersion(), (organization, bySlug) -> organization.identifyAs(identifiers));
    }

    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }
}
