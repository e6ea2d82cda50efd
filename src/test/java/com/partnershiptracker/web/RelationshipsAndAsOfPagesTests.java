package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.network.NetworkFilter;
import com.partnershiptracker.network.NetworkGraph;
import com.partnershiptracker.network.NetworkService;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner page's relationships table and the record as of a day, over real HTTP against the seed, pages and API. */
@SeededWebTest
class RelationshipsAndAsOfPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    NetworkService network;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void aCounterpartsMarkNarrowsTheTableToItsRelationshipsAndTheChipShowsThemAll() {
        Document page = page("/organizations/woori-bank");
        String onlyKt = page.select("#relationships a.counterpart-only[href*=counterpart=kt]").first().attr("href");
        assertThat(onlyKt).startsWith("/organizations/woori-bank?counterpart=kt");

        Document narrowed = page(onlyKt.replace("#relationships", ""));

        assertThat(narrowed.select("#relationships tbody tr")).isNotEmpty().allSatisfy(row ->
                assertThat(row.select("td.counterparts a[href=/organizations/kt]")).hasSize(1));
        assertThat(narrowed.select("#relationships tbody tr").size()).isLessThan(page.select("#relationships tbody tr").size());
        assertThat(narrowed.select(".relationship-counterpart strong").text()).isEqualTo("KT");
        assertThat(narrowed.select(".relationship-counterpart a.filter-chip").attr("href")).doesNotContain("counterpart");
        assertThat(narrowed.select("form.relationship-filter input[name=counterpart]").attr("value")).isEqualTo("kt");
        assertThat(page("/organizations/woori-bank?counterpart=%3Cscript%3E").select("#relationships tbody tr")).hasSize(12);
        Document nobody = page("/organizations/kt?counterpart=no-such-partner");
        assertThat(nobody.select("#relationships tbody tr")).isEmpty();
        assertThat(nobody.select(".relationship-counterpart strong").text()).isEqualTo("no-such-partner");
        assertThat(page("/organizations/kt?counterpart=no-such-partner&page=3").select(".relationship-counterpart a.filter-chip")).hasSize(1);
    }

    @Test
    void wooriBanksPageListsTheKtMouAndTheKBankOfferingOnceEach() {
        Document page = page("/organizations/woori-bank");

        assertThat(page.select("#relationships tbody tr")).hasSize(12);
        assertThat(page.select("#relationships a:contains(Strategic MOU for finance–ICT convergence)")).hasSize(1);
        assertThat(page.select("#relationships a:contains(K bank rights offering)")).hasSize(1);
        page.select(".timeline-list").remove();
        assertThat(page.select("main a:contains(Strategic MOU for finance–ICT convergence), section a:contains(Strategic MOU for finance–ICT convergence)").eachAttr("href"))
                .as("the MOU is linked once on the page outside its timeline").containsOnlyOnce("/agreements/2");
        assertThat(page.select("#relationships th[aria-sort=descending]").text()).contains("Date");
        assertThat(page.select(".record-meta").text()).contains("Bank").contains("Woori Financial Group");
        assertThat(page.select(".key-numbers").text()).contains("24 March 2020").contains("October 2022");
        assertThat(page.select("#organization-group")).as("the parent is the group").isEmpty();
        assertThat(page("/organizations/woori-bank-digital-strategy-department").select("#organization-group a").attr("href"))
                .isEqualTo("/organizations/woori-financial-group");
    }

    @Test
    void sortingAndTheKindFilterAreLinksThatKeepEachOther() {
        Document page = page("/organizations/woori-bank?kind=AGREEMENT");
        String counterpartSort = page.select("#relationships th.col-counterpart a").attr("href");
        assertThat(counterpartSort).isEqualTo("/organizations/woori-bank?kind=AGREEMENT&sort=counterpart&dir=asc#relationships");

        Document sorted = page(counterpartSort.replace("#relationships", ""));
        assertThat(sorted.select("#relationships th.col-counterpart").attr("aria-sort")).isEqualTo("ascending");
        assertThat(sorted.select("#relationships th.col-date").attr("aria-sort")).isEqualTo("none");
        assertThat(sorted.select("#relationships tbody tr")).hasSize(5)
                .allSatisfy(row -> assertThat(row.attr("data-category")).isEqualTo("AGREEMENT"));
        assertThat(sorted.select("#relationships th.col-counterpart a").attr("href"))
                .as("a second click turns the order round").contains("sort=counterpart&dir=desc");
        assertThat(sorted.select("#relationships-heading ~ form select[name=kind] option[selected]").val()).isEqualTo("AGREEMENT");

        Document stakes = page("/organizations/woori-bank?kind=relation");
        assertThat(stakes.select("#relationships tbody tr")).hasSize(1);
        assertThat(stakes.select("#relationships tbody tr").text()).contains("K bank").contains("major shareholder");
    }

    @Test
    void badParametersAreIgnoredAndABadDayIsExplained() {
        HttpResponse<String> ignored = Http.get(port, "/organizations/woori-bank?sort=%27drop&dir=sideways&kind=%3Cb%3E&page=x&size=-4", "en");
        assertThat(ignored.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(ignored.body()).select("#relationships tbody tr")).hasSize(12);
        Document pastTheEnd = page("/organizations/woori-bank?page=99&kind=AGREEMENT");
        assertThat(pastTheEnd.select("#relationships .empty-state a").attr("href"))
                .isEqualTo("/organizations/woori-bank?kind=AGREEMENT#relationships");

        for (String path : List.of("/organizations/woori-bank?asOf=2020-02-30", "/network?asOf=yesterday",
                "/api/v1/network?asOf=2020-8-1", "/api/v1/organizations/woori-bank?asOf=2020",
                "/api/v1/organizations/woori-bank/relationships?asOf=x")) {
            HttpResponse<String> refused = Http.get(port, path, "en");
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.body()).as(path).contains("YYYY-MM-DD");
        }
        assertThat(Http.get(port, "/network?asOf=2020-13-01", "ko").body()).contains("YYYY-MM-DD 형식의 날짜가 아닙니다");
    }

    @Test
    void thePartnerPageAsOfADayShowsABannerWhatWasInForceAndWhatIsUncertain() {
        Document page = page("/organizations/woori-bank?asOf=2020-08-01");

        assertThat(page.select(".as-of-banner").text()).contains("As of 1 August 2020");
        assertThat(page.select(".as-of-banner a").attr("href")).isEqualTo("/organizations/woori-bank#relationships");
        assertThat(page.select("#relationships").text()).doesNotContain("Strategic MOU for finance–ICT convergence")
                .contains("Naver Map branch waiting-information tie-up");
        assertThat(page.select("#relationships tr.uncertain .uncertain-badge")).isNotEmpty();
        assertThat(page.select("#relationships tr:not(.uncertain)").text()).contains("Naver Map branch waiting-information tie-up");
        assertThat(page.select("#relationships th.col-counterpart a").attr("href")).contains("asOf=2020-08-01");
        assertThat(page.select(".partner-as-of").text()).contains("Positions held on that day");
        assertThat(page.select(".partner-as-of li").text()).contains("Kwon Kwang-seok");

        Document december = page("/organizations/woori-bank?asOf=2020-12-31");
        assertThat(december.select("#relationships").text()).contains("Strategic MOU for finance–ICT convergence");
    }

    @Test
    void theApiPagesTheRelationshipsAndReadsThemAsOfADay() {
        String body = Http.get(port, "/api/v1/organizations/woori-bank/relationships?sort=counterpart&dir=asc&size=5", "en").body();
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(12);
        assertThat((List<?>) JsonPath.read(body, "$.items")).hasSize(5);
        assertThat((Integer) JsonPath.read(body, "$.totalPages")).isEqualTo(3);
        assertThat((List<String>) JsonPath.read(body, "$.items[0].counterparts[*].nameEn")).as("the first by name").contains("BC Card");

        String august = Http.get(port, "/api/v1/organizations/woori-bank/relationships?kind=AGREEMENT&asOf=2020-08-01", "en").body();
        List<Map<String, Object>> rows = JsonPath.read(august, "$.items");
        assertThat(rows).extracting(row -> row.get("kind")).doesNotContain("STRATEGIC_MOU");
        assertThat(rows).filteredOn(row -> row.get("date") == null).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("uncertain")).isEqualTo(true));
        assertThat(rows).filteredOn(row -> "SERVICE_PARTNERSHIP".equals(row.get("kind")) && row.get("date") != null)
                .singleElement().satisfies(row -> assertThat(row.get("uncertain")).isEqualTo(false));

        String dossier = Http.get(port, "/api/v1/organizations/woori-bank?asOf=2020-08-01", "en").body();
        assertThat((String) JsonPath.read(dossier, "$.asOf")).isEqualTo("2020-08-01");
        assertThat((Integer) JsonPath.read(dossier, "$.relationships.total")).isEqualTo(rows.size() + 3);
        assertThat((String) JsonPath.read(dossier, "$.more.relationships")).isEqualTo("/api/v1/organizations/woori-bank/relationships?asOf=2020-08-01");
        assertThat((List<?>) JsonPath.read(dossier, "$.heldAsOf.positions")).isNotEmpty();
        assertThat((Object) JsonPath.read(Http.get(port, "/api/v1/organizations/woori-bank", "en").body(), "$.heldAsOf")).isNull();
    }

    @Test
    void theNetworkAsOfAugustLacksTheAgreementsSignedLaterAndMarksTheUndatedOnes() {
        NetworkGraph august = network.graph(NetworkFilter.everything().readAsOf(LocalDate.of(2020, 8, 1)));
        NetworkGraph december = network.graph(NetworkFilter.everything().readAsOf(LocalDate.of(2020, 12, 31)));

        assertThat(slugs(august)).doesNotContain("kakao-pay", "woori-card")
                .contains("woori-bank", "naver", "kt", "woori-financial-group", "k-bank");
        assertThat(slugs(december)).contains("kakao-pay", "woori-card", "bc-card");
        assertThat(edge(august, "woori-bank", "naver").uncertainAgreements()).isZero();
        assertThat(edge(august, "k-bank", "woori-bank").uncertainAgreements()).as("the undated offering").isEqualTo(1);
        assertThat(edge(december, "kt", "woori-bank").agreementCount()).isEqualTo(1);
        assertThat(december.edges().stream().mapToLong(NetworkGraph.Edge::agreementCount).sum())
                .isGreaterThan(august.edges().stream().mapToLong(NetworkGraph.Edge::agreementCount).sum());
        int fewer = statements.countWhile(() -> network.graph(NetworkFilter.everything().readAsOf(LocalDate.of(2020, 8, 1))));
        int more = statements.countWhile(() -> network.graph(NetworkFilter.everything().readAsOf(LocalDate.of(2020, 12, 31))));
        // The graph's two, and the change stamp that the group structure is checked against.
        assertThat(fewer).isEqualTo(more).isEqualTo(3);

        Document page = page("/network?asOf=2020-08-01");
        assertThat(page.select(".as-of-banner").text()).contains("As of 1 August 2020");
        assertThat(page.select(".as-of-banner a").attr("href")).isEqualTo("/network");
        assertThat(page.select("#as-of-form input[type=date][name=asOf]").val()).isEqualTo("2020-08-01");
        assertThat(page.select("#as-of-form input[type=range]").attr("min")).isEqualTo("2017");
        assertThat(page.select("#as-of-form input[type=range]").attr("max")).isEqualTo("2022");
        assertThat(page.select("#as-of-form input[type=range]").val()).isEqualTo("2020");
        assertThat(page.select(".network-connections .uncertain-badge")).isNotEmpty();
        assertThat(page.select("[data-network-source]").attr("data-network-source")).contains("asOf=2020-08-01");

        String json = Http.get(port, "/api/v1/network?asOf=2020-12-31", "en").body();
        assertThat((String) JsonPath.read(json, "$.asOf")).isEqualTo("2020-12-31");
        assertThat((List<?>) JsonPath.read(json, "$.nodes[?(@.slug == 'kakao-pay')]")).hasSize(1);
    }

    private static List<String> slugs(NetworkGraph graph) {
        return graph.nodes().stream().map(node -> node.organization().slug()).collect(Collectors.toList());
    }

    private static NetworkGraph.Edge edge(NetworkGraph graph, String one, String other) {
        return graph.edges().stream()
                .filter(e -> List.of(one, other).containsAll(List.of(e.first().slug(), e.second().slug())))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + one + " — " + other));
    }

    private Document page(String path) {
        HttpResponse<String> response = Http.get(port, path, "en");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
