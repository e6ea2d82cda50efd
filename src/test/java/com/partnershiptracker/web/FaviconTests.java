package com.partnershiptracker.web;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The icons every page links to are served to anyone, as static files the browser may keep for a week. */
@SeededWebTest
class FaviconTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} is served as {1}")
    @CsvSource({"/favicon.ico, image/", "/favicon.svg, image/svg+xml"})
    void theIconIsServedToAnonymousReadersAndCached(String path, String contentType) {
        HttpResponse<String> response = Http.get(port, path, "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("max-age=604800"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).isNotEmpty();
    }
}
