package com.partnershiptracker.web;

import com.partnershiptracker.support.RawHttp;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API address that Tomcat refuses before the application sees it (an encoded slash, backslash or
 * NUL in a path segment) is answered with problem details like every other API error, not the site's
 * HTML page; found by the API fuzzer (reliability/api-fuzz.sh). Pages, and clients asking for HTML,
 * keep the branded page.
 */
@SeededWebTest
class ApiAddressesTomcatRefusesTests {

    @LocalServerPort
    int port;

    @Test
    void anApiAddressTomcatRefusesIsAProblemDetailWithTheSecurityHeaders() {
        for (String target : new String[] {"/api/v1/people/a%2Fb", "/api/v1/organizations/a%5Cb/relationships",
                "/api/v1/agreements/%00"}) {
            RawHttp.Response answer = RawHttp.get(port, target);

            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(answer.body()).as(target).contains("\"status\":400", "\"title\":\"Bad Request\"",
                    "\"instance\":\"" + target + "\"").doesNotContain("<html");
            assertThat(answer.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).as(target).isNotEmpty();
        }
    }

    @Test
    void aClientAskingForHtmlAndAPageAddressStillGetTheBrandedPage() {
        RawHttp.Response browser = RawHttp.get(port, "/api/v1/people/a%2Fb", "Accept", "text/html,*/*;q=0.8");
        RawHttp.Response page = RawHttp.get(port, "/people/a%2Fb", "Accept", "application/json");

        for (RawHttp.Response answer : new RawHttp.Response[] {browser, page}) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("text/html");
            assertThat(answer.body()).contains("class=\"error-page\"");
        }
    }
}
