package com.partnershiptracker.review;

import com.partnershiptracker.importing.ImportService;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.partnershiptracker.support.WebSession.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No draft leaks: with review required, an editor creates an organization and edits an agreement, a person and a
 * source, and imports an organization, each carrying one unique marker, and previews them; then, signed out, every public page reachable by
 * links (lists page by page, details, timeline, network, exports, the Atom feed), every API list page and
 * detail, the lookups, search and the dump (every file in its zip) are read, and the marker is nowhere. After a
 * reviewer publishes the drafts, the marker is on the pages, in the API, the search and the dump.
 */
@ReviewRequiredWebTest
class DraftLeakWebTests {

    static final String EDITOR = "leak-editor";
    static final String REVIEWER = "leak-reviewer";
    static final String PASSWORD = "walnut harbour signal forty";
    static final int MAX_PAGES = 6000;
    static final Set<String> FOLLOWED_PARAMETERS = Set.of("page", "lang", "order");
    static final List<String> API_LISTS = List.of("agreements", "initiatives", "metrics", "people", "sources", "organizations",
            "timeline", "timeline/chart");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService users;

    @Autowired
    ImportService imports;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noDraftIsSeenSignedOutAnywhereUntilAReviewerPublishesIt() throws Exception {
        String marker = "zqleak" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        WebSession editor = signedIn(EDITOR, Role.EDITOR);
        String orgSlug = "leak-" + marker;
        List<Long> drafts = new ArrayList<>();
        drafts.add(draftFrom(editor.post("/admin/organizations/new", form("nameEn", "Leak " + marker, "kind", "FINTECH",
                "slug", orgSlug, "descriptionEn", "About " + marker, "aliases", "Alias" + marker))));
        long agreementId = jdbc.sql("select id from agreements order by id limit 1").query(Long.class).single();
        drafts.add(draftOfEdit(editor, "/admin/agreements/" + agreementId + "/edit", "summaryEn", "Summary " + marker));
        String personSlug = jdbc.sql("select slug from people order by id limit 1").query(String.class).single();
        drafts.add(draftOfEdit(editor, "/admin/people/" + personSlug + "/edit", "nameEn", "Person " + marker));
        long sourceId = jdbc.sql("select id from sources order by id limit 1").query(Long.class).single();
        drafts.add(draftOfEdit(editor, "/admin/sources/" + sourceId + "/edit", "note", "Note " + marker));
        String importedSlug = "imported-" + marker;
        String upload = imports.upload("organizations", "leak.csv", ("slug,name_ko,name_en,kind,parent,aliases,website,founded,"
                + "founded_precision,dissolved,dissolved_precision,description_ko,description_en\n"
                + importedSlug + ",,Imported " + marker + ",bank,,,,,,,,,About the import " + marker + "\n")
                .getBytes(StandardCharsets.UTF_8), EDITOR);
        drafts.add(draftFrom(editor.post("/admin/import/" + upload + "/apply", form())));
        for (long draft : drafts) {
            assertThat(editor.get("/admin/drafts/" + draft + "/preview").body()).as("the preview shows the draft").contains(marker);
        }

        // What the drafts say, never the marker alone: a search page or a 404 may echo the address it was asked for.
        List<String> drafted = List.of("Leak " + marker, "About " + marker, "Alias" + marker, "Summary " + marker,
                "Person " + marker, "Note " + marker, "Imported " + marker, "About the import " + marker);
        Map<String, String> leaks = walkSignedOut(marker, orgSlug, drafted);
        assertThat(leaks).as("public answers that show a draft").isEmpty();
        assertThat(pagesRead).as("the walk read the public site").isGreaterThan(300);
        System.out.println("Draft leak walk: " + pagesRead + " public answers read");

        WebSession reviewer = signedIn(REVIEWER, Role.REVIEWER);
        StringBuilder selected = new StringBuilder();
        for (long draft : drafts) {
            long version = jdbc.sql("select version from drafts where id = :id").param("id", draft).query(Long.class).single();
            selected.append(selected.isEmpty() ? "" : "&").append("selected=").append(draft).append("%3A").append(version);
        }
        reviewer.postRaw("/admin/review/publish", selected.toString().getBytes(StandardCharsets.US_ASCII));

        assertThat(read("/organizations/" + orgSlug)).contains("Leak " + marker);
        assertThat(read("/agreements/" + agreementId)).contains("Summary " + marker);
        assertThat(read("/organizations/" + importedSlug)).contains("Imported " + marker);
        assertThat(read("/api/v1/organizations/" + orgSlug)).contains("Leak " + marker);
        assertThat(read("/search?q=" + marker)).contains("Leak " + marker);
        assertThat(readDump()).contains("Leak " + marker, "Summary " + marker, "Note " + marker);
    }

    private int pagesRead;

    /** Every public answer signed out; those that show the marker, by path. */
    private Map<String, String> walkSignedOut(String marker, String orgSlug, List<String> drafted) throws Exception {
        Map<String, String> leaks = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/?lang=ko", "/organizations", "/agreements", "/people", "/sources",
                "/initiatives", "/timeline", "/network", "/dormant", "/organizations/" + orgSlug, "/search?q=" + marker,
                "/search?q=Leak", "/agreements?q=" + marker, "/timeline.csv", "/timeline.atom", "/agreements.csv",
                "/organizations.csv", "/relations.csv", "/statements.csv", "/initiatives.csv", "/metrics.csv",
                "/sources.csv", "/people.csv"));
        for (LookupKind kind : LookupKind.values()) {
            queue.add("/api/v1/lookup/" + kind.path() + "?q=" + marker);
            queue.add("/api/v1/lookup/" + kind.path() + "?q=Leak");
        }
        for (String list : API_LISTS) {
            queue.add("/api/v1/" + list + "?q=" + marker);
            apiPages(list, queue);
        }
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> answer = get(path);
            pagesRead++;
            String body = answer.body() == null ? "" : answer.body();
            drafted.stream().filter(body::contains).findFirst().ifPresent(text -> leaks.put(path, text));
            String type = answer.headers().firstValue("content-type").orElse("");
            if (answer.statusCode() == 200 && type.startsWith("text/html")) {
                for (Element link : Jsoup.parse(body).select("a[href], link[href]")) {
                    String next = followable(link.attr("href"));
                    if (next != null && !seen.contains(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        assertThat(seen.size()).as("the walk ended before its limit").isLessThan(MAX_PAGES);
        String dump = readDump();
        drafted.stream().filter(dump::contains).findFirst().ifPresent(text -> leaks.put("/api/v1/dump", text));
        return leaks;
    }

    /** Every page of an API list, and every record each page names, at its detail. */
    private void apiPages(String list, Deque<String> queue) throws Exception {
        JsonNode first = json.readTree(get("/api/v1/" + list + "?size=100").body());
        int pages = first.has("totalPages") ? first.get("totalPages").asInt() : 1;
        for (int page = 1; page <= pages; page++) {
            String path = "/api/v1/" + list + "?size=100&page=" + page;
            queue.add(path);
            if (list.startsWith("timeline")) {
                continue;
            }
            JsonNode items = json.readTree(get(path).body()).get("items");
            for (JsonNode item : items == null ? List.<JsonNode>of() : items.values()) {
                JsonNode key = item.has("slug") ? item.get("slug") : item.get("id");
                if (key != null) {
                    queue.add("/api/v1/" + list + "/" + key.asString());
                    if (list.equals("organizations")) {
                        queue.add("/api/v1/organizations/" + key.asString() + "/relationships");
                    }
                }
            }
        }
    }

    /** A public link worth following: this site, not admin or sign-in or static files, and no filter combinations. */
    private static String followable(String href) {
        if (href.isEmpty() || !href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        String path = href.replaceFirst("#.*", "");
        if (path.isEmpty() || path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/logout")
                || path.startsWith("/css") || path.startsWith("/js") || path.startsWith("/webjars") || path.startsWith("/favicon")
                || path.startsWith("/api/v1/dump") || path.startsWith("/swagger") || path.startsWith("/v3/")) {
            return null;
        }
        int query = path.indexOf('?');
        if (query < 0 || path.substring(0, query).matches(".*\\.(csv|atom)$")) {
            return query < 0 || path.length() < 600 ? path : null;
        }
        for (String parameter : path.substring(query + 1).split("&")) {
            String name = URLDecoder.decode(parameter.replaceFirst("=.*", ""), StandardCharsets.UTF_8);
            if (!FOLLOWED_PARAMETERS.contains(name)) {
                return null;
            }
        }
        return path;
    }

    private String read(String path) throws Exception {
        return get(path).body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace(" ", "%20")))
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Every file of the dump's zip, as text. */
    private String readDump() throws Exception {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dump"))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(text).as("the dump holds the seed").isNotEmpty();
        return text.toString();
    }

    private long draftOfEdit(WebSession editor, String page, String field, String value) {
        Map<String, String> fields = EditForms.fieldsOf(editor.get(page).body());
        fields.put(field, value);
        return draftFrom(editor.post(page, fields));
    }

    private static long draftFrom(WebSession.Answer saved) {
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).matches(".*/admin/drafts/\\d+");
        return Long.parseLong(saved.location().replaceAll(".*/", ""));
    }

    private WebSession signedIn(String username, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(username, PASSWORD, role);
        }
        WebSession session = new WebSession(port);
        assertThat(session.signIn(username, PASSWORD).location()).endsWith("/admin");
        session.get("/admin");
        return session;
    }
}
