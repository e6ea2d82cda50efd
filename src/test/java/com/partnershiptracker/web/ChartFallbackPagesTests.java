package com.partnershiptracker.web;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every place a timeline chart is drawn holds, in its HTML, the list of the same entries, and its
 * chart (with its controls) hidden until the script reveals it, so a reader without JavaScript gets
 * the list and no dead buttons.
 */
@SeededWebTest
class ChartFallbackPagesTests {

    @LocalServerPort
    int port;

    @Test
    void theTimelineChartViewCarriesTheListAndAHiddenChart() {
        Document page = page("/timeline?partner=kt&view=chart");

        Element chart = page.getElementById("timeline-chart");
        assertThat(chart).isNotNull();
        assertThat(chart.hasAttr("hidden")).isTrue();
        assertThat(chart.select("[data-zoom]")).hasSize(3);
        assertThat(chart.select("[data-lane-order] option").eachAttr("value")).containsExactly("count", "name");
        assertThat(page.select("section.timeline-group.chart-fallback .timeline-entry")).hasSize(16);
        assertThat(page.select(".timeline-entry h3 a").eachText()).contains("Joint big data and AI training");
    }

    @Test
    void theNetworkGraphIsHiddenUntilItsScriptRunsAndItsTablesStandInForIt() {
        Document page = page("/network");

        Element graph = page.getElementById("network-graph");
        assertThat(graph).isNotNull();
        assertThat(graph.closest(".network-chart").hasAttr("hidden")).isTrue();
        assertThat(page.select("table caption").eachText()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("table tbody tr")).isNotEmpty();
    }

    @Test
    void thePartnerPageListsItsTimelineUnderItsHiddenChart() {
        Document page = page("/organizations/kt");

        Element chart = page.getElementById("partner-timeline-chart");
        assertThat(chart).isNotNull();
        assertThat(chart.hasAttr("hidden")).isTrue();
        Element list = page.selectFirst(".timeline-list");
        assertThat(list).isNotNull();
        assertThat(chart.nextElementSiblings()).contains(list);
        String total = page("/timeline?partner=kt&affiliates=true").select(".result-count").text();
        assertThat(total).isEqualTo(list.select("li").size() + " entries");
        assertThat(list.select("li a").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("/"));
        assertThat(list.select(".entry-date").first().text()).isEqualTo("2 November 2020");
        assertThat(list.select(".timeline-list-more")).isEmpty();
    }

    @Test
    void aLongPartnerTimelineListsItsNewestEntriesAndLinksToTheRest() {
        Document page = page("/organizations/woori-financial-group");

        Element list = page.selectFirst(".timeline-list");
        assertThat(list).isNotNull();
        assertThat(list.select("li")).hasSize(20);
        Element more = list.selectFirst(".timeline-list-more");
        assertThat(more).isNotNull();
        assertThat(more.attr("href")).isEqualTo("/timeline?partner=woori-financial-group&affiliates=true");
        assertThat(more.text()).matches("See all \\d+ entries on the timeline");
    }

    private Document page(String path) {
        var response = Http.get(port, path, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
