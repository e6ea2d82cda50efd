package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's group target of 15 M combined monthly users by 2023 on its initiative's page, measured in part by
 * WON Banking's 7.19 M (another initiative), in Chromium at a desktop and a phone size. The seed is only read.
 */
@SeededWebTest
class MauProgressBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTargetsInitiativePageShowsWonBankingAloneAsAtLeast48PercentAndLinksToIt() {
        long initiative = jdbc.sql("select initiative_id from metrics where kind = 'TARGET' and raw_text = '1500만명'")
                .query(Long.class).single();
        long wonBanking = jdbc.sql("select id from initiatives where title_ko = '우리WON뱅킹'").query(Long.class).single();

        for (int[] size : List.of(new int[]{1280, 900}, new int[]{390, 844})) {
            viewport(size[0], size[1]);
            browser.get(url("/initiatives/" + initiative + "?lang=en"));
            WebElement target = browser.findElement(By.cssSelector(".target-progress"));
            WebElement bar = target.findElement(By.cssSelector(".progress-part progress"));
            assertThat(bar.getAttribute("value")).isEqualTo("48");
            assertThat(bar.isDisplayed()).isTrue();
            assertThat(target.findElement(By.cssSelector(".progress-part")).getText())
                    .contains("Lower bound")
                    .contains("Woori WON Banking monthly active users alone: 7,190,000 people, at least 48% of the target "
                            + "of 15,000,000 people, as of October 2022");
            assertThat(target.findElement(By.cssSelector(".pace-status")).getText()).isEqualTo("Target date passed");
            assertThat(target.getText()).contains("The part recorded did not reach it alone")
                    .contains("Latest figure for a part");
            WebElement link = target.findElement(By.cssSelector(".from-initiative a"));
            assertThat(link.getAttribute("href")).endsWith("/initiatives/" + wonBanking);
            // Nothing of the block runs off a phone's screen.
            long overflow = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            assertThat(overflow).isLessThanOrEqualTo(0);
            // On a phone the figures take a screen of their own: the shot starts at the latest figure for the part.
            scrollToTop(size[0] == 1280 ? target : target.findElement(By.cssSelector(".target-figures dt:nth-of-type(2)")));
            Screenshots.save(browser, "17-mau-target-" + (size[0] == 1280 ? "desktop" : "phone"));
        }

        viewport(1280, 900);
        browser.get(url("/initiatives/" + initiative + "?lang=ko"));
        WebElement target = browser.findElement(By.cssSelector(".target-progress"));
        assertThat(target.getText()).contains("하한").contains("목표 15,000,000 people의 최소 48%");
        scrollToTop(target);
        Screenshots.save(browser, "17-mau-target-ko-desktop");
    }


}
