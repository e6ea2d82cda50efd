package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With production's settings (no dev profile) the API's description is served; Swagger UI is not. */
@SeededWebTest
class ApiDescriptionIsPublicTests {

    @LocalServerPort
    int port;

    @Test
    void theDescriptionIsServedInOpenApiThreeZeroWithoutTheDevProfile() {
        HttpResponse<String> response = Http.get(port, "/v3/api-docs", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat((String) JsonPath.read(response.body(), "$.openapi")).startsWith("3.0.");
        assertThat(response.body()).contains("/api/v1/agreements").doesNotContain("/admin");
    }

    @Test
    void swaggerUiStaysOff() {
        assertThat(Http.get(port, "/swagger-ui.html", "en").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/swagger-ui/index.html", "en").statusCode()).isEqualTo(404);
    }
}
