package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description and Swagger UI, over real HTTP, for an anonymous visitor, with the dev
 * profile that {@code ./mvnw spring-boot:run} uses (production has neither: SensitivePathsTests).
 */
@SeededWebTest
@ActiveProfiles("dev")
class ApiDocumentationTests {

    @LocalServerPort
    int port;

    @Test
    void theDescriptionListsTheReadOnlyApiAndNothingElse() {
        HttpResponse<String> response = Http.get(port, "/v3/api-docs", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        String body = response.body();
        assertThat((String) JsonPath.read(body, "$.openapi")).startsWith("3.");
        assertThat((String) JsonPath.read(body, "$.info.title")).isEqualTo("Partnership Tracker API");
        assertThat((String) JsonPath.read(body, "$.info.version")).isEqualTo("v1");
        assertThat((String) JsonPath.read(body, "$.info.description")).isNotBlank();
        Map<String, Object> paths = JsonPath.read(body, "$.paths");
        assertThat(paths).containsKeys("/api/v1/agreements", "/api/v1/agreements/{id}", "/api/v1/timeline",
                "/api/v1/organizations/{slug}", "/api/v1/metrics", "/api/v1/lookup/{kind}");
        assertThat(paths.keySet()).allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
        assertThat(body).doesNotContain("/admin").doesNotContain("\"post\"").doesNotContain("\"delete\"");
    }

    @Test
    void theMatchOfPartnersAndTheNotesInBothLanguagesAreDescribed() {
        String body = Http.get(port, "/v3/api-docs", "en").body();
        for (String path : java.util.List.of("/api/v1/agreements", "/api/v1/timeline")) {
            assertThat((java.util.List<java.util.List<String>>) JsonPath.read(body, "$.paths['" + path + "'].get.parameters[?(@.name == 'match')].schema.enum"))
                    .as(path).containsExactly(java.util.List.of("any", "all"));
        }
        assertThat((String) JsonPath.read(body, "$.components.schemas.PartialDateJson.properties.noteKo.type")).isEqualTo("string");
        assertThat((Boolean) JsonPath.read(body, "$.components.schemas.PartialDateJson.properties.noteKo.nullable")).isTrue();
        assertThat((String) JsonPath.read(body, "$.components.schemas.CitationJson.properties.noteKo.type")).isEqualTo("string");
        assertThat((Boolean) JsonPath.read(body, "$.components.schemas.CitationJson.properties.noteKo.nullable")).isTrue();
    }

    @Test
    void queryObjectsAreDocumentedAsTheirSeparateParameters() {
        String body = Http.get(port, "/v3/api-docs", "en").body();
        assertThat((java.util.List<String>) JsonPath.read(body, "$.paths['/api/v1/timeline'].get.parameters[*].name"))
                .contains("partner", "kind", "from", "to", "page", "size");
    }

    @Test
    void theChartsEntriesAreDescribedWithTheirDetailAndSources() {
        String body = Http.get(port, "/v3/api-docs", "en").body();
        Map<String, Object> item = JsonPath.read(body, "$.components.schemas.ItemJson.properties");
        assertThat(item).containsKeys("detailKo", "detailEn", "sources", "date", "lanes", "url");
        Map<String, Object> source = JsonPath.read(body, "$.components.schemas.ChartSourceJson.properties");
        assertThat(source).containsKeys("publisher", "headlineKo", "headlineEn", "published", "url", "articleUrl");
        // The source API's own SourceJson keeps its description.
        assertThat((Map<String, Object>) JsonPath.read(body, "$.components.schemas.SourceJson.properties"))
                .containsKeys("id", "kind", "author");
    }

    @Test
    void swaggerUiAnswersAnonymouslyWithItsOwnNarrowPolicy() {
        HttpResponse<String> redirect = Http.get(port, "/swagger-ui.html", "en");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).endsWith("/swagger-ui/index.html");

        HttpResponse<String> page = Http.get(port, "/swagger-ui/index.html", "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("script-src 'self';").contains("style-src 'self' 'sha256-")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(Http.get(port, "/swagger-ui/swagger-initializer.js", "en").statusCode()).isEqualTo(200);
        assertThat(Http.get(port, "/v3/api-docs/swagger-config", "en").statusCode()).isEqualTo(200);
    }

    @Test
    void theRestOfTheSiteKeepsTheStrictPolicy() {
        String policy = Http.get(port, "/timeline", "en").headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("style-src 'self';").doesNotContain("sha256-");
    }
}
