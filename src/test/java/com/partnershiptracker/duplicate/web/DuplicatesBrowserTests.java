package com.partnershiptracker.duplicate.web;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SeededWebTest
class DuplicatesBrowserTests extends BrowserTest {

    static final String ADMIN = "duplicates-admin";
    static final String PASSWORD = "heron over the reservoir passphrase";

    @Autowired
    UserAccountService users;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestRecords records;

    @BeforeEach
    void createAnAdmin() {
        if (users.findByUsername(ADMIN).isEmpty()) {
            users.create(ADMIN, PASSWORD, Role.ADMIN);
        }
    }

    @Test
    void anAdminFindsTwoDuplicateOrganizationsMergesThemAndTheOldSlugRedirects() {
        Organization kept = new Organization("brambleworth-savings", Bilingual.of("브램블워스 저축은행", "Brambleworth Savings Bank"),
                OrganizationKind.SAVINGS_BANK);
        kept = organizations.save(kept);
        Organization duplicate = new Organization("brambleworth-savings-bank", Bilingual.of(null, "Brambleworth Savings Bank"),
                OrganizationKind.SAVINGS_BANK);
        duplicate.addAlias("브램블워스 저축 은행");
        duplicate = organizations.save(duplicate);
        assertThat(kept.getId()).isLessThan(duplicate.getId());
        Organization partner = records.organization("brambleworth-partner", OrganizationKind.FINTECH);
        Source source = records.source("브램블워스 협약 기사");
        records.agreement("Brambleworth payments MOU", PartialDate.ofDay(2021, 6, 1), source, kept, duplicate, partner);
        records.agreement("Brambleworth lending MOU", PartialDate.ofDay(2021, 7, 1), source, duplicate, partner);

        signIn();
        viewport(1280, 900);
        browser.get(url("/admin?lang=en"));
        browser.findElement(By.linkText("Duplicates")).click();
        WebElement pair = pairNaming("brambleworth-savings-bank");
        assertThat(pair.getText()).contains("(brambleworth-savings)", "English names alike", "Shared alias", "브램블워스 저축 은행");
        scrollToTop(pair);
        Screenshots.save(browser, "duplicates-list-1280");
        viewport(390, 844);
        scrollToTop(pairNaming("brambleworth-savings-bank"));
        Screenshots.save(browser, "duplicates-list-390");

        viewport(1280, 900);
        pairNaming("brambleworth-savings-bank").findElement(By.cssSelector("a.merge-link")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".merge-preview")));
        assertThat(browser.findElement(By.cssSelector(".merge-kept")).getText()).contains("brambleworth-savings");
        assertThat(browser.findElement(By.cssSelector(".merge-merged")).getText()).contains("brambleworth-savings-bank");
        assertThat(browser.findElement(By.cssSelector(".merge-preview")).getText())
                .contains("brambleworth-savings-bank leads to brambleworth-savings", "Party to an agreement",
                        "Brambleworth lending MOU", "the kept record is there already");
        Screenshots.save(browser, "duplicates-merge-preview-1280");
        viewport(390, 844);
        Screenshots.save(browser, "duplicates-merge-preview-390");
        viewport(1280, 900);

        browser.findElement(By.cssSelector("button.merge-button")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin/duplicates/merges"));
        assertThat(browser.findElement(By.cssSelector(".flash-area")).getText()).contains("The records are merged.");
        assertThat(browser.findElement(By.cssSelector(".merges")).getText()).contains("brambleworth-savings-bank");

        browser.get(url("/organizations/brambleworth-savings-bank?lang=en"));
        assertThat(browser.getCurrentUrl()).endsWith("/organizations/brambleworth-savings?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Brambleworth Savings Bank");
    }

    private WebElement pairNaming(String slug) {
        return browser.findElements(By.cssSelector("li.duplicate-pair")).stream()
                .filter(pair -> pair.getText().contains("(" + slug + ")"))
                .findFirst().orElseThrow(() -> new AssertionError("No pair names " + slug + " on " + browser.getCurrentUrl()));
    }

    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }
}
