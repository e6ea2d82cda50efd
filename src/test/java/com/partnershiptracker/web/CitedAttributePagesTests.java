package com.partnershiptracker.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Footnote marks beside the attributes each seeded citation supports, and conflicting values beside what they dispute. */
@SeededWebTest
class CitedAttributePagesTests {

    static final String EDITOR = "cited-attributes-editor";
    static final String PASSWORD = "amber harbour lantern passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService users;

    @Test
    void theAgreementPageShowsTheFootnoteBesideTheSignedDate() {
        long id = agreement("금융·ICT 융합을 위한 전략적 업무협약");
        Document page = Jsoup.parse(Http.get(port, "/agreements/" + id, "en").body());

        Element signed = page.getElementById("agreement-signed");
        assertThat(signed.text()).startsWith("19 August 2020");
        // '우리금융그룹과 KT는 19일 서울 중구 우리은행 본점에서 업무협약을 맺었다' is the first footnote; the month
        // given by the fourth ('지난 달') agrees with the day.
        assertThat(signed.select("sup.cite-mark a").eachText()).containsExactly("[1]", "[4]");
        String target = signed.selectFirst("sup.cite-mark a").attr("href");
        assertThat(target).isEqualTo("#cite-agreement-" + id + "-1");
        assertThat(page.selectFirst("li" + target).text()).contains("19일 서울 중구 우리은행 본점");
        assertThat(page.selectFirst("dd:has(> span:contains(Woori Bank head office))").select("sup.cite-mark a").eachText())
                .containsExactly("[1]");
        assertThat(page.select("ol.citations li")).hasSize(5);
    }

    @Test
    void aConflictingDateShowsBesideTheDateItDisputesWithItsSourcesFootnote() {
        long id = jdbc.sql("select id from initiatives where title_ko = '네이버 지도 우리은행 영업점 대기 고객 수·모바일 번호표 서비스'")
                .query(Long.class).single();
        Document page = Jsoup.parse(Http.get(port, "/initiatives/" + id, "en").body());

        Element launched = page.getElementById("initiative-launched");
        assertThat(launched.select(".conflict-beside").text()).isEqualTo("Another source gives July 2020 [2]");
        assertThat(launched.select("sup.cite-mark a").eachText()).containsExactly("[1]", "[2]");
        assertThat(page.getElementById("initiative-announced")).isNull();
    }

    @Test
    void anonymousReadersSeeNoMarkForUncitedAttributesButEditorsDo() {
        long id = agreement("케이뱅크 3대 주주 유상증자");
        String path = "/agreements/" + id;
        assertThat(Jsoup.parse(Http.get(port, path, "en").body()).select(".uncited-attribute")).isEmpty();

        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        WebSession editor = new WebSession(port);
        editor.signIn(EDITOR, PASSWORD);
        Document page = Jsoup.parse(editor.get(path + "?lang=en").body());
        // The quote names the parties, the kind of deal and its sum; nothing cites the title or the status.
        assertThat(page.selectFirst("h1").select(".uncited-attribute").text()).isEqualTo("no source");
        assertThat(page.selectFirst("h2:contains(Parties)").select(".uncited-attribute")).isEmpty();
        assertThat(Jsoup.parse(Http.get(port, path, "en").body()).select(".uncited-attribute")).isEmpty();
    }

    @Test
    void thePartnerPageShowsTheFootnoteBesideTheFoundingDateAndBesideARelationsParties() {
        Document kakaoBank = Jsoup.parse(Http.get(port, "/organizations/kakao-bank", "en").body());
        assertThat(kakaoBank.getElementById("organization-founded").select("sup.cite-mark a").eachText()).containsExactly("[1]");

        Document kBank = Jsoup.parse(Http.get(port, "/organizations/k-bank", "en").body());
        Element relation = kBank.selectFirst("#relationships tr[data-category=RELATION]:has(ol.citations):contains(Woori Bank)");
        assertThat(relation.select("td.counterparts > sup.cite-mark a").eachText()).containsExactly("[1]", "[2]");
        assertThat(relation.select("td:has(a.kind-link) > sup.cite-mark a").eachText()).containsExactly("[1]", "[2]");
    }

    @Test
    void theApiNamesTheAttributesEachCitationSupportsAndNoneForTheWholeRecord() {
        long id = agreement("금융·ICT 융합을 위한 전략적 업무협약");
        String json = Http.get(port, "/api/v1/agreements/" + id, "en").body();
        assertThat(json).contains("\"attributes\":[\"PARTIES\",\"PLACE\",\"SIGNED\"]", "\"attributes\":[\"AREAS\"]");

        long naver = agreement("네이버 지도 영업점 대기 정보 서비스 제휴");
        assertThat(Http.get(port, "/api/v1/agreements/" + naver, "en").body())
                .contains("\"claimAttribute\":\"SIGNED\"", "\"attributes\":[]");
    }

    @Test
    void aTargetShowsItsFootnoteBesideItsValueAndItsDate() {
        Document page = Jsoup.parse(Http.get(port, "/organizations/woori-financial-group/figures", "en").body());
        Element target = page.selectFirst(".target-progress:contains(by 2023)");
        assertThat(target.selectFirst("span:has(> span:contains(by 2023))").select("sup.cite-mark a").eachText())
                .containsExactly("[1]");
        assertThat(target.selectFirst("h3").select("sup.cite-mark a").eachText()).containsExactly("[1]");
    }

    private long agreement(String titleKo) {
        return jdbc.sql("select id from agreements where title_ko = ?").param(titleKo).query(Long.class).single();
    }
}
