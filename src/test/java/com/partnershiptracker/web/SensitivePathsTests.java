package com.partnershiptracker.web;

import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.RawHttp;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What scanners look for first answers with nothing, with production's settings: actuator
 * endpoints other than health, consoles, files of the build or the server, backups, Swagger UI (on
 * only in the dev profile, see ApiDocumentationTests; the API description itself is public), and
 * the TRACE and TRACK methods.
 */
@SeededWebTest
class SensitivePathsTests {

    private static final String MARKER = "secret-marker-7f3a";
    private static final List<Integer> NOTHING_HERE = List.of(401, 403, 404, 405);
    private static final List<Integer> METHOD_REFUSED = List.of(400, 403, 405, 501);
    /** Signs that an answer shows something of what was asked for. */
    private static final String[] CONTENT = {"_links", "openapi", "swagger", "Swagger", "propertySources", "spring.datasource",
            "[core]", "jdbc:", "Manifest-Version", "create table", "Exception", MARKER};

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Sensitive paths");
    private static int pathsTried;
    private static int answeredWithContent;
    private static int traceRequests;
    private static int traceRefused;
    private static int traceEchoed;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} answers with nothing")
    @ValueSource(strings = {
            "/actuator", "/actuator/", "/actuator/env", "/actuator/env/spring.datasource.password", "/actuator/beans",
            "/actuator/heapdump", "/actuator/threaddump", "/actuator/configprops", "/actuator/mappings",
            "/actuator/loggers", "/actuator/metrics", "/actuator/info", "/actuator/conditions", "/actuator/flyway",
            "/actuator/scheduledtasks", "/actuator/caches", "/actuator/httpexchanges", "/actuator/sessions",
            "/actuator/logfile", "/actuator/prometheus", "/actuator/sbom", "/actuator/shutdown", "/actuator/startup",
            "/env", "/heapdump", "/jolokia", "/h2-console", "/h2-console/", "/h2-console/login.jsp", "/console",
            "/.git/config", "/.git/HEAD", "/.env", "/.DS_Store", "/application.properties", "/application.yml",
            "/application-dev.properties", "/db/migration/V1__create_schema.sql", "/security/common-passwords.txt",
            "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/BOOT-INF/classes/application.properties",
            "/index.html.bak", "/index.html~", "/application.properties.bak", "/backup.zip", "/dump.sql",
            "/data/partnership-tracker.mv.db", "/server-status", "/server-info", "/error",
            "/swagger-ui.html", "/swagger-ui/index.html", "/swagger-ui/swagger-initializer.js",
            "/v3/api-docs/swagger-config", "/webjars/swagger-ui/index.html",
            "/webjars/swagger-ui/5.32.14/index.html", "/webjars/swagger-ui/5.32.14/swagger-initializer.js"})
    void aSensitivePathAnswersWithNothing(String path) {
        pathsTried++;
        RawHttp.Response response = RawHttp.get(port, path, "Accept", "*/*", "X-Probe", MARKER);
        String type = response.header("Content-Type");
        // Problem details name the address asked for (instance); apart from that, nothing.
        String body = response.body().replace(path, "");
        boolean nothing = NOTHING_HERE.contains(response.status()) && !type.contains("actuator") && !type.contains("openapi")
                && !type.contains("yaml") && Arrays.stream(CONTENT).noneMatch(body::contains);
        answeredWithContent += nothing ? 0 : 1;

        assertThat(response.status()).as(path).isIn(NOTHING_HERE);
        assertThat(type).as(path).doesNotContain("actuator").doesNotContain("openapi").doesNotContain("yaml");
        assertThat(body).as(path).doesNotContain(CONTENT);
    }

    @Test
    void actuatorHealthStaysOpenWithoutDetails() {
        RawHttp.Response health = RawHttp.get(port, "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("jdbc");
    }

    @ParameterizedTest(name = "{0} is refused and echoes nothing")
    @ValueSource(strings = {"TRACE", "TRACK"})
    void traceAndTrackAreRefusedAndEchoNothing(String method) {
        for (String path : new String[] {"/", "/timeline", "/api/v1/agreements", "/actuator/health", "/login"}) {
            traceRequests++;
            RawHttp.Response response = RawHttp.send(port, method, path, "Cookie", "SESSION=" + MARKER, "X-Probe", MARKER);
            traceRefused += METHOD_REFUSED.contains(response.status()) ? 1 : 0;
            traceEchoed += response.body().contains(MARKER) || response.header("Content-Type").contains("message/http") ? 1 : 0;

            assertThat(response.status()).as(method + " " + path).isIn(METHOD_REFUSED);
            assertThat(response.body()).as(method + " " + path).doesNotContain(MARKER).doesNotContain("Exception");
            assertThat(response.header("Content-Type")).as(method + " " + path).doesNotContain("message/http");
        }
    }

    @AfterAll
    static void recordPassMarks() {
        MARKS.record("0 sensitive paths answered with content", answeredWithContent + " of " + pathsTried
                + " paths tried (actuator, consoles, build and server files, backups, Swagger UI)",
                pathsTried > 0 && answeredWithContent == 0);
        MARKS.record("TRACE and TRACK refused, echoing nothing", String.format("%d of %d requests refused, %d echoed the request",
                traceRefused, traceRequests, traceEchoed), traceRequests > 0 && traceRefused == traceRequests && traceEchoed == 0);
    }
}
