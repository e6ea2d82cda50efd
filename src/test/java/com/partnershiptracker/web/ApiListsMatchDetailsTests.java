package com.partnershiptracker.web;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every item of every API list says what its own detail record says: each field the two share, down
 * to the fields of nested objects and of each element of nested lists, is equal, over every page of
 * the seed. A list reads its rows its own way (in SQL, for a page at once), so it can drift from the
 * detail; a nullable number read as 0 was such a drift.
 */
@SeededWebTest
class ApiListsMatchDetailsTests {

    /**
     * The fields a list leaves out on purpose, so that a page stays a few statements: there the list
     * must say null, which means "not in the list; read the detail" (an empty list would say "none").
     * Keyed by list, then by field path (list elements as []).
     */
    private static final Map<String, Set<String>> NOT_IN_THE_LIST = Map.of(
            // An initiative's metrics (with their progress) and citations are loaded for one initiative only.
            "initiatives", Set.of("metrics", "citations"),
            // A person's statements are quotes with their sources: the list gives null, the detail the quotes.
            "people", Set.of("statements"),
            // What a source supports is a walk over every kind of record: only the detail does it.
            "sources", Set.of("facts"));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE_SIZE = 50;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "agreements, id",
            "initiatives, id",
            "metrics, id",
            "people, slug",
            "sources, id",
            // The detail of an organization is its dossier, which shares the list's fields and adds many.
            "organizations, slug"})
    void everyListedItemSaysWhatItsDetailSays(String list, String key) {
        List<String> differences = new ArrayList<>();
        int items = 0;
        JsonNode page;
        int number = 1;
        do {
            page = read("/api/v1/" + list + "?size=" + PAGE_SIZE + "&page=" + number);
            for (JsonNode item : page.get("items")) {
                String identifier = item.get(key).asString();
                JsonNode detail = read("/api/v1/" + list + "/" + URLEncoder.encode(identifier, StandardCharsets.UTF_8));
                compare(list, list + "/" + identifier, "", item, detail, differences);
                items++;
            }
            number++;
        } while (number <= page.get("totalPages").asInt());

        assertThat(items).as("items listed").isEqualTo(page.get("total").asInt()).isPositive();
        assertThat(differences).as("fields where a list item differs from its detail").isEmpty();
    }

    private static void compare(String list, String record, String path, JsonNode listed, JsonNode detailed, List<String> differences) {
        if (NOT_IN_THE_LIST.getOrDefault(list, Set.of()).contains(path)) {
            if (!listed.isNull()) {
                differences.add(record + " " + path + ": the list leaves it out, so it must say null, not " + abbreviated(listed));
            }
            return;
        }
        if (listed.isObject() && detailed.isObject()) {
            for (String field : listed.propertyNames()) {
                if (detailed.has(field)) {
                    compare(list, record, path.isEmpty() ? field : path + "." + field, listed.get(field), detailed.get(field), differences);
                }
            }
        } else if (listed.isArray() && detailed.isArray() && listed.size() == detailed.size()) {
            for (int i = 0; i < listed.size(); i++) {
                compare(list, record, path + "[]", listed.get(i), detailed.get(i), differences);
            }
        } else if (!listed.equals(detailed)) {
            differences.add(record + " " + path + ": list " + abbreviated(listed) + ", detail " + abbreviated(detailed));
        }
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private JsonNode read(String pathAndQuery) {
        HttpResponse<String> response = Http.get(port, pathAndQuery, "Accept", "application/json");
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
