package com.partnershiptracker.pagecache;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The public page cache over real HTTP, against the seeded PostgreSQL database. */
@SeededWebTest
@TestPropertySource(properties = "app.page-cache.enabled=true")
class PageCacheTests {

    @LocalServerPort
    int port;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    OrganizationService organizations;

    @Test
    void aRepeatedAnonymousPageIsServedFromMemoryForOneStatementWithTheSameBodyAndHeaders() {
        HttpResponse<String> first = askedTwice("/timeline?partner=kt&cache-test=1", "en");
        SqlStatementCounter.Counted<HttpResponse<String>> second =
                statements.count(() -> Http.get(port, "/timeline?partner=kt&cache-test=1", "en"));

        assertThat(header(first, PublicPageCache.STATUS_HEADER)).isEqualTo("miss");
        assertThat(header(second.result(), PublicPageCache.STATUS_HEADER)).isEqualTo("hit");
        assertThat(second.statements()).isEqualTo(1);
        assertThat(second.result().body()).isEqualTo(first.body()).contains("Strategic MOU for finance–ICT convergence");
        assertThat(header(second.result(), "Content-Security-Policy")).isEqualTo(header(first, "Content-Security-Policy"));
        assertThat(header(second.result(), "Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(header(second.result(), "Content-Language")).isEqualTo("en");
        assertThat(header(second.result(), "Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void aSaveMakesTheNextReadRenderTheNewRecord() {
        String path = "/organizations?cache-test=2";
        askedTwice(path, "en");
        assertThat(header(Http.get(port, path, "en"), PublicPageCache.STATUS_HEADER)).isEqualTo("hit");

        Organization probe = organizations.save(new Organization("cache-probe",
                Bilingual.of("캐시 확인", "Cache probe partner"), OrganizationKind.FINTECH));
        try {
            HttpResponse<String> after = Http.get(port, path, "en");
            assertThat(header(after, PublicPageCache.STATUS_HEADER)).isEqualTo("miss");
            assertThat(after.body()).contains("Cache probe partner");
        } finally {
            organizations.delete(organizations.getById(probe.getId()));
        }
        assertThat(Http.get(port, path, "en").body()).doesNotContain("Cache probe partner");
    }

    @Test
    void eachLanguageHasItsOwnPage() {
        askedTwice("/organizations/kakao-pay?cache-test=3", "ko");
        HttpResponse<String> english = Http.get(port, "/organizations/kakao-pay?cache-test=3", "en");

        assertThat(english.body()).contains("lang=\"en\"").doesNotContain("lang=\"ko\" class");
        assertThat(Http.get(port, "/organizations/kakao-pay?cache-test=3", "ko").body()).contains("카카오페이");
    }

    @Test
    void aBrowserHoldingTheCurrentPageIsToldItIsNotModified() {
        askedTwice("/agreements?cache-test=4", "en");
        String etag = header(Http.get(port, "/agreements?cache-test=4", "en"), "ETag");

        HttpResponse<String> again = Http.get(port, "/agreements?cache-test=4", "Accept-Language", "en", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void signedInVisitorsLanguageSwitchesAndAdminPagesAreNeverKept() {
        String path = "/timeline?cache-test=5";
        askedTwice(path, "en");
        assertThat(header(Http.get(port, path, "en"), PublicPageCache.STATUS_HEADER)).isEqualTo("hit");

        assertThat(header(Http.get(port, path, "Accept-Language", "en", "Cookie", "SESSION=someone"),
                PublicPageCache.STATUS_HEADER)).isNull();
        HttpResponse<String> switching = Http.get(port, path + "&lang=ko", "en");
        assertThat(header(switching, PublicPageCache.STATUS_HEADER)).isNull();
        assertThat(header(switching, "Set-Cookie")).startsWith("lang=ko");
        assertThat(header(Http.get(port, "/admin", "en"), PublicPageCache.STATUS_HEADER)).isNull();
        assertThat(header(Http.get(port, "/login", "en"), PublicPageCache.STATUS_HEADER)).isNull();
    }

    @Test
    void errorsAreNotKept() {
        Http.get(port, "/organizations/no-such-partner", "en");
        HttpResponse<String> again = Http.get(port, "/organizations/no-such-partner", "en");

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(header(again, PublicPageCache.STATUS_HEADER)).isNull();
    }

    @Test
    void aPageAskedForOnceIsSentAsItRendersAndKeptOnlyWhenAskedForAgain() {
        String path = "/agreements?cache-test=6";
        HttpResponse<String> first = Http.get(port, path, "en");
        HttpResponse<String> second = Http.get(port, path, "en");

        assertThat(header(first, PublicPageCache.STATUS_HEADER)).isEqualTo("miss");
        assertThat(header(first, "ETag")).isNull();
        assertThat(header(second, PublicPageCache.STATUS_HEADER)).isEqualTo("miss");
        assertThat(header(second, "ETag")).isNotNull();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(header(Http.get(port, path, "en"), PublicPageCache.STATUS_HEADER)).isEqualTo("hit");
    }

    /** A page is kept from its second request on: the answer to that request, the first rendering kept. */
    private HttpResponse<String> askedTwice(String path, String language) {
        Http.get(port, path, language);
        return Http.get(port, path, language);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
