package com.partnershiptracker.web;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A deployment that switches Swagger UI off keeps the JSON description. */
@SeededWebTest
@TestPropertySource(properties = "springdoc.swagger-ui.enabled=false")
class SwaggerUiSwitchedOffTests {

    @LocalServerPort
    int port;

    @Test
    void swaggerUiIsGoneButTheDescriptionStays() {
        assertThat(Http.get(port, "/swagger-ui.html", "en").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/swagger-ui/index.html", "en").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/v3/api-docs", "en").statusCode()).isEqualTo(200);
    }
}
