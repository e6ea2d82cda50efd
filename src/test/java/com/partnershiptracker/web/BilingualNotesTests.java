package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.SeededWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Inference and conflict notes in both languages, and the English gloss of a Korean quote. */
@SeededWebTest
@Transactional
class BilingualNotesTests {

    static final String STRATEGIC_MOU = "금융·ICT 융합을 위한 전략적 업무협약";
    static final String NAVER_TIE_UP = "네이버 지도 영업점 대기 정보 서비스 제휴";

    /** Every partial date of the schema, by table. */
    static final Map<String, List<String>> DATES = Map.of(
            "organizations", List.of("founded", "dissolved"), "positions", List.of("started", "ended"),
            "organization_relations", List.of("started", "ended"),
            "agreements", List.of("announced", "signed", "effective", "ended"),
            "initiatives", List.of("announced", "started", "launched", "ended"), "metrics", List.of("as_of", "target"),
            "statements", List.of("stated"), "sources", List.of("published"));

    static final List<String> CITATIONS = List.of("organization", "organization_relation", "person", "position",
            "agreement", "initiative", "metric", "statement");

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyNoteOfTheSeedHasItsKoreanTwin() {
        long english = 0;
        for (Map.Entry<String, List<String>> table : DATES.entrySet()) {
            for (String date : table.getValue()) {
                english += count("select count(*) from " + table.getKey() + " where " + date + "_note is not null");
                assertThat(count("select count(*) from " + table.getKey() + " where " + date + "_note is not null and "
                        + date + "_note_ko is null")).as(table.getKey() + "." + date).isZero();
                assertThat(count("select count(*) from " + table.getKey() + "_aud where " + date + "_note is not null and "
                        + date + "_note_ko is null")).as(table.getKey() + "_aud." + date).isZero();
            }
        }
        for (String fact : CITATIONS) {
            english += count("select count(*) from " + fact + "_citations where note is not null");
            assertThat(count("select count(*) from " + fact + "_citations where note is not null and note_ko is null"))
                    .as(fact + "_citations").isZero();
        }
        assertThat(english).as("the seed's notes").isGreaterThan(60);
        assertThat(jdbc.sql("select signed_note_ko from agreements where title_ko = :title").param("title", STRATEGIC_MOU)
                .query(String.class).single()).isEqualTo("'19일'. 기사 날짜(2020년 8월 20일)에서 계산했다.");
    }

    @Test
    void anInferenceNoteShowsInThePagesLanguage() throws Exception {
        String path = "/agreements/" + agreementId(STRATEGIC_MOU);

        Element korean = page(path, "ko").selectFirst("#agreement-signed .date-note");
        Element english = page(path, "en").selectFirst("#agreement-signed .date-note");

        assertThat(korean.text()).isEqualTo("'19일'. 기사 날짜(2020년 8월 20일)에서 계산했다.");
        assertThat(korean.attr("lang")).isEqualTo("ko");
        assertThat(english.text()).isEqualTo("'19일', counted from the article date (20 August 2020).");
        assertThat(english.attr("lang")).isEqualTo("en");
    }

    @Test
    void aNoteInOneLanguageOnlyShowsInItMarkedWithItsLanguage() throws Exception {
        jdbc.sql("update agreements set signed_note_ko = null where title_ko = :title").param("title", STRATEGIC_MOU).update();

        Element korean = page("/agreements/" + agreementId(STRATEGIC_MOU), "ko").selectFirst("#agreement-signed .date-note");

        assertThat(korean.text()).isEqualTo("'19일', counted from the article date (20 August 2020).");
        assertThat(korean.attr("lang")).isEqualTo("en");
    }

    @Test
    void aConflictNoteShowsInThePagesLanguage() throws Exception {
        String path = "/agreements/" + agreementId(NAVER_TIE_UP);

        assertThat(page(path, "ko").select(".citations .conflicting .conflict-note").text())
                .contains("이 기사는 네이버·카카오와의 협약을 '최근 한 달 새' 맺은 것으로 묶으면서도");
        assertThat(page(path, "en").select(".citations .conflicting .conflict-note").text())
                .contains("This article groups the Naver and Kakao agreements as made 'within the last month'");
    }

    @Test
    void theApiGivesBothNotesOfADateAndOfACitation() throws Exception {
        long id = agreementId(NAVER_TIE_UP);
        String json = mvc().perform(get("/api/v1/agreements/" + id)).andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(json, "$.signed.note")).startsWith("'지난 7월엔 네이버와 제휴를 맺고', counted");
        assertThat((String) JsonPath.read(json, "$.signed.noteKo")).startsWith("'지난 7월엔 네이버와 제휴를 맺고'. 기사의 추정 날짜");
        assertThat((List<String>) JsonPath.read(json, "$.citations[*].noteKo"))
                .anySatisfy(note -> assertThat(note).startsWith("이 기사는 네이버·카카오와의 협약을"));
    }

    @Test
    void theGlossShowsUnderTheKoreanQuoteInEnglishOnly() throws Exception {
        jdbc.sql("update statements set gloss_en = 'Digital innovation is a question of the group''s survival.'"
                + " where text_ko = '디지털 혁신은 그룹의 생존 문제'").update();

        Document english = page("/people/sohn-tae-seung", "en");
        Document korean = page("/people/sohn-tae-seung", "ko");

        Element glossed = english.select("li:has(.quote-gloss)").first();
        assertThat(glossed.selectFirst("q").text()).isEqualTo("디지털 혁신은 그룹의 생존 문제");
        assertThat(glossed.selectFirst("q").attr("lang")).isEqualTo("ko");
        assertThat(glossed.selectFirst(".quote-gloss").text())
                .isEqualTo("Gloss: Digital innovation is a question of the group's survival.");
        assertThat(english.select(".quote-gloss")).hasSize(1);
        assertThat(korean.select(".quote-gloss")).isEmpty();
        assertThat(korean.text()).doesNotContain("question of the group's survival");

        Document partner = page("/organizations/woori-financial-group/statements?size=100", "en");
        assertThat(partner.select(".quote-gloss").text()).contains("question of the group's survival");

        String json = mvc().perform(get("/api/v1/people/sohn-tae-seung")).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(json, "$.statements[?(@.textKo == '디지털 혁신은 그룹의 생존 문제')].glossEn"))
                .containsExactly("Digital innovation is a question of the group's survival.");
        assertThat((List<Object>) JsonPath.read(json, "$.statements[*].stated.noteKo")).contains("'지난 18일'. 기사의 추정 날짜(2020년 9월 23일)에서 계산했다.");
    }

    private long agreementId(String titleKo) {
        return jdbc.sql("select id from agreements where title_ko = :title").param("title", titleKo).query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Document page(String path, String language) throws Exception {
        // MockMvc, not HTTP: the request runs in this test's transaction, which is rolled back afterwards.
        return Jsoup.parse(mvc().perform(get(path).header("Accept-Language", language))
                .andReturn().getResponse().getContentAsString());
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
}
