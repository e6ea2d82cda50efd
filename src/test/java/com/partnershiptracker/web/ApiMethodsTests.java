package com.partnershiptracker.web;

import com.partnershiptracker.support.RawHttp;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API only reads. Any other method, standard or not, is answered 405 with the methods that are
 * allowed and the same security headers as every other answer, over real HTTP (the firewall and the
 * CSRF filter run as in production).
 */
@SeededWebTest
class ApiMethodsTests {

    private static final List<String> API_PATHS = List.of("/api/v1/agreements", "/api/v1/agreements/1",
            "/api/v1/organizations/kt", "/api/v1/timeline");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} on the API is 405 with Allow and the security headers")
    @ValueSource(strings = {"QUERY", "PROPFIND", "PUT", "DELETE", "PATCH", "POST"})
    void aMethodTheApiDoesNotTakeIsRefusedWithWhatItTakes(String method) {
        for (String path : API_PATHS) {
            RawHttp.Response response = RawHttp.send(port, method, path, "Accept", "application/json");

            assertThat(response.status()).as(method + " " + path).isEqualTo(405);
            assertThat(response.header("Allow")).as(method + " " + path).contains("GET").doesNotContain(method);
            assertThat(response.header("Content-Type")).as(method + " " + path).startsWith("application/problem+json");
            assertThat(response.header("X-Content-Type-Options")).as(method + " " + path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(method + " " + path).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).as(method + " " + path).contains("default-src 'self'");
            assertThat(response.body()).as(method + " " + path).contains("\"status\":405").doesNotContain("Exception");
        }
    }

    @Test
    void traceIsRefusedByTomcatWithTheSecurityHeadersTooAndEchoesNothing() {
        for (String path : List.of("/api/v1/agreements", "/timeline")) {
            RawHttp.Response response = RawHttp.send(port, "TRACE", path, "X-Probe", "trace-marker-19c");

            assertThat(response.status()).as(path).isEqualTo(405);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("default-src 'self'");
            assertThat(response.body()).as(path).doesNotContain("trace-marker-19c");
        }
    }

    @Test
    void anUnknownMethodOutsideTheApiStillNeedsASignedInEditorWithAToken() {
        for (String path : List.of("/timeline", "/admin/agreements", "/admin/agreements/1/delete")) {
            RawHttp.Response response = RawHttp.send(port, "QUERY", path, "Accept", "application/json");

            assertThat(response.status()).as(path).isIn(401, 403);
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void getStillAnswersAndOptionsListsTheReadingMethods() {
        assertThat(RawHttp.get(port, "/api/v1/agreements/1", "Accept", "application/json").status()).isEqualTo(200);
        RawHttp.Response options = RawHttp.send(port, "OPTIONS", "/api/v1/agreements/1");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).contains("GET").doesNotContain("POST").doesNotContain("PUT");
    }
}
