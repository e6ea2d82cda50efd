package com.partnershiptracker.dump;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dump in the API's OpenAPI description (with the dev profile, as ApiDocumentationTests, so that they share a context). */
@SeededWebTest
@ActiveProfiles("dev")
class DumpDescriptionTests {

    @LocalServerPort
    int port;

    @Test
    void theDumpIsDescribedAsAZipDownloadWithASummary() {
        String body = Http.get(port, "/v3/api-docs", "en").body();
        assertThat((String) JsonPath.read(body, "$.paths['/api/v1/dump'].get.summary")).isEqualTo("Download the whole public record");
        assertThat((String) JsonPath.read(body, "$.paths['/api/v1/dump'].get.description")).contains("Frictionless");
        Map<String, Object> content = JsonPath.read(body, "$.paths['/api/v1/dump'].get.responses['200'].content");
        assertThat(content).containsOnlyKeys("application/zip");
        assertThat((String) JsonPath.read(body, "$.paths['/api/v1/dump'].get.responses['200'].content['application/zip'].schema.format"))
                .isEqualTo("binary");
        Map<String, Object> operations = JsonPath.read(body, "$.paths['/api/v1/dump']");
        assertThat(operations).containsOnlyKeys("get");
    }
}
