package com.partnershiptracker.web;

import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementSummary;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.CsvReader;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.web.TimelineQuery;
import com.partnershiptracker.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV and Atom exports over real HTTP against the seeded PostgreSQL database. */
@SeededWebTest
class ExportsTests {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;

    @Autowired
    TimelineService timeline;

    @Autowired
    AgreementService agreements;

    @ParameterizedTest(name = "/timeline.csv{0}")
    @ValueSource(strings = {"", "?partner=kt", "?partner=woori-financial-group&affiliates=true&order=newest_first",
            "?kind=STATEMENT&from=2020-06&to=2020-12", "?q=%ED%94%8C%EB%9E%AB%ED%8F%BC", "?partner=nobody"})
    void timelineCsvHoldsExactlyTheFilteredRows(String query) {
        HttpResponse<String> response = Http.get(port, "/timeline.csv" + query, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(response.body()).startsWith("\uFEFFdate,date_precision,");

        List<List<String>> rows = CsvReader.read(response.body().substring(1));
        List<TimelineEntry> expected = timeline.entries(timelineFilter(query)).getContent();
        List<List<String>> data = rows.subList(1, rows.size() - 1);
        assertThat(data).extracting(row -> row.get(0) + "|" + row.get(3))
                .containsExactlyElementsOf(expected.stream().map(e -> e.date().toIsoString() + "|" + e.title().ko()).toList());
        assertThat(rows.subList(0, rows.size() - 1)).allSatisfy(row -> assertThat(row).hasSize(11));
        assertThat(rows.get(rows.size() - 1)).containsExactly("# complete: " + expected.size() + " rows");
    }

    @Test
    void timelineCsvKeepsEachDatesPrecisionAndLinksEveryRowToItsSources() {
        List<List<String>> rows = CsvReader.read(Http.get(port, "/timeline.csv", "en").body().substring(1));
        List<List<String>> data = rows.subList(1, rows.size() - 1);
        assertThat(data).extracting(row -> row.get(1)).contains("day", "month");
        for (List<String> row : data) {
            PartialDate date = PartialDate.parse(row.get(0));
            assertThat(date.precision().name().toLowerCase(Locale.ROOT)).isEqualTo(row.get(1));
            assertThat(row.get(8)).startsWith("http://localhost:" + port + "/");
        }
        assertThat(data).filteredOn(row -> !row.get(9).isEmpty()).hasSizeGreaterThan(data.size() / 2);
        assertThat(String.join("", rows.get(1))).containsPattern("[가-힣]");
    }

    @ParameterizedTest(name = "/agreements.csv{0}")
    @ValueSource(strings = {"", "?partner=kt", "?partner=kakao-pay&sort=oldest", "?kind=MOU&q=kakao", "?status=SIGNED"})
    void agreementCsvHoldsExactlyTheFilteredRowsInTheListOrder(String query) {
        HttpResponse<String> response = Http.get(port, "/agreements.csv" + query, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("\uFEFFid,title_ko,title_en,");
        List<List<String>> rows = CsvReader.read(response.body().substring(1));

        String pageQuery = query.isEmpty() ? "?size=100" : query + "&size=100";
        JsonNode page = JsonMapper.builder().build().readTree(Http.get(port, "/api/v1/agreements" + pageQuery, "en").body());
        List<String> pageIds = page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
        assertThat(rows.subList(1, rows.size() - 1)).extracting(row -> row.get(0)).containsExactlyElementsOf(pageIds);
        assertThat(rows.get(rows.size() - 1)).containsExactly("# complete: " + pageIds.size() + " rows");
    }

    @Test
    void agreementCsvCountMatchesTheAgreementService() {
        List<List<String>> rows = CsvReader.read(Http.get(port, "/agreements.csv?partner=kt", "en").body().substring(1));
        List<AgreementSummary> expected = agreements.search(AgreementFilter.everything().withPartners(List.of("kt"), false)
                .onPage(new PageSlice(0, PageSlice.MAX_SIZE)), Locale.ENGLISH).getContent();
        assertThat(rows).hasSize(1 + expected.size() + 1);
        assertThat(expected).isNotEmpty();
    }

    @Test
    void badFiltersAreRefusedWithAClearAnswer() {
        assertThat(Http.get(port, "/timeline.csv?from=2020-13", "en").statusCode()).isEqualTo(400);
        assertThat(Http.get(port, "/agreements.csv?sort=password", "en").statusCode()).isEqualTo(400);
        assertThat(Http.get(port, "/timeline.atom?to=yesterday", "en").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "/timeline.atom{0}")
    @ValueSource(strings = {"", "?partner=kakao-pay", "?partner=kt&kind=AGREEMENT", "?partner=nobody"})
    void atomIsValidXmlWithExactlyTheFilteredEntriesNewestFirst(String query) throws Exception {
        HttpResponse<String> response = Http.get(port, "/timeline.atom" + query, "ko");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
        }

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        String separator = query.isEmpty() ? "?" : "&";
        List<TimelineEntry> expected = timeline.entries(timelineFilter(query + separator + "order=newest_first")
                .onPage(new PageSlice(0, 50))).getContent();
        assertThat(entries.getLength()).isEqualTo(expected.size());
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).isNotBlank();
            assertThat(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent())
                    .startsWith(expected.get(i).date().start().toString());
            assertThat(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).contains(expected.get(i).title().ko());
        }
    }

    @Test
    void timelineAndAgreementPagesLinkToTheirExportsWithTheSameFilters() {
        assertThat(Http.get(port, "/timeline?partner=kt", "en").body())
                .contains("href=\"/timeline.csv?partner=kt\"").contains("href=\"/timeline.atom?partner=kt\"");
        assertThat(Http.get(port, "/agreements?partner=kt", "en").body()).contains("href=\"/agreements.csv?partner=kt\"");
    }

    private static TimelineFilter timelineFilter(String query) {
        TimelineQuery timelineQuery = new TimelineQuery();
        MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("/timeline" + query).build(true).getQueryParams();
        timelineQuery.setPartner(params.getOrDefault("partner", List.of()));
        timelineQuery.setAffiliates(params.getFirst("affiliates"));
        timelineQuery.setKind(params.getOrDefault("kind", List.of()));
        timelineQuery.setFrom(params.getFirst("from"));
        timelineQuery.setTo(params.getFirst("to"));
        String q = params.getFirst("q");
        timelineQuery.setQ(q == null ? null : UriUtils.decode(q, StandardCharsets.UTF_8));
        timelineQuery.setOrder(params.getFirst("order"));
        return timelineQuery.toFilter().onPage(new PageSlice(0, PageSlice.MAX_SIZE));
    }
}
