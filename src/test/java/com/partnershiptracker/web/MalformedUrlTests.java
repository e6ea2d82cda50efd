package com.partnershiptracker.web;

import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.RawHttp;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * About three hundred malformed requests across every public route and the API
 * (web/malformed-urls.csv): each gets exactly its expected 400, 404 or clamped 200, never a 5xx,
 * and an error is always the branded page or problem details (also when Tomcat refuses an API
 * address itself), never a stack trace.
 */
@SeededWebTest
class MalformedUrlTests {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String[] STACK_TRACE = {"Exception", "\tat ", "at com.", "at org.", "Caused by", "Whitelabel",
            "Apache Tomcat/"};

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Bad input: malformed URLs");
    private static int cases;
    private static int answeredAsExpected;
    private static int serverErrors;
    private static int stackTraces;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{1} answers {0}")
    @CsvFileSource(resources = "/web/malformed-urls.csv", delimiter = '|', numLinesToSkip = 1, maxCharsPerColumn = 20_000)
    void aMalformedRequestGetsItsExpectedAnswerAndNeverAServerError(int expected, String target, String answeredBy) {
        boolean machine = target.startsWith("/api/") || target.matches("^/[a-z]+\\.(csv|atom).*");
        cases++;
        RawHttp.Response response = RawHttp.get(port, target, "Accept", machine ? "application/json" : BROWSER);
        tally(expected, response);

        assertThat(response.status()).as(target + "\n" + response.body()).isEqualTo(expected);
        assertThat(response.body()).doesNotContain(STACK_TRACE);
        if (expected < 400) {
            return;
        }
        String type = response.header("Content-Type");
        // Tomcat's own refusals are its branded page, except under /api/, where they are problem details too.
        if ("tomcat".equals(answeredBy) && !target.startsWith("/api/")) {
            assertThat(type).as(target).doesNotContain("json");
        } else if (machine) {
            assertThat(type).as(target).startsWith("application/problem+json");
            assertThat(response.body()).contains("\"status\":" + expected);
        } else {
            assertThat(type).as(target).startsWith("text/html");
            assertThat(response.body()).as(target).contains("class=\"error-page\"");
        }
    }

    private static void tally(int expected, RawHttp.Response response) {
        answeredAsExpected += response.status() == expected ? 1 : 0;
        serverErrors += response.status() >= 500 ? 1 : 0;
        stackTraces += Arrays.stream(STACK_TRACE).anyMatch(response.body()::contains) ? 1 : 0;
    }

    @AfterAll
    static void recordPassMarks() {
        MARKS.record("each gets its expected 400, 404 or clamped 200", answeredAsExpected + " of " + cases
                + " cases of web/malformed-urls.csv", cases > 0 && answeredAsExpected == cases);
        MARKS.record("0 responses 5xx", serverErrors + " of " + cases, serverErrors == 0);
        MARKS.record("0 responses with a stack trace", stackTraces + " of " + cases, stackTraces == 0);
    }
}
