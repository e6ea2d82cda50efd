package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.partnershiptracker.websupport.QueryParameters;
import java.util.Map;

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
            "/api/v1/network?asOf=%202020-01-01|YYYY-MM-DD",
            "/api/v1/initiatives/0x10|address",
            "/api/v1/sources/%231|address",
            "/api/v1/agreements/%EF%BC%91|address"})
    void aValueOutsideTheDescriptionIsAProblem(String path, String parameter) {
        HttpResponse<String> response = Http.get(port, path, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(400);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains(parameter);
    }

    /** What a fuzzer's negative tests do, driven by the description itself: each value it does not allow is a 400. */
    @Test
    @SuppressWarnings("unchecked")
    void everyDescribedParameterRefusesWhatItsSchemaDoesNotAllowAndTakesWhatItDoes() {
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(Http.get(port, "/v3/api-docs", "en").body(), "$.paths");
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (var path : paths.entrySet()) {
            String base = path.getKey().replace("{id}", "1").replace("{slug}", "woori-bank").replace("{kind}", "organizations");
            String required = base.contains("/lookup/") ? "&q=woori" : "";
            for (Map<String, Object> parameter : (List<Map<String, Object>>) path.getValue().get("get").getOrDefault("parameters", List.of())) {
                if (!"query".equals(parameter.get("in"))) {
                    continue;
                }
                Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                if ("array".equals(schema.get("type"))) {
                    schema = (Map<String, Object>) schema.get("items");
                }
                Values values = Values.of(schema, parameter.get("example"));
                for (String good : values.allowed()) {
                    tried++;
                    int status = Http.get(port, base + "?" + parameter.get("name") + "=" + encode(good) + required, "en").statusCode();
                    if (status != 200 && !"centre".equals(parameter.get("name"))) {
                        wrong.add(base + " " + parameter.get("name") + "=" + good + " answered " + status);
                    }
                }
                for (String bad : values.refused()) {
                    tried++;
                    HttpResponse<String> response = Http.get(port, base + "?" + parameter.get("name") + "=" + encode(bad) + required, "en");
                    if (response.statusCode() != 400
                            || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                        wrong.add(base + " " + parameter.get("name") + "=[" + bad + "] answered " + response.statusCode());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(tried).isGreaterThan(200);
    }

    /** Values a parameter's schema allows and values it does not. */
    private record Values(List<String> allowed, List<String> refused) {

        @SuppressWarnings("unchecked")
        static Values of(Map<String, Object> schema, Object example) {
            if (schema.get("enum") != null) {
                List<String> names = ((List<Object>) schema.get("enum")).stream().map(String::valueOf).toList();
                return new Values(names, List.of("bogus", "", " " + names.get(0)));
            }
            if (schema.get("anyOf") != null) {
                List<String> names = ((List<Map<String, Object>>) schema.get("anyOf")).stream()
                        .flatMap(choice -> ((List<Object>) choice.get("enum")).stream()).map(String::valueOf).toList();
                return new Values(names, List.of("bogus", ""));
            }
            if ("integer".equals(schema.get("type"))) {
                long min = ((Number) schema.get("minimum")).longValue();
                long max = ((Number) schema.get("maximum")).longValue();
                return new Values(List.of(Long.toString(min), Long.toString(max)),
                        List.of(Long.toString(min - 1), Long.toString(max + 1), "abc", "1.5", "", " 1"));
            }
            if ("boolean".equals(schema.get("type"))) {
                return new Values(List.of("true", "false"), List.of("maybe", "", "1"));
            }
            if (QueryParameters.PARTIAL_DATE_PATTERN.equals(schema.get("pattern"))) {
                return new Values(List.of("2020", "2020-07", "2020-07-15", "2020-02-29"), List.of("x", "", " 2020", "2021-02-29", "2020-13"));
            }
            if (schema.get("pattern") != null && !"\\S".equals(schema.get("pattern"))) {
                return new Values(List.of(String.valueOf(example)), List.of("x", ""));
            }
            if ("date".equals(schema.get("format"))) {
                return new Values(List.of("2020-07-15"), List.of("x", "", "2020-7-1"));
            }
            return new Values(List.of(), List.of());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
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
