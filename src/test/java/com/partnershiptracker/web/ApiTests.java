package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-only JSON API over real HTTP against the seeded PostgreSQL database. */
@SeededWebTest
class ApiTests {

    @LocalServerPort
    int port;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void agreementsFilteredByPartnerCarryEveryField() {
        String body = json("/api/v1/agreements?partner=kt&sort=oldest");
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(2);
        assertThat((String) JsonPath.read(body, "$.items[0].kind")).isEqualTo("VERBAL_PLEDGE");
        assertThat((Map<String, Object>) JsonPath.read(body, "$.items[0].announced"))
                .containsEntry("date", "2020-06").containsEntry("precision", "MONTH").containsEntry("inferred", false);
        assertThat((Map<String, Object>) JsonPath.read(body, "$.items[1].signed"))
                .containsEntry("date", "2020-08-19").containsEntry("precision", "DAY");
        assertThat((List<String>) JsonPath.read(body, "$.items[1].parties[*].slug"))
                .containsExactly("woori-financial-group", "kt", "woori-bank", "woori-card", "bc-card");
        assertThat((List<String>) JsonPath.read(body, "$.items[1].attendees[*].slug")).contains("koo-hyun-mo");
        assertThat((List<String>) JsonPath.read(body, "$.items[1].areas[*].labelEn")).contains("MyData");
        assertThat((List<Object>) JsonPath.read(body, "$.items[1].initiatives")).hasSize(6);
        assertThat((List<Object>) JsonPath.read(body, "$.items[1].citations[*].sourceId")).isNotEmpty();
        assertThat((List<String>) JsonPath.read(body, "$.items[*].parties[*].role")).contains("PRINCIPAL");
    }

    @Test
    void oneAgreementMatchesItsListEntry() {
        String body = json("/api/v1/agreements/2");
        assertThat((String) JsonPath.read(body, "$.titleKo")).isEqualTo("금융·ICT 융합을 위한 전략적 업무협약");
        assertThat((String) JsonPath.read(body, "$.url")).isEqualTo("/agreements/2");
    }

    @Test
    void organizationsNameTheirParentBySlug() {
        String body = json("/api/v1/organizations?size=100");
        assertThat((List<Object>) JsonPath.read(body, "$.items[?(@.slug == 'bc-card')].parent")).containsExactly("kt");
        assertThat((List<Object>) JsonPath.read(body, "$.items[?(@.slug == 'kt')].parent")).containsExactly((Object) null);
        assertThat((List<Object>) JsonPath.read(body, "$.items[?(@.slug == 'k-bank')].nameKo")).containsExactly("케이뱅크");
    }

    @Test
    void oneOrganizationCarriesItsRelationsAgreementsPeopleAndMetrics() {
        String kBank = json("/api/v1/organizations/k-bank");
        assertThat((List<String>) JsonPath.read(kBank, "$.relations[*].kind")).containsOnly("MAJOR_SHAREHOLDER_OF");
        assertThat((List<String>) JsonPath.read(kBank, "$.relations[*].slug"))
                .containsExactlyInAnyOrder("woori-bank", "bc-card", "nh-investment-securities");
        assertThat((List<String>) JsonPath.read(kBank, "$.relations[*].direction")).containsOnly("INCOMING");
        String group = json("/api/v1/organizations/woori-financial-group");
        assertThat((List<String>) JsonPath.read(group, "$.affiliates")).contains("woori-bank", "woori-card");
        assertThat((List<String>) JsonPath.read(group, "$.people[*].slug")).contains("sohn-tae-seung", "ok-il-jin");
        assertThat((List<String>) JsonPath.read(group, "$.metrics[*].kind")).contains("TARGET", "ACTUAL");
    }

    @Test
    void theTimelineTakesThePageFilters() {
        String body = json("/api/v1/timeline?partner=kt&kind=agreement");
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(2);
        assertThat((List<List<String>>) JsonPath.read(body, "$.items[*].organizations"))
                .allSatisfy(organizations -> assertThat(organizations).contains("kt"));
        assertThat((String) JsonPath.read(body, "$.items[0].date.date")).isEqualTo("2020-06");
        assertThat((String) JsonPath.read(body, "$.items[0].url")).startsWith("/agreements/");
    }

    @Test
    void aTargetIsATargetWithItsDate() {
        String body = json("/api/v1/metrics?size=100");
        assertThat((List<Object>) JsonPath.read(body, "$.items[?(@.kind == 'TARGET' && @.rawText == '1500만명')].targetDate.date"))
                .containsExactly("2023");
        assertThat((List<Object>) JsonPath.read(body, "$.items[?(@.rawText == '18조3천3257억원')].value"))
                .containsExactly((Object) null);
    }

    @Test
    void peopleCarryTheirPositions() {
        String body = json("/api/v1/people/ok-il-jin");
        assertThat((Integer) JsonPath.read(body, "$.birthYear")).isEqualTo(1974);
        assertThat((Map<String, Object>) JsonPath.read(body, "$.positions[0].started"))
                .containsEntry("date", "2022").containsEntry("precision", "YEAR").containsEntry("inferred", true);
    }

    @Test
    void aSourceListsTheFactsItSupports() {
        String body = json("/api/v1/sources/3");
        assertThat((List<Object>) JsonPath.read(body, "$.facts")).isNotEmpty();
        assertThat((String) JsonPath.read(body, "$.published.date")).isEqualTo("2020-08-20");
    }

    @Test
    void theLookUpOffersAPickerAFewMatchesWithTheTextItsFieldTakes() {
        String body = json("/api/v1/lookup/organizations?q=kakao&limit=3");
        assertThat((List<String>) JsonPath.read(body, "$[*].key")).hasSizeLessThanOrEqualTo(3).first().isEqualTo("kakao");
        assertThat((List<String>) JsonPath.read(body, "$[*].key")).contains("kakao-pay");
        assertThat((String) JsonPath.read(body, "$[0].text")).isEqualTo("Kakao (kakao)");
        assertThat((String) JsonPath.read(body, "$[0].otherLabel")).isEqualTo("카카오");

        String korean = Http.get(port, "/api/v1/lookup/people?q=" + java.net.URLEncoder.encode("옥일진", java.nio.charset.StandardCharsets.UTF_8),
                "ko").body();
        assertThat((List<String>) JsonPath.read(korean, "$[*].key")).containsExactly("ok-il-jin");
        assertThat((String) JsonPath.read(korean, "$[0].label")).isEqualTo("옥일진");
    }

    @ParameterizedTest(name = "{0} answers {1} as JSON")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/agreements/999999|404",
            "/api/v1/organizations/no-such-partner|404",
            "/api/v1/people/nobody|404",
            "/api/v1/metrics/999999|404",
            "/api/v1/agreements/abc|400",
            "/api/v1/timeline?from=2020-02-30|400",
            "/api/v1/agreements?kind=spaceship|400",
            "/api/v1/agreements?size=1000000&page=-1|400",
            "/api/v1/agreements?size=100&page=1|200",
            "/api/v1/lookup/organizations|400",
            "/api/v1/lookup/organizations?q=kt&limit=1000|400",
            "/api/v1/lookup/spaceships?q=kt|400",
            "/api/v1/lookup/sources?q=%25_%25|200"})
    void errorsAreProblemDetailsWithoutStackTraces(String path, int expected) {
        HttpResponse<String> response = Http.get(port, path, "en");
        assertThat(response.statusCode()).isEqualTo(expected);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @ParameterizedTest(name = "{0} costs the same statements as {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/timeline?partner=kakao-pay|/api/v1/timeline?partner=woori-financial-group&affiliates=true&size=100",
            "/api/v1/agreements?partner=kakao-pay|/api/v1/agreements?partner=woori-financial-group&affiliates=true"})
    void aListCostsAFixedNumberOfStatementsWhateverTheNumberOfRows(String few, String many) {
        json(few);
        json(many);
        int fewRows = statements.countWhile(() -> json(few));
        int manyRows = statements.countWhile(() -> json(many));
        assertThat(manyRows).isEqualTo(fewRows).isPositive();
    }

    @Test
    void aPageOfAgreementsIsReadInSixStatements() {
        String many = "/api/v1/agreements?partner=woori-financial-group&affiliates=true";
        json(many);

        List<String> sent = statements.statementsWhile(() -> json(many));

        // Beside the page cache's look at the latest revision: the count, the page's ids, the agreements,
        // their parties, areas and attendees, their citations and the initiatives that came from them.
        assertThat(sent.stream().filter(sql -> !sql.contains("revinfo")).toList()).as(String.join("\n", sent))
                .hasSize(6)
                .satisfiesExactly(
                        sql -> assertThat(sql).startsWith("select count("),
                        sql -> assertThat(sql).startsWith("select l.id from agreement_listing"),
                        sql -> assertThat(sql).startsWith("select * from agreements"),
                        sql -> assertThat(sql).contains("'ATTENDEE'").contains("'PARTY'").contains("'AREA'"),
                        sql -> assertThat(sql).contains("from fact_citations"),
                        sql -> assertThat(sql).contains("from initiatives"));
    }

    private String json(String path) {
        HttpResponse<String> response = Http.get(port, path, "en");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
