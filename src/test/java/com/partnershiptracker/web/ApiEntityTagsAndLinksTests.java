package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** API answers carry an ETag from their body and lists carry RFC 8288 Link headers, over real HTTP. */
@SeededWebTest
class ApiEntityTagsAndLinksTests {

    @LocalServerPort
    int port;

    @Test
    void everyAnswerOfAUrlCarriesTheSameTagFromItsFirstRequestOnAndAMatchIsA304() {
        String url = "/api/v1/agreements?size=2&sort=title";
        List<String> tags = List.of(tagOf(Http.get(port, url, "en")), tagOf(Http.get(port, url, "en")),
                tagOf(Http.get(port, url, "en")));

        assertThat(tags.get(0)).matches("\"[0-9a-f]{33}\"");
        assertThat(tags).containsOnly(tags.get(0));
        HttpResponse<String> unchanged = Http.get(port, url, "Accept-Language", "en", "If-None-Match", tags.get(0));
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        HttpResponse<String> weakMatch = Http.get(port, url, "Accept-Language", "en", "If-None-Match", "W/" + tags.get(0));
        assertThat(weakMatch.statusCode()).isEqualTo(304);
        HttpResponse<String> otherTag = Http.get(port, url, "Accept-Language", "en", "If-None-Match", "\"0123\"");
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.body()).contains("\"items\"");
    }

    @Test
    void differentAnswersHaveDifferentTagsAndMustBeCheckedAgainBeforeUse() {
        HttpResponse<String> first = Http.get(port, "/api/v1/agreements?size=2", "en");
        HttpResponse<String> second = Http.get(port, "/api/v1/agreements?size=2&page=2", "en");
        HttpResponse<String> korean = Http.get(port, "/api/v1/organizations/kt", "ko");
        HttpResponse<String> english = Http.get(port, "/api/v1/organizations/kt", "en");

        assertThat(tagOf(first)).isNotEqualTo(tagOf(second));
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.headers().firstValue("Vary").orElse("")).contains("Accept-Language");
        assertThat(tagOf(korean)).isNotNull();
        assertThat(english.body().equals(korean.body()) || !tagOf(english).equals(tagOf(korean))).isTrue();
    }

    @Test
    void errorsCarryNoTag() {
        HttpResponse<String> missing = Http.get(port, "/api/v1/agreements/987654321", "en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aMiddlePageLinksToTheFirstPreviousNextAndLastKeepingTheOtherParameters() {
        HttpResponse<String> response = Http.get(port, "/api/v1/timeline?size=5&page=2&affiliates=true&q=%EC%9A%B0%EB%A6%AC", "en");
        int totalPages = JsonPath.read(response.body(), "$.totalPages");
        String links = response.headers().firstValue("Link").orElseThrow();

        assertThat(totalPages).isGreaterThan(2);
        assertThat(links).contains("</api/v1/timeline?size=5&affiliates=true&q=%EC%9A%B0%EB%A6%AC&page=1>; rel=\"first\"")
                .contains("</api/v1/timeline?size=5&affiliates=true&q=%EC%9A%B0%EB%A6%AC&page=1>; rel=\"prev\"")
                .contains("</api/v1/timeline?size=5&affiliates=true&q=%EC%9A%B0%EB%A6%AC&page=3>; rel=\"next\"")
                .contains("page=" + totalPages + ">; rel=\"last\"");
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        String first = Http.get(port, "/api/v1/agreements?size=2", "en").headers().firstValue("Link").orElseThrow();
        HttpResponse<String> firstPage = Http.get(port, "/api/v1/agreements?size=2", "en");
        int totalPages = JsonPath.read(firstPage.body(), "$.totalPages");
        String last = Http.get(port, "/api/v1/agreements?size=2&page=" + totalPages, "en").headers().firstValue("Link").orElseThrow();

        assertThat(first).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void aDetailHasNoPagingLinks() {
        assertThat(Http.get(port, "/api/v1/organizations/kt", "en").headers().firstValue("Link")).isEmpty();
    }

    private static String tagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElse(null);
    }
}
