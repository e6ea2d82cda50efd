package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner filter of a record too long for a list (here the limit is lowered below the seed's
 * size): the type-ahead picker that suggests names as they are typed, with the chosen partners as
 * checkboxes to keep or drop.
 */
@SeededWebTest
@TestPropertySource(properties = "app.partner-filter.list-limit=5")
class PartnerSearchBrowserTests extends BrowserTest {

    @Test
    void typingPartOfANameSuggestsPartnersAndTheChosenOnesCanBeDroppedAgain() {
        browser.get(url("/agreements?lang=en"));
        int everything = agreements().size();
        assertThat(browser.findElements(By.cssSelector("select#partner"))).isEmpty();

        assertThat(browser.findElements(By.tagName("datalist"))).isEmpty();

        WebElement search = browser.findElement(By.id("partner"));
        search.sendKeys("kakao");
        By kakaoPayOption = By.xpath("//ul[@id='partner-options']/li[@role='option'][span[@class='picker-label' and text()='Kakao Pay']]");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(kakaoPayOption)).click();
        assertThat(search.getDomProperty("value")).isEqualTo("Kakao Pay (kakao-pay)");
        submit();
        waitFor().until(ExpectedConditions.urlContains("partner=kakao-pay"));

        List<WebElement> kakaoPay = agreements();
        assertThat(kakaoPay).isNotEmpty().hasSizeLessThan(everything);
        assertThat(chosen()).containsExactly("Kakao Pay");

        browser.findElement(By.id("partner")).sendKeys("KT");
        submit();
        waitFor().until(ExpectedConditions.urlContains("partner=KT"));
        assertThat(chosen()).containsExactly("Kakao Pay", "KT");

        browser.findElement(By.cssSelector("label[for=partner-chosen-0]")).click();
        submit();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("kakao-pay")));
        assertThat(chosen()).containsExactly("KT");
    }

    private void submit() {
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    }

    private List<String> chosen() {
        return browser.findElements(By.cssSelector("input[type=checkbox][name=partner]:checked")).stream()
                .map(box -> browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText())
                .toList();
    }

    private List<WebElement> agreements() {
        return browser.findElements(By.cssSelector("main table tbody tr, main .agreement-row"));
    }
}
