package com.partnershiptracker.web;

import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementSort;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.dossier.RelationshipSort;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.timeline.AgreementDate;

import com.partnershiptracker.timeline.TimelineOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springdoc.webmvc.api.OpenApiResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every operation of /v3/api-docs with a spread of parameter values: every value of each enum,
 * the filters, the first, a middle, the last and a page past the last, each detail named by the lists,
 * unknown records and malformed values. The answers are checked against the description by the contract
 * check that runs under every test (support/contract), which fails the operation's test on any mismatch;
 * this walk asserts only the status each request must get whatever the description says.
 */
abstract class ApiContractWalk {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The operations walked; {@link #theWalkCoversEveryOperationOfTheDescription} keeps it complete. */
    private static final Set<String> WALKED = Set.of(
            "/api/v1/agreements", "/api/v1/agreements/{id}", "/api/v1/initiatives", "/api/v1/initiatives/{id}",
            "/api/v1/metrics", "/api/v1/metrics/{id}", "/api/v1/people", "/api/v1/people/{slug}",
            "/api/v1/sources", "/api/v1/sources/{id}", "/api/v1/organizations", "/api/v1/organizations/{slug}",
            "/api/v1/organizations/{slug}/relationships", "/api/v1/network", "/api/v1/timeline",
            "/api/v1/timeline/chart", "/api/v1/lookup/{kind}", "/api/v1/dump");

    private static final Map<String, List<String>> KINDS = Map.of(
            "agreements", names(AgreementKind.values()), "initiatives", names(InitiativeKind.values()),
            "metrics", names(MetricKind.values()), "sources", names(SourceKind.values()),
            "organizations", names(OrganizationKind.values()), "people", List.of(),
            "timeline", names(FactKind.values()), "timeline/chart", names(FactKind.values()));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** Whether to read every detail the lists name, or those on the first, a middle and the last page. */
    abstract boolean everyDetail();

    @Test
    void theWalkCoversEveryOperationOfTheDescription() {
        HttpResponse<String> docs = Http.get(port, "/v3/api-docs", "Accept", "application/json");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        Set<String> described = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            paths.get(path).propertyNames().forEach(method -> described.add(method.toUpperCase() + " " + path));
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(WALKED.stream().map(path -> "GET " + path).toList());
        assertThat(context.getBeanProvider(OpenApiResource.class).getIfAvailable())
                .as("springdoc, whose description the contract check validates against").isNotNull();
        assertThat(context.containsBean("apiContractCheck")).as("the contract check is in this application").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agreements", "initiatives", "metrics", "people", "sources", "organizations", "timeline", "timeline/chart"})
    void everyListAnswersEveryFilterAndPageAsDescribed(String list) {
        String path = "/api/v1/" + list;
        JsonNode first = ok(path);
        int pages = first.has("totalPages") ? first.get("totalPages").asInt() : 1;
        for (String query : List.of("page=1", "page=" + (pages / 2 + 1), "page=" + pages, "page=" + (pages + 1),
                "size=1", "size=100", "size=100&page=" + Math.max(1, pages / 100))) {
            ok(path + "?" + query);
        }
        List<String> slugs = organizationSlugs(3);
        ok(path + "?partner=" + slugs.get(0));
        ok(path + "?partner=" + slugs.get(0) + "&affiliates=true");
        for (String match : List.of("any", "all")) {
            ok(path + "?partner=" + slugs.get(1) + "&partner=" + slugs.get(2) + "&match=" + match);
        }
        for (String kind : KINDS.get(list)) {
            ok(path + "?kind=" + kind);
        }
        if (!KINDS.get(list).isEmpty()) {
            ok(path + "?kind=" + KINDS.get(list).get(0) + "&kind=" + KINDS.get(list).get(KINDS.get(list).size() - 1));
        }
        for (String dates : List.of("from=2020", "from=2020-06", "to=2019-12-31", "from=2018&to=2021-06", "q=bank", "q=우리", "q=%25")) {
            ok(path + "?" + dates);
        }
        if (list.equals("agreements")) {
            names(AgreementStatus.values()).forEach(status -> ok(path + "?status=" + status));
            names(AgreementSort.values()).forEach(sort -> ok(path + "?sort=" + sort.toLowerCase()));
        }
        if (list.startsWith("timeline")) {
            names(TimelineOrder.values()).forEach(order -> ok(path + "?order=" + order));
            names(AgreementDate.values()).forEach(date -> ok(path + "?dates=" + date.toLowerCase()));
            ok(path + "?view=chart");
        }
        // Values a client may get wrong: what the description allows must be answered, what it refuses must be a 4xx.
        for (String odd : List.of("page=0", "page=-1", "page=abc", "page=99999999999", "size=0", "size=101", "size=abc",
                "from=notadate", "to=2020-13-01", "match=some", "affiliates=perhaps", "kind=NO_SUCH_KIND", "sort=nowhere",
                "order=sideways", "dates=never", "partner=no-such-organization")) {
            answeredWithout5xx(path + "?" + odd);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agreements:id", "initiatives:id", "metrics:id", "people:slug", "sources:id", "organizations:slug"})
    void everyDetailTheListsNameAnswersAsDescribed(String listAndKey) {
        String list = listAndKey.split(":")[0];
        String key = listAndKey.split(":")[1];
        List<String> identifiers = identifiers(list, key);
        assertThat(identifiers).as("records listed").isNotEmpty();
        for (String identifier : identifiers) {
            ok("/api/v1/" + list + "/" + encode(identifier));
        }
        String unknown = key.equals("id") ? "987654321" : "no-such-record";
        assertThat(status("/api/v1/" + list + "/" + unknown)).as("an unknown record").isEqualTo(404);
        if (key.equals("id")) {
            assertThat(status("/api/v1/" + list + "/abc")).as("an id that is no number").isEqualTo(400);
            answeredWithout5xx("/api/v1/" + list + "/-1");
            answeredWithout5xx("/api/v1/" + list + "/99999999999999999999");
        }
        if (list.equals("organizations")) {
            ok("/api/v1/organizations/" + encode(identifiers.get(0)) + "?asOf=2021-01-01");
            assertThat(status("/api/v1/organizations/" + encode(identifiers.get(0)) + "?asOf=yesterday")).as("asOf not a day").isEqualTo(400);
        }
    }

    @Test
    void relationshipsAnswerEverySortKindAndPageAsDescribed() {
        List<String> slugs = organizationSlugs(3);
        for (String slug : slugs) {
            String path = "/api/v1/organizations/" + encode(slug) + "/relationships";
            JsonNode first = ok(path);
            int pages = first.get("totalPages").asInt();
            for (String sort : names(RelationshipSort.values())) {
                ok(path + "?sort=" + sort.toLowerCase() + "&dir=asc");
                ok(path + "?sort=" + sort.toLowerCase() + "&dir=desc");
            }
            for (String kind : Stream.concat(Stream.of("agreement", "initiative", "relation"), names(RelationKind.values()).stream()).toList()) {
                ok(path + "?kind=" + kind);
            }
            for (String query : List.of("page=1", "page=" + Math.max(1, pages), "page=" + (pages + 1), "size=1", "size=100",
                    "asOf=2021-01-01", "counterpart=" + slugs.get((slugs.indexOf(slug) + 1) % slugs.size()))) {
                ok(path + "?" + query);
            }
            assertThat(status(path + "?asOf=notaday")).as("asOf not a day").isEqualTo(400);
            for (String odd : List.of("sort=nowhere", "dir=up", "kind=nothing", "page=abc", "size=-5", "counterpart=no-such-organization")) {
                answeredWithout5xx(path + "?" + odd);
            }
        }
        assertThat(status("/api/v1/organizations/no-such-organization/relationships")).as("an unknown organization").isEqualTo(404);
    }

    @Test
    void theNetworkAnswersEveryOptionAsDescribed() {
        List<String> slugs = organizationSlugs(2);
        for (String query : List.of("", "limit=1", "limit=200", "groups=true", "groups=false", "internal=hide", "internal=show",
                "centre=" + slugs.get(0), "partner=" + slugs.get(1), "partner=" + slugs.get(1) + "&affiliates=true",
                "from=2019&to=2021", "asOf=2021-06-30")) {
            ok("/api/v1/network" + (query.isEmpty() ? "" : "?" + query));
        }
        assertThat(status("/api/v1/network?centre=no-such-organization")).as("an unknown centre").isEqualTo(404);
        for (String odd : List.of("limit=0", "limit=201", "limit=abc", "asOf=soon", "groups=maybe", "from=x", "internal=true")) {
            answeredWithout5xx("/api/v1/network?" + odd);
        }
    }

    @Test
    void theDumpAnswersAsDescribed() {
        HttpResponse<String> dump = Http.get(port, "/api/v1/dump", "Accept", "application/zip");

        assertThat(dump.statusCode()).isEqualTo(200);
        assertThat(dump.headers().firstValue("Content-Type")).hasValue("application/zip");
    }

    @Test
    void theLookUpAnswersEveryKindAsDescribed() {
        for (LookupKind kind : LookupKind.values()) {
            for (String q : List.of("우리", "bank", "k", "1", "%25_")) {
                ok("/api/v1/lookup/" + kind.path() + "?q=" + q);
            }
            ok("/api/v1/lookup/" + kind.path() + "?q=a&limit=1");
            assertThat(status("/api/v1/lookup/" + kind.path() + "?q=a&limit=0")).as("limit 0").isEqualTo(400);
            assertThat(status("/api/v1/lookup/" + kind.path() + "?q=%20")).as("a blank text").isEqualTo(400);
            assertThat(status("/api/v1/lookup/" + kind.path())).as("no text").isEqualTo(400);
            answeredWithout5xx("/api/v1/lookup/" + kind.path() + "?q=a&limit=abc");
        }
        assertThat(status("/api/v1/lookup/nothing?q=a")).as("an unknown kind").isEqualTo(400);
    }

    private List<String> identifiers(String list, String key) {
        String path = "/api/v1/" + list + "?size=100";
        JsonNode first = ok(path);
        int pages = first.get("totalPages").asInt();
        Set<Integer> wanted = new LinkedHashSet<>();
        if (everyDetail()) {
            for (int page = 1; page <= pages; page++) {
                wanted.add(page);
            }
        } else {
            wanted.addAll(List.of(1, pages / 2 + 1, pages));
        }
        List<String> identifiers = new ArrayList<>();
        for (int page : wanted) {
            JsonNode items = page == 1 ? first.get("items") : ok(path + "&page=" + page).get("items");
            items.forEach(item -> identifiers.add(item.get(key).asString()));
        }
        return identifiers;
    }

    private List<String> organizationSlugs(int count) {
        List<String> slugs = new ArrayList<>();
        ok("/api/v1/organizations?size=100").get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        assertThat(slugs).hasSizeGreaterThanOrEqualTo(count);
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spread.add(slugs.get(i * (slugs.size() - 1) / Math.max(1, count - 1)));
        }
        return spread;
    }

    private JsonNode ok(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private int status(String pathAndQuery) {
        return get(pathAndQuery).statusCode();
    }

    private void answeredWithout5xx(String pathAndQuery) {
        assertThat(status(pathAndQuery)).as(pathAndQuery).isLessThan(500);
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return Http.get(port, pathAndQuery, "Accept", "application/json", "Accept-Language", "en");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
