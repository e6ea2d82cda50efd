package com.partnershiptracker.web;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages print as a brief: print.css (checked by eye through Chromium's print-to-PDF) leaves out
 * the site's furniture and the interactive charts, and the citations carry their article's address.
 */
@SeededWebTest
class PrintStylesheetTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} links the print stylesheet and prints its sources' addresses")
    @ValueSource(strings = {"/timeline", "/timeline?partner=woori-bank"})
    void pagesLinkThePrintStylesheetAndCarryTheirSourcesAddresses(String path) {
        Document page = Jsoup.parse(Http.get(port, path, "en").body());

        assertThat(page.select("link[rel=stylesheet][media=print]").eachAttr("href")).containsExactly("/css/print.css");
        assertThat(page.select("ol.citations .citation-url").eachText())
                .isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http"));
    }

    @ParameterizedTest(name = "print.css leaves out {0}")
    @ValueSource(strings = {".site-header", ".site-footer", ".filters", ".pagination", ".record-actions",
            ".export-links", ".citation-remove", ".chart", ".screen-only", ".view-switch", "form", "nav"})
    void theBriefLeavesOutNavigationFormsAndCharts(String selector) {
        HttpResponse<String> css = Http.get(port, "/css/print.css", "en");
        assertThat(css.statusCode()).isEqualTo(200);
        String hidden = css.body().substring(0, css.body().indexOf("{ display: none !important; }"));
        assertThat(hidden.split("[,\\s]+")).contains(selector);
    }

    @ParameterizedTest(name = "print.css prints {0} in place of the chart it stands for")
    @ValueSource(strings = {".chart-fallback", ".timeline-list", ".network-organizations", ".network-connections"})
    void theBriefPrintsTheListsTheChartsStandFor(String selector) {
        String css = Http.get(port, "/css/print.css", "en").body();
        String hidden = css.substring(0, css.indexOf("{ display: none !important; }"));
        String shown = css.substring(0, css.indexOf("{ display: revert !important; }"));
        shown = shown.substring(shown.lastIndexOf('}') + 1);
        assertThat(hidden.split("[,\\s]+")).doesNotContain(selector);
        assertThat(shown.split("[,\\s]+")).contains(selector);
    }
}
