package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at /v3/api-docs is exact, walked over every operation and schema: a generated client
 * or a fuzzer that trusts it meets no surprise. Each rule holds for all paths, so a new operation is checked too.
 */
@SeededWebTest
@SuppressWarnings("unchecked")
class ApiDescriptionTests {

    /** Query parameters whose values form a closed set: each must list them. */
    static final Set<String> CLOSED_SETS = Set.of("status", "kind", "sort", "dir", "order", "match", "internal", "dates");
    /** Query parameters that are yes or no. */
    static final Set<String> SWITCHES = Set.of("affiliates", "groups");
    /** Query parameters that are whole numbers within bounds. */
    static final Set<String> BOUNDED_NUMBERS = Set.of("page", "size", "limit");

    @LocalServerPort
    int port;

    Map<String, Object> description;

    @BeforeEach
    void readDescription() {
        description = JsonPath.read(Http.get(port, "/v3/api-docs", "en").body(), "$");
    }

    @Test
    void isOpenApi30WithoutTheForms31Adds() {
        assertThat((String) description.get("openapi")).startsWith("3.0");
        String text = Http.get(port, "/v3/api-docs", "en").body();
        assertThat(text).doesNotContain("\"types\"").doesNotContain("\"null\"");
    }

    @Test
    void everyOperationHasASummaryAndADescription() {
        eachOperation((where, operation) -> {
            assertThat((String) operation.get("summary")).as(where).isNotBlank();
            assertThat((String) operation.get("description")).as(where).isNotBlank();
        });
    }

    @Test
    void everyOperationHasItsOwnNamedId() {
        List<String> ids = new ArrayList<>();
        eachOperation((where, operation) -> ids.add((String) operation.get("operationId")));
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[a-z][A-Za-z]+"));
    }

    @Test
    void everyParameterIsDescribedWithAnExample() {
        eachParameter((where, parameter) -> {
            assertThat((String) parameter.get("description")).as(where).isNotBlank();
            assertThat(parameter.get("example")).as(where + " example").isNotNull();
        });
    }

    @Test
    void everySuccessfulAnswerHasAnExampleThatMatchesItsSchema() {
        eachOperation((where, operation) -> {
            Map<String, Object> ok = (Map<String, Object>) responses(operation).get("200");
            Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) ok.get("content")).get("application/json");
            if (json == null) {
                assertThat(where).as("the one answer that is not JSON").endsWith("/api/v1/dump");
                return;
            }
            assertThat(json.get("example")).as(where + " example").isNotNull();
            List<String> mismatches = new ArrayList<>();
            new ExampleCheck(schemas(), mismatches).check(json.get("example"), (Map<String, Object>) json.get("schema"), where);
            assertThat(mismatches).as(where).isEmpty();
        });
    }

    @Test
    void pageSizeAndLimitAreWholeNumbersWithBounds() {
        List<String> seen = new ArrayList<>();
        eachParameter((where, parameter) -> {
            if (BOUNDED_NUMBERS.contains((String) parameter.get("name"))) {
                seen.add(where);
                Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                assertThat(schema.get("type")).as(where).isEqualTo("integer");
                assertThat(((Number) schema.get("minimum")).intValue()).as(where).isEqualTo(1);
                assertThat(((Number) schema.get("maximum")).intValue()).as(where).isGreaterThan(1);
            }
        });
        assertThat(seen).as("operations that page").hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyParameterWithAClosedSetListsItsValues() {
        eachParameter((where, parameter) -> {
            String name = (String) parameter.get("name");
            Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
            if (CLOSED_SETS.contains(name) || "path".equals(parameter.get("in")) && "kind".equals(name)) {
                Map<String, Object> values = "array".equals(schema.get("type")) ? (Map<String, Object>) schema.get("items") : schema;
                boolean listed = values.get("enum") != null || values.get("anyOf") != null
                        && ((List<Map<String, Object>>) values.get("anyOf")).stream().allMatch(one -> one.get("enum") != null);
                assertThat(listed).as(where + " lists its values").isTrue();
            }
            if (SWITCHES.contains(name)) {
                assertThat(schema.get("type")).as(where).isEqualTo("boolean");
            }
        });
    }

    @Test
    void problemsAreDescribedWhereTheyCanHappen() {
        assertThat((Map<String, Object>) ((Map<String, Object>) schemas().get("ProblemDetail")).get("properties"))
                .containsOnlyKeys("type", "title", "status", "detail", "instance");
        eachOperation((where, operation) -> {
            Map<String, Object> responses = responses(operation);
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            boolean oneRecord = parameters.stream().anyMatch(parameter -> "path".equals(parameter.get("in"))
                    && Set.of("id", "slug").contains(parameter.get("name")));
            if (!parameters.isEmpty()) {
                assertProblem(responses, "400", where);
            }
            if (oneRecord) {
                assertProblem(responses, "404", where);
            }
            if (!where.endsWith("/api/v1/dump")) {
                // The dump describes its own 503: too many exports at once.
                assertProblem(responses, "503", where);
            }
            assertThat(responses).as(where).containsKey("503");
        });
    }

    @Test
    void nullableReferencesAreWrittenSoThatValidatorsOf30LetNullThrough() {
        Map<String, Object> nothing = Map.of("type", "object", "nullable", true, "enum", java.util.Arrays.asList((Object) null));
        schemas().forEach((name, schema) -> ((Map<String, Map<String, Object>>) ((Map<String, Object>) schema)
                .getOrDefault("properties", Map.of())).forEach((property, value) -> {
            assertThat(value).as(name + "." + property + " (allOf checks null against the reference)").doesNotContainKey("allOf");
            if (value.get("$ref") != null) {
                assertThat(value).as(name + "." + property + " (3.0 ignores what is beside a $ref)").containsOnlyKeys("$ref");
            }
        }));
        for (String[] nullable : new String[][]{{"AgreementJson", "signed"}, {"MetricJson", "progress"}, {"DossierJson", "heldAsOf"},
                {"RelationshipJson", "subject"}, {"PositionJson", "started"}}) {
            List<Map<String, Object>> choices = (List<Map<String, Object>>) property(nullable[0], nullable[1]).get("anyOf");
            assertThat(choices).as(String.join(".", nullable)).hasSize(2);
            assertThat((String) choices.get(0).get("$ref")).as(String.join(".", nullable)).startsWith("#/components/schemas/");
            assertThat(choices.get(1)).as(String.join(".", nullable)).isEqualTo(nothing);
        }
        assertThat(property("PartialDateJson", "date").get("nullable")).isNull();
    }

    @Test
    void theFieldsTheRecordMayLeaveEmptyAreNullableAndTheOthersAreNot() {
        for (String[] nullable : new String[][]{{"PartialDateJson", "note"}, {"CitationJson", "note"}, {"CitationJson", "quote"},
                {"SourceJson", "url"}, {"MetricJson", "value"}, {"MetricJson", "unit"}, {"PersonJson", "birthYear"},
                {"OrganizationJson", "nameEn"}, {"InitiativeJson", "agreement"}, {"EntryJson", "figureValue"},
                {"AgreementJson", "monthsToLaunch"}, {"Progress", "percent"}}) {
            assertThat(property(nullable[0], nullable[1]).get("nullable")).as(String.join(".", nullable)).isEqualTo(true);
        }
        for (String[] required : new String[][]{{"PartialDateJson", "date"}, {"PartialDateJson", "precision"},
                {"SourceJson", "publisher"}, {"MetricJson", "kind"}, {"OrganizationJson", "slug"}, {"AgreementJson", "url"}}) {
            assertThat(property(required[0], required[1]).get("nullable")).as(String.join(".", required)).isNull();
        }
        assertThat((List<Object>) property("EntryJson", "agreementDate").get("enum")).contains("SIGNED").containsNull();
        assertThat((List<String>) ((Map<String, Object>) schemas().get("AgreementJson")).get("required")).contains("id", "signed", "url");
    }

    @Test
    void everyFieldWithAClosedSetListsItsValues() {
        for (String[] field : new String[][]{{"PartialDateJson", "precision"}, {"FactJson", "kind"}, {"EntryJson", "factKind"},
                {"ItemJson", "factKind"}, {"CitationJson", "claimAttribute"}, {"FactJson", "claimAttribute"},
                {"Initiative", "status"}, {"RelationJson", "direction"}, {"AgreementJson", "kind"}, {"MetricJson", "kind"}}) {
            assertThat(property(field[0], field[1]).get("enum")).as(String.join(".", field)).isNotNull();
        }
        for (String[] field : new String[][]{{"RelationshipJson", "kind"}, {"RelationshipJson", "role"}, {"RelationshipJson", "status"},
                {"CounterpartJson", "role"}}) {
            List<Map<String, Object>> choices = (List<Map<String, Object>>) property(field[0], field[1]).get("anyOf");
            assertThat(choices).as(String.join(".", field)).isNotEmpty().allSatisfy(choice -> assertThat(choice.get("enum")).isNotNull());
            assertThat(property(field[0], field[1]).get("type")).as(String.join(".", field)).isNull();
        }
        assertThat((List<Object>) property("CounterpartJson", "role").get("anyOf")).allSatisfy(choice ->
                assertThat((List<Object>) ((Map<String, Object>) choice).get("enum")).containsNull());
        assertThat((Map<String, Object>) property("CitationJson", "attributes").get("items")).containsKey("enum");
    }

    private void assertProblem(Map<String, Object> responses, String status, String where) {
        Map<String, Object> response = (Map<String, Object>) responses.get(status);
        assertThat(response).as(where + " " + status).isNotNull();
        Map<String, Object> content = (Map<String, Object>) response.get("content");
        assertThat(content).as(where + " " + status).containsOnlyKeys("application/problem+json");
        assertThat((String) ((Map<String, Object>) ((Map<String, Object>) content.get("application/problem+json")).get("schema")).get("$ref"))
                .as(where + " " + status).endsWith("/ProblemDetail");
    }

    private Map<String, Object> property(String schema, String property) {
        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) schemas().get(schema)).get("properties");
        assertThat(properties).as(schema).containsKey(property);
        return (Map<String, Object>) properties.get(property);
    }

    private Map<String, Object> schemas() {
        return (Map<String, Object>) ((Map<String, Object>) description.get("components")).get("schemas");
    }

    private static Map<String, Object> responses(Map<String, Object> operation) {
        return (Map<String, Object>) operation.get("responses");
    }

    private void eachOperation(BiConsumer<String, Map<String, Object>> check) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) description.get("paths");
        assertThat(paths).hasSizeGreaterThanOrEqualTo(17);
        paths.forEach((path, item) -> item.forEach((method, operation) -> check.accept(method + " " + path, (Map<String, Object>) operation)));
    }

    private void eachParameter(BiConsumer<String, Map<String, Object>> check) {
        eachOperation((where, operation) -> ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()))
                .forEach(parameter -> check.accept(where + " " + parameter.get("name"), parameter)));
    }
}
