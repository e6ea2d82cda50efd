package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.CsvReader;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** match=all over real HTTP: the API, the CSV exports and the OpenAPI description. */
@SeededWebTest
class BetweenPartnersWebTests {

    static final String KT_AND_WOORI = "partner=kt&partner=woori-financial-group";

    @LocalServerPort
    int port;

    @Test
    void theApiListsTheAgreementsBetweenKtAndWooriFinancialGroup() {
        String all = json("/api/v1/agreements?" + KT_AND_WOORI + "&match=all");
        String withAffiliates = json("/api/v1/agreements?" + KT_AND_WOORI + "&match=all&affiliates=true");
        String any = json("/api/v1/agreements?" + KT_AND_WOORI + "&affiliates=true");

        assertThat((Integer) JsonPath.read(all, "$.total")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(all, "$.items[*].titleEn")).containsExactlyInAnyOrder(
                "Strategic MOU for finance–ICT convergence",
                "Verbal pledge by Sohn Tae-seung and Koo Hyun-mo to cooperate on finance–ICT convergence");
        // With affiliates, BC Card (KT's) and Woori Bank (Woori's) bring the K bank rights offering in.
        assertThat((Integer) JsonPath.read(withAffiliates, "$.total")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(any, "$.total")).isGreaterThan(3);
    }

    @Test
    void anUnknownMatchIsRefusedByTheApiAndIgnoredByThePage() {
        assertThat(Http.get(port, "/api/v1/agreements?partner=kt&partner=naver&match=bogus", "en").statusCode()).isEqualTo(400);
        assertThat(Http.get(port, "/agreements?partner=kt&partner=naver&match=bogus", "en").statusCode()).isEqualTo(200);
    }

    @Test
    void theTimelineApiKeepsTheEntriesInvolvingEveryPartner() {
        String body = json("/api/v1/timeline?" + KT_AND_WOORI + "&match=all&size=100");

        assertThat((Integer) JsonPath.read(body, "$.total")).isPositive();
        assertThat((List<List<String>>) JsonPath.read(body, "$.items[*].organizations"))
                .allSatisfy(organizations -> assertThat(organizations).contains("kt", "woori-financial-group"));
    }

    @Test
    void theExportsHoldTheSameRowsAsTheApi() {
        List<List<String>> agreements = csv("/agreements.csv?partner=kt&partner=woori-bank&match=all");
        assertThat(agreements.subList(1, agreements.size() - 1)).extracting(row -> row.get(2))
                .containsExactly("Strategic MOU for finance–ICT convergence");

        String api = json("/api/v1/timeline?" + KT_AND_WOORI + "&match=all&size=100");
        List<List<String>> timeline = csv("/timeline.csv?" + KT_AND_WOORI + "&match=all");
        assertThat(timeline.size() - 2).isEqualTo((Integer) JsonPath.read(api, "$.total"));
    }

    private List<List<String>> csv(String path) {
        HttpResponse<String> response = Http.get(port, path, "en");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return CsvReader.read(response.body().substring(1));
    }

    private String json(String path) {
        HttpResponse<String> response = Http.get(port, path, "en");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
