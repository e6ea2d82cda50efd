package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API refuses, with a 400 problem, every parameter value its description does not allow (what a fuzzer's
 * negative tests send), while the pages that take the same parameters stay lenient.
 */
@SeededWebTest
class StrictApiParametersTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} is refused saying {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/people?size=0|size",
            "/api/v1/people?size=101|size",
            "/api/v1/sources?page=0|page",
            "/api/v1/metrics?page=21474837|page",
            "/api/v1/initiatives?page=two|page",
            "/api/v1/organizations?size=1.5|size",
            "/api/v1/agreements?size=1000000&page=-1|page",
            "/api/v1/agreements?match=most|match",
            "/api/v1/agreements?affiliates=maybe|affiliates",
            "/api/v1/agreements?sort=random|sort",
            "/api/v1/agreements?status=dreamt|status",
            "/api/v1/timeline?dates=tomorrow|dates",
            "/api/v1/timeline?order=sideways|order",
            "/api/v1/timeline?size=500|size",
            "/api/v1/timeline/chart?match=most|match",
            "/api/v1/organizations/woori-bank/relationships?sort=%27drop|sort",
            "/api/v1/organizations/woori-bank/relationships?dir=sideways|dir",
            "/api/v1/organizations/woori-bank/relationships?kind=spaceship|kind",
            "/api/v1/organizations/woori-bank/relationships?size=-4|size",
            "/api/v1/network?internal=maybe|internal",
            "/api/v1/network?groups=yes|groups",
            "/api/v1/network?limit=201|limit",
            "/api/v1/network?affiliates=1|affiliates",
            "/api/v1/people?size=|size",
            "/api/v1/people?page=%201|page",
            "/api/v1/agreements?status=|status",
            "/api/v1/agreements?kind=|kind",
            "/api/v1/agreements?from=%202020|from",
            "/api/v1/timeline?to=2020-7|to",
            "/api/v1/network?from=twenty|from",
            "/api/v1/organizations/woori-bank?asOf=|YYYY-MM-DD",
            "/api/v1/organizations/woori-bank/relationships?asOf=2020-1-1|YYYY-MM-DD",
            "/api/v1/network?asOf=%202020-01-01|YYYY-MM-DD"})
    void aValueOutsideTheDescriptionIsAProblem(String path, String parameter) {
        HttpResponse<String> response = Http.get(port, path, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(400);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains(parameter);
    }

    @ParameterizedTest(name = "{0} is accepted")
    @CsvSource({
            "/api/v1/people?size=100&page=1",
            "/api/v1/agreements?match=ALL&affiliates=TRUE&sort=oldest&status=signed",
            "/api/v1/timeline?dates=signed&order=newest-first&size=1",
            "/api/v1/timeline/chart?size=500",
            "/api/v1/organizations/woori-bank/relationships?sort=counterpart&dir=ASC&kind=strategic_mou&size=100",
            "/api/v1/network?internal=hide&groups=false&limit=200&affiliates=true"})
    void everyValueTheDescriptionAllowsIsAcceptedInAnyCase(String path) {
        assertThat(Http.get(port, path, "en").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "the page {0} stays lenient")
    @CsvSource({
            "/timeline?size=7",
            "/agreements?size=1000000&page=-1&match=most&affiliates=maybe",
            "/organizations/woori-bank?sort=%27drop&dir=sideways&kind=spaceship&size=-4",
            "/network?internal=maybe&groups=yes&limit=900"})
    void thePagesKeepTheirLenientReading(String path) {
        assertThat(Http.get(port, path, "en").statusCode()).isEqualTo(200);
    }
}
