package com.partnershiptracker.web;

import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's words in Chromium: a reader picks two partners and "between all of"; an inference note
 * in Korean and in English; a Korean quote with its English gloss. Screenshots at 1280 × 900 and 390 × 844.
 */
@SeededWebTest
class WordsBrowserTests extends BrowserTest {

    static final String GLOSSED_PERSON = "gloss-browser-speaker";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheGlossedStatement() {
        jdbc.sql("delete from statements where person_id in (select id from people where slug = :slug)")
                .param("slug", GLOSSED_PERSON).update();
        jdbc.sql("delete from people where slug = :slug").param("slug", GLOSSED_PERSON).update();
    }

    @Test
    void aReaderPicksTwoPartnersAndBetweenAllOf() {
        viewport(1280, 900);
        browser.get(url("/agreements?lang=en"));
        pickPartner("KT", "kt");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("partner=kt"));
        pickPartner("Woori Financial Group", "woori-financial-group");
        browser.findElement(By.cssSelector("label[for=match-all]")).click();
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();

        waitFor().until(ExpectedConditions.urlContains("match=all"));
        assertThat(browser.getCurrentUrl()).contains("partner=kt", "partner=woori-financial-group");
        assertThat(browser.findElement(By.id("match-all")).isSelected()).isTrue();
        long between = jdbc.sql("""
                select count(*) from agreements a
                where exists (select 1 from agreement_parties p join organizations o on o.id = p.organization_id
                              where p.agreement_id = a.id and o.slug = 'kt')
                  and exists (select 1 from agreement_parties p join organizations o on o.id = p.organization_id
                              where p.agreement_id = a.id and o.slug = 'woori-financial-group')""").query(Long.class).single();
        assertThat(between).isEqualTo(2);
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).hasSize((int) between);
        scrollToTop(browser.findElement(By.cssSelector("table")), 120);
        Screenshots.save(browser, "17-words-agreements-between-desktop");

        viewport(390, 844);
        browser.get(url("/agreements?partner=kt&partner=woori-financial-group&match=all&lang=ko"));
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).hasSize((int) between);
        scrollToTop(browser.findElement(By.cssSelector(".partner-match")), 120);
        Screenshots.save(browser, "17-words-agreements-between-choice-phone");
        scrollToTop(browser.findElement(By.cssSelector(".table-responsive")), 120);
        Screenshots.save(browser, "17-words-agreements-between-phone");
    }

    @Test
    void anInferenceNoteShowsInKoreanAndInEnglish() {
        long mou = jdbc.sql("select id from agreements where kind = 'STRATEGIC_MOU' and signed_date = date '2020-08-19'")
                .query(Long.class).single();
        viewport(1280, 900);
        browser.get(url("/agreements/" + mou + "?lang=ko"));
        WebElement korean = browser.findElement(By.cssSelector("#agreement-signed .date-note"));
        assertThat(korean.getText()).isEqualTo("'19일'. 기사 날짜(2020년 8월 20일)에서 계산했다.");
        scrollToTop(browser.findElement(By.cssSelector("#agreement-signed")), 120);
        Screenshots.save(browser, "17-words-note-ko-desktop");

        browser.get(url("/agreements/" + mou + "?lang=en"));
        assertThat(browser.findElement(By.cssSelector("#agreement-signed .date-note")).getText())
                .isEqualTo("'19일', counted from the article date (20 August 2020).");
        scrollToTop(browser.findElement(By.cssSelector("#agreement-signed")), 120);
        Screenshots.save(browser, "17-words-note-en-desktop");

        viewport(390, 844);
        browser.get(url("/agreements/" + mou + "?lang=ko"));
        scrollToTop(browser.findElement(By.cssSelector("#agreement-signed")), 120);
        Screenshots.save(browser, "17-words-note-ko-phone");
        browser.get(url("/agreements/" + mou + "?lang=en"));
        scrollToTop(browser.findElement(By.cssSelector("#agreement-signed")), 120);
        Screenshots.save(browser, "17-words-note-en-phone");
    }

    @Test
    void aKoreanQuoteCarriesItsEnglishGlossInEnglishOnly() {
        jdbc.sql("insert into people (slug, name_ko, name_en) values (:slug, '풀이 화자', 'Gloss Speaker')")
                .param("slug", GLOSSED_PERSON).update();
        jdbc.sql("""
                insert into statements (person_id, text_ko, gloss_en, stated_date, stated_precision, stated_inferred)
                values ((select id from people where slug = :slug), '디지털 전환은 선택이 아니라 생존의 문제다',
                        'Going digital is not a choice but a matter of survival.', date '2021-03-01', 'MONTH', false)""")
                .param("slug", GLOSSED_PERSON).update();

        viewport(1280, 900);
        browser.get(url("/people/" + GLOSSED_PERSON + "?lang=en"));
        WebElement quote = browser.findElement(By.cssSelector("li q"));
        assertThat(quote.getText()).contains("디지털 전환은 선택이 아니라 생존의 문제다");
        assertThat(quote.getAttribute("lang")).isEqualTo("ko");
        assertThat(browser.findElement(By.cssSelector(".quote-gloss")).getText())
                .isEqualTo("Gloss: Going digital is not a choice but a matter of survival.");
        Screenshots.save(browser, "17-words-gloss-en-desktop");

        viewport(390, 844);
        browser.get(url("/people/" + GLOSSED_PERSON + "?lang=en"));
        Screenshots.save(browser, "17-words-gloss-en-phone");
        browser.get(url("/people/" + GLOSSED_PERSON + "?lang=ko"));
        assertThat(browser.findElements(By.cssSelector(".quote-gloss"))).isEmpty();
    }



    /** Types a partner's name into the type-ahead picker and chooses it from the suggestions. */
    private void pickPartner(String name, String slug) {
        WebElement partner = browser.findElement(By.id("partner"));
        partner.sendKeys(name);
        By option = By.xpath("//ul[@id='partner-options']/li[@role='option'][span[@class='picker-label' and text()='" + name + "']]");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(option)).click();
        assertThat(partner.getDomProperty("value")).isEqualTo(name + " (" + slug + ")");
    }
}
