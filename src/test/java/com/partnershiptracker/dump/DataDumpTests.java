package com.partnershiptracker.dump;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.support.CsvReader;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data dump over real HTTP against the seeded PostgreSQL database: it downloads and unpacks, holds every
 * public table whole and nothing private, reads back what it was given, and its datapackage.json is a valid
 * Frictionless Tabular Data Package (checked against the standard's own profile) that describes the files.
 */
@SeededWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataDumpTests {

    private static final String KOREAN_NAME = "덤프 시험 \"금융\", 첫 줄\n둘째 줄";
    private static final String TRICKY_TEXT = "a,b \"c\"\r\nd";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organizations;

    private HttpResponse<byte[]> response;
    private Map<String, String> files;

    @BeforeAll
    void downloadTheDumpWithARecordOfKoreanCommasQuotesAndLineBreaks() {
        jdbc.update("insert into organizations (slug, name_ko, name_en, kind, description_en) values ('dump-probe', ?, '=1+2', 'FINTECH', ?)",
                KOREAN_NAME, TRICKY_TEXT);
        organizations.organizationsChangedElsewhere();
        response = download("GET");
        files = DumpArchive.unpack(response.body());
    }

    @AfterAll
    void removeTheProbe() {
        jdbc.update("delete from organizations where slug = 'dump-probe'");
        organizations.organizationsChangedElsewhere();
    }

    @Test
    void downloadsAsADatedZipAttachmentThatNoCacheKeeps() {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        String today = ZonedDateTime.now(ZoneOffset.UTC).toLocalDate().toString();
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("partnership-tracker-" + today + ".zip");
        assertThat(response.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(download("GET").headers().firstValue("X-Page-Cache")).isEmpty();
    }

    @Test
    void holdsTheDescriptorFirstAndEveryPublicTableWithAllItsRows() {
        List<String> expected = new ArrayList<>(List.of(DataPackage.FILE_NAME));
        DumpedTables.NAMES.forEach(table -> expected.add(table + ".csv"));
        assertThat(files.keySet()).containsExactlyElementsOf(expected);
        for (String table : DumpedTables.NAMES) {
            List<List<String>> rows = CsvReader.read(files.get(table + ".csv"));
            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = 'public'"
                    + " and table_name = ? order by ordinal_position", String.class, table);
            columns.removeIf(column -> !DumpedTables.isPublic(table, column));
            assertThat(rows.get(0)).as(table).containsExactlyElementsOf(columns);
            long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
            assertThat(rows).as(table).hasSize(1 + (int) count);
        }
        assertThat(CsvReader.read(files.get("organizations.csv"))).hasSizeGreaterThan(10);
        assertThat(CsvReader.read(files.get("agreement_parties.csv"))).hasSizeGreaterThan(10);
    }

    @Test
    void leavesOutAccountsSessionsHistoryDerivedCopiesAndArticleTexts() {
        assertThat(files.keySet()).noneMatch(name -> name.startsWith("users") || name.contains("_aud") || name.startsWith("revinfo")
                || name.startsWith("spring_session") || name.startsWith("sign_in") || name.startsWith("account_changes")
                || name.startsWith("timeline") || name.startsWith("network") || name.startsWith("flyway")
                || name.startsWith("fact_"));
        assertThat(CsvReader.read(files.get("sources.csv")).get(0)).doesNotContain("article_text").contains("archive_url", "url");
        String everything = String.join("\n", files.values());
        assertThat(everything).doesNotContain("{pbkdf2").doesNotContain("password");
    }

    @Test
    void textRoundTripsThroughTheCsvWithFormulasDefused() {
        List<List<String>> rows = CsvReader.read(files.get("organizations.csv"));
        List<String> header = rows.get(0);
        List<String> probe = rows.stream().filter(row -> row.get(header.indexOf("slug")).equals("dump-probe")).findFirst().orElseThrow();
        assertThat(probe.get(header.indexOf("name_ko"))).isEqualTo(KOREAN_NAME);
        assertThat(probe.get(header.indexOf("description_en"))).isEqualTo(TRICKY_TEXT);
        assertThat(probe.get(header.indexOf("name_en"))).isEqualTo("'=1+2");
        assertThat(probe.get(header.indexOf("parent_id"))).isEmpty();
        assertThat(files.get("organizations.csv")).doesNotStartWith("\uFEFF");
    }

    @Test
    void theDescriptorIsAValidTabularDataPackage() {
        JsonNode descriptor = JsonMapper.builder().build().readTree(files.get(DataPackage.FILE_NAME));
        for (String profile : List.of("/frictionless/data-package.json", "/frictionless/tabular-data-package.json")) {
            List<Error> errors = profile(profile).validate(descriptor);
            assertThat(errors).as(profile).isEmpty();
        }
        assertThat(descriptor.get("name").asString()).isEqualTo("partnership-tracker");
        assertThat(descriptor.get("created").asString()).startsWith(LocalDate.now(ZoneOffset.UTC).toString().substring(0, 4));
    }

    @Test
    void theValidatorTurnsDownABrokenDescriptor() {
        JsonNode broken = JsonMapper.builder().build().readTree("{\"profile\": \"tabular-data-package\", \"name\": \"Not Lower Case\","
                + " \"resources\": [{\"name\": \"organizations\", \"path\": \"organizations.csv\", \"profile\": \"tabular-data-resource\"}]}");
        assertThat(profile("/frictionless/tabular-data-package.json").validate(broken)).isNotEmpty();
    }

    @Test
    void theDescriptorDescribesEachFileItsColumnsTypesAndKeys() {
        JsonNode descriptor = JsonMapper.builder().build().readTree(files.get(DataPackage.FILE_NAME));
        assertThat(descriptor.get("resources")).hasSize(DumpedTables.NAMES.size());
        for (JsonNode resource : descriptor.get("resources")) {
            String path = resource.get("path").asString();
            List<List<String>> rows = CsvReader.read(files.get(path));
            List<String> names = new ArrayList<>();
            resource.get("schema").get("fields").forEach(field -> names.add(field.get("name").asString()));
            assertThat(rows.get(0)).as(path).containsExactlyElementsOf(names);
            for (List<String> row : rows.subList(1, rows.size())) {
                for (int i = 0; i < names.size(); i++) {
                    assertThat(readsAs(resource.get("schema").get("fields").get(i).get("type").asString(), row.get(i)))
                            .as(path + " " + names.get(i) + " " + row.get(i)).isTrue();
                }
            }
        }
        JsonNode organizationsSchema = resourceNamed(descriptor, "organizations").get("schema");
        assertThat(organizationsSchema.get("primaryKey").get(0).asString()).isEqualTo("id");
        assertThat(organizationsSchema.get("foreignKeys").toString())
                .contains("\"fields\":[\"parent_id\"]").contains("\"resource\":\"\"");
        JsonNode parties = resourceNamed(descriptor, "agreement_parties").get("schema");
        assertThat(parties.get("primaryKey").toString()).isEqualTo("[\"agreement_id\",\"position\"]");
        assertThat(parties.get("foreignKeys").toString()).contains("\"resource\":\"agreements\"").contains("\"resource\":\"organizations\"");
        assertThat(fieldType(resourceNamed(descriptor, "metrics"), "metric_value")).isEqualTo("number");
        assertThat(fieldType(resourceNamed(descriptor, "agreements"), "signed_date")).isEqualTo("date");
        assertThat(fieldType(resourceNamed(descriptor, "agreements"), "signed_inferred")).isEqualTo("boolean");
        assertThat(fieldType(resourceNamed(descriptor, "people"), "birth_year")).isEqualTo("integer");
    }

    @Test
    void theFooterLinksToTheDump() {
        assertThat(Http.get(port, "/", "en").body()).contains("href=\"/api/v1/dump\"");
        assertThat(Http.get(port, "/", "ko").body()).contains("href=\"/api/v1/dump\"");
    }

    @Test
    void aHeadRequestGetsTheHeadersWithoutTheRecord() {
        HttpResponse<byte[]> head = download("HEAD");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(head.body()).isEmpty();
    }

    private static boolean readsAs(String type, String value) {
        if (value.isEmpty()) {
            return true;
        }
        try {
            switch (type) {
                case "integer" -> Long.parseLong(value);
                case "number" -> new BigDecimal(value);
                case "boolean" -> {
                    return value.equals("true") || value.equals("false");
                }
                case "date" -> LocalDate.parse(value);
                case "string" -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static JsonNode resourceNamed(JsonNode descriptor, String name) {
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asString().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + name);
    }

    private static String fieldType(JsonNode resource, String name) {
        for (JsonNode field : resource.get("schema").get("fields")) {
            if (field.get("name").asString().equals(name)) {
                return field.get("type").asString();
            }
        }
        throw new AssertionError("no field " + name);
    }

    /** The standard's own JSON Schema profile, as the Frictionless project publishes it (see frictionless/README.md). */
    private static Schema profile(String resource) {
        try (InputStream in = DataDumpTests.class.getResourceAsStream(resource)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> download(String method) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dump"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
