package com.partnershiptracker.web;

import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 6: errors Tomcat answers itself get the site's error page and every security
 * header; the ETag does not show the revision counter; a forged Host header reaches no link or
 * redirect once the public address is configured.
 */
@SeededWebTest
@TestPropertySource(properties = {"app.public-url=https://tracker.example.org", "app.page-cache.enabled=true"})
class SmallerLeaksTests {

    static final String PUBLIC = "https://tracker.example.org";
    static final String FORGED = "evil.example.net";
    static final List<String> SECURITY_HEADERS = List.of("content-security-policy", "x-frame-options",
            "x-content-type-options", "referrer-policy", "cache-control");

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("6. Smaller leaks");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyErrorTomcatAnswersItselfIsTheBrandedPageWithEverySecurityHeader() {
        Response normal = exchange("GET /agreements HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        List<String> expectedHeaders = SECURITY_HEADERS.stream().filter(normal.headers::containsKey).toList();
        assertThat(expectedHeaders).as("a normal page's security headers").containsExactlyElementsOf(SECURITY_HEADERS);

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("a 20 KB URL", "GET /timeline?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        attacks.put("a 20 KB header", "GET / HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        attacks.put("a malformed request line", "GET /a b c HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        attacks.put("a character not allowed in the URL", "GET /timeline?q=<x> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        attacks.put("a header line without a colon", "GET / HTTP/1.1\r\nHost: localhost\r\nThis is not a header\r\nConnection: close\r\n\r\n");
        attacks.put("an HTTP version Tomcat does not speak", "GET / HTTP/2.0\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        attacks.put("two Host headers", "GET / HTTP/1.1\r\nHost: localhost\r\nHost: other\r\nConnection: close\r\n\r\n");

        List<String> failures = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            Response answer = exchange(attack.getValue());
            List<String> missing = expectedHeaders.stream().filter(name -> !answer.headers.containsKey(name)).toList();
            boolean branded = answer.body.contains("class=\"error-page\"") && answer.body.contains("lang=\"ko\"")
                    && !answer.body.contains("Apache Tomcat") && answer.header("content-type").startsWith("text/html");
            boolean sameCsp = answer.header("content-security-policy").equals(normal.header("content-security-policy"));
            figures.add(attack.getKey() + ": " + answer.status + (branded ? " branded" : " NOT branded")
                    + (missing.isEmpty() && sameCsp ? ", all headers" : ", missing " + missing));
            if (answer.status < 400 || !branded || !missing.isEmpty() || !sameCsp) {
                failures.add(attack.getKey() + " → " + answer.status + " " + answer.headers + "\n" + answer.body);
            }
        }
        MARKS.record("Tomcat's own errors (20 KB URL and header, malformed request line, header and URL character, "
                + "HTTP/2.0 request line, two Host headers): branded page in English and Korean, every security header",
                String.join("; ", figures), failures.isEmpty());
        assertThat(failures).isEmpty();
    }

    @Test
    void theEtagDoesNotShowTheRevisionCounter() {
        long revision = jdbc.sql("select coalesce(max(rev), 0) from revinfo").query(Long.class).single();
        exchange("GET /agreements?etag-check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Response kept = exchange("GET /agreements?etag-check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String etag = kept.header("etag");
        Response revalidated = exchange("GET /agreements?etag-check HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: " + etag
                + "\r\nConnection: close\r\n\r\n");

        boolean opaque = etag.matches("W/\"[A-Za-z0-9_-]{22}\"") && !etag.contains(revision + ".");
        MARKS.record("The ETag does not show the site-wide revision counter (HMAC under a per-process key)",
                etag + " at revision " + revision + "; If-None-Match → " + revalidated.status, opaque && revalidated.status == 304);
        assertThat(opaque).as(etag).isTrue();
        assertThat(revalidated.status).isEqualTo(304);
    }

    @Test
    void aForgedHostHeaderReachesNoFeedCsvOrRedirect() {
        Response feed = exchange("GET /timeline.atom HTTP/1.1\r\nHost: " + FORGED + "\r\nConnection: close\r\n\r\n");
        Response csv = exchange("GET /agreements.csv HTTP/1.1\r\nHost: " + FORGED + "\r\nConnection: close\r\n\r\n");
        Response redirect = exchange("GET /admin HTTP/1.1\r\nHost: " + FORGED + "\r\nConnection: close\r\n\r\n");
        Response slash = exchange("GET /webjars HTTP/1.1\r\nHost: " + FORGED + "\r\nConnection: close\r\n\r\n");

        List<String> leaks = new ArrayList<>();
        for (Response answer : List.of(feed, csv, redirect, slash)) {
            if ((answer.headers + answer.body).contains(FORGED)) {
                leaks.add(answer.status + " " + answer.headers);
            }
        }
        boolean feedUsesPublic = feed.status == 200 && feed.body.contains(PUBLIC + "/timeline");
        boolean csvUsesPublic = csv.status == 200 && csv.body.contains(PUBLIC + "/agreements/");
        String location = redirect.header("location");
        boolean redirectSafe = redirect.status == 302 && (location.startsWith("/") || location.startsWith(PUBLIC + "/"));
        MARKS.record("A forged Host header in the Atom feed, the CSV export and redirects (app.public-url set)",
                "feed " + feed.status + (feedUsesPublic ? " links to " + PUBLIC : " without the public address")
                        + ", CSV " + csv.status + (csvUsesPublic ? " links to " + PUBLIC : " without the public address")
                        + ", redirect to " + location + "; " + leaks.size() + " answers name " + FORGED,
                leaks.isEmpty() && feedUsesPublic && csvUsesPublic && redirectSafe);
        assertThat(leaks).isEmpty();
        assertThat(feedUsesPublic).as(feed.body).isTrue();
        assertThat(csvUsesPublic).isTrue();
        assertThat(redirectSafe).as(location).isTrue();
    }

    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** One request written exactly as given, on a socket of its own. */
    private Response exchange(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] raw = socket.getInputStream().readAllBytes();
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
                }
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
