package com.partnershiptracker.web;

import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.HostileInputWebTest;
import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.TimelineCopy;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stored XSS: about fifty payloads written into every text column of every record (and of the
 * audit tables the history pages read), with javascript: and data: URLs in the audit tables' URL
 * columns (the records' own refuse them); then the public and admin pages that show them opened
 * in real Chromium. A listener added before any page script records every Content-Security-Policy
 * violation and every alert, confirm or prompt; the console is checked as well.
 */
@HostileInputWebTest
class StoredXssBrowserTests extends BrowserTest {

    static final String EDITOR = "xss-admin";
    static final String PASSWORD = "stored xss passphrase";

    static final List<String> PAYLOADS = List.of(
            "<script>alert('xss1')</script>", "<img src=x onerror=alert('xss2')>", "<svg onload=alert('xss3')>",
            "\"><script>alert('xss4')</script>", "'><img src=x onerror=alert('xss5')>", "\" onmouseover=\"alert('xss6')\" x=\"",
            "' onfocus='alert(7)' autofocus='", "javascript:alert('xss8')", "<a href=\"javascript:alert('xss9')\">click</a>",
            "<iframe src=\"javascript:alert('xss10')\"></iframe>", "<body onload=alert('xss11')>",
            "<svg><script>alert('xss12')</script></svg>", "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss13')>",
            "</title><script>alert('xss14')</script>", "</textarea><script>alert('xss15')</script>",
            "</script><script>alert('xss16')</script>", "<style>@import 'javascript:alert(17)';</style>",
            "<div style=\"background:url(javascript:alert('xss18'))\">x</div>", "<input autofocus onfocus=alert('xss19')>",
            "<details open ontoggle=alert('xss20')>", "<video><source onerror=alert('xss21')></video>",
            "<object data=\"javascript:alert('xss22')\"></object>", "<embed src=\"data:text/html,<script>alert('xss23')</script>\">",
            "<base href=\"javascript:alert('xss24')//\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xss25')\">",
            "<form action=\"javascript:alert('xss26')\"><button>go</button></form>", "{{constructor.constructor('alert(27)')()}}",
            "${alert('xss28')}", "`;alert('xss29');//", "'-alert('xss30')-'", "\\\";alert('xss31');//",
            "<scr<script>ipt>alert('xss32')</scr</script>ipt>", "<svg><animate onbegin=alert('xss33') attributeName=x dur=1s>",
            "<marquee onstart=alert('xss34')>", "<img src=x:alert(alt) onerror=eval(src) alt='xss35'>",
            "&lt;script&gt;alert('xss36')&lt;/script&gt;", "%3Cscript%3Ealert('xss37')%3C/script%3E",
            "<IMG SRC=JaVaScRiPt:alert('xss38')>", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(39)>",
            "<a href=\"&#106;avascript:alert('xss40')\">x</a>", "<svg><a xlink:href=\"javascript:alert('xss41')\"><text y=20>x</text></a></svg>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert('xss42')>\">", "<img srcset=\"x\" onerror=\"alert('xss43')\">",
            "<select autofocus onfocus=alert('xss44')>", "\u2028\u2029<script>alert('xss45')</script>",
            "\"><img src=//evil.example/x46.png>", "<iframe srcdoc=\"<script>alert('xss47')</script>\"></iframe>",
            "<link rel=stylesheet href=//evil.example/x48.css>", "]]><script>alert('xss49')</script>",
            "'\"><svg/onload=alert`xss50`>", "<x onclick=alert('xss51')>click", "-->\"><script>alert('xss52')</script><!--");

    static final List<String> BAD_URLS = List.of("javascript:alert('xss-url')", "JavaScript:alert(document.cookie)",
            "data:text/html,<script>alert('xss-data')</script>", " javascript:alert(1)", "vbscript:msgbox(1)");

    /**
     * Columns that are not free text: identifiers, enums, codes and the URLs (which get their own values).
     * External identifiers hold no payload: their checks refuse anything but the identifier's form.
     */
    static final Set<String> NOT_TEXT = Set.of("slug", "kind", "status", "role", "language", "username", "password_hash",
            "url", "website", "revtype", "claim_attribute", "wikidata_id", "lei", "kr_corporate_registration_number");

    static final String LISTENER = """
            window.__xss = {violations: [], dialogs: []};
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__xss.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
            });
            ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
              window[name] = function (message) { window.__xss.dialogs.push(name + ': ' + message); };
            });
            """;

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Stored XSS in Chromium");

    private static boolean filled;

    /** The listener's ids in the Chromium that later test classes share. */
    private static final List<Object> listeners = new ArrayList<>();

    /** What a page showed of a payload. */
    enum FindingKind { DIALOG, CSP_VIOLATION, OTHER }

    record Finding(FindingKind kind, String text) {
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationService organizations;

    @Autowired
    UserAccountService users;

    @BeforeEach
    void fillEveryTextWithPayloads() {
        if (filled) {
            return;
        }
        int written = 0;
        int textColumns = 0;
        Set<String> tables = new LinkedHashSet<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                select c.table_name, c.column_name, c.character_maximum_length from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.data_type = 'character varying'
                  and c.table_name <> 'users' and c.table_name not like 'flyway%' and c.column_name not like '%precision'
                  and c.table_name not in ('timeline_entry_rows', 'fact_organization_rows', 'timeline_organization_rows')
                order by c.table_name, c.ordinal_position""").query().listOfRows();
        int slot = 0;
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            int max = ((Number) column.get("character_maximum_length")).intValue();
            if (NOT_TEXT.contains(name) && !table.equals("revinfo")) {
                continue;
            }
            textColumns++;
            tables.add(table);
            List<String> fitting = PAYLOADS.stream().filter(p -> p.length() <= max).toList();
            // Each row gets a payload of its own, so that every payload lands somewhere on the pages sampled below.
            written += jdbc.sql("update " + table + " set " + name + " = (array[:payloads])[1 + ((ctid::text::point)[0]::int * 7 + "
                            + "(ctid::text::point)[1]::int + :slot) % :count] where " + name + " is not null")
                    .param("payloads", fitting).param("slot", slot++).param("count", fitting.size())
                    .update();
        }
        // The schema itself refuses such URLs in the records (ck_sources_url, ck_organizations_website);
        // the audit tables have no such check, and the history pages show what they hold.
        for (String[] column : new String[][] {{"sources", "url"}, {"organizations", "website"}}) {
            assertThatThrownBy(() -> jdbc.sql("update " + column[0] + " set " + column[1] + " = 'javascript:alert(1)'").update())
                    .isInstanceOf(DataIntegrityViolationException.class);
            written += jdbc.sql("update " + column[0] + "_aud set " + column[1] + " = (array[:urls])[1 + (ctid::text::point)[1]::int % :count]")
                    .param("urls", BAD_URLS).param("count", BAD_URLS.size()).update();
        }
        // Written behind the app's back, so the timeline's copy is made again from the views, payloads and all.
        TimelineCopy.rebuildFromViews(jdbc);
        organizations.organizationsChangedElsewhere();
        MARKS.record("about fifty payloads in every text field of every record and audit row", String.format(
                "%d payloads in %d text columns of %d tables and %d javascript:/data: URLs in 2 audit URL columns: "
                        + "%d values written",
                PAYLOADS.size(), textColumns, tables.size(), BAD_URLS.size(), written), written > 500);
        assertThat(written).isGreaterThan(500);
        users.create(EDITOR, PASSWORD, Role.ADMIN);
        filled = true;
    }

    @AfterAll
    static void removeTheListener() {
        listeners.forEach(id -> ((ChromeDriver) browser).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                Map.of("identifier", id)));
        listeners.clear();
    }

    @Test
    void noPayloadRunsOnAnyPublicPage() {
        assertNoPayloadRunsOn("public", publicPages());
    }

    @Test
    void noPayloadRunsOnAnyAdminPage() {
        signIn();
        assertNoPayloadRunsOn("admin", adminPages());
    }

    @Test
    void theFormsRefuseAUrlThatIsNotHttpOrHttps() {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(EDITOR, PASSWORD).location()).endsWith("/admin");
        session.get("/admin/sources/new");
        long sourcesBefore = jdbc.sql("select count(*) from sources").query(Long.class).single();
        for (String url : BAD_URLS) {
            WebSession.Answer source = session.post("/admin/sources/new", WebSession.form("kind", "NEWS_ARTICLE",
                    "publisher", "XSS Daily", "headlineEn", "A headline", "language", "en", "url", url));
            assertThat(source.status()).as(url).isEqualTo(200);
            assertThat(source.body()).contains("is-invalid");
            WebSession.Answer organization = session.post("/admin/organizations/new", WebSession.form("slug", "xss-org",
                    "nameEn", "XSS org", "kind", "BANK", "website", url));
            assertThat(organization.status()).as(url).isEqualTo(200);
        }
        assertThat(jdbc.sql("select count(*) from sources").query(Long.class).single()).isEqualTo(sourcesBefore);
        assertThat(jdbc.sql("select count(*) from organizations where slug = 'xss-org'").query(Long.class).single()).isZero();
    }

    private void assertNoPayloadRunsOn(String pages, List<String> paths) {
        listeners.add(((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", LISTENER)).get("identifier"));
        browser.manage().logs().get(LogType.BROWSER);
        List<Finding> found = new ArrayList<>();
        for (String path : paths) {
            found.addAll(visit(path));
        }
        System.out.printf("Stored XSS: %d payloads, %d pages opened, %d findings%n", PAYLOADS.size(), paths.size(), found.size());
        MARKS.record("no payload runs on the " + pages + " pages: 0 dialogs, 0 CSP violations", String.format(
                "%d %s pages opened: %d dialogs, %d CSP violations, %d other signs of a payload (inline scripts, script URLs, "
                        + "event handlers, a page that did not settle)",
                paths.size(), pages, count(found, FindingKind.DIALOG), count(found, FindingKind.CSP_VIOLATION),
                count(found, FindingKind.OTHER)), found.isEmpty());
        assertThat(found.stream().map(Finding::text).toList())
                .as("dialogs, CSP violations, inline scripts and script URLs on %d pages", paths.size()).isEmpty();
    }

    private static long count(List<Finding> found, FindingKind kind) {
        return found.stream().filter(finding -> finding.kind() == kind).count();
    }

    @SuppressWarnings("unchecked")
    private List<Finding> visit(String path) {
        List<Finding> found = new ArrayList<>();
        try {
            browser.get(url(path));
            waitFor().until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
            // Pictures are drawn after their JSON arrives: wait until each says it is drawn (or failed, or empty), for
            // at most 5 s, then give the page's scripts a moment more.
            ((JavascriptExecutor) browser).executeAsyncScript("""
                    var done = arguments[arguments.length - 1], started = Date.now();
                    (function settled() {
                      var drawing = document.querySelectorAll(
                          '[data-network-source]:not([data-state]), [data-chart-source]:not([data-state])').length;
                      setTimeout(drawing && Date.now() - started < 5000 ? settled : done, drawing ? 25 : 50);
                    }());
                    """);
            Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                    var x = window.__xss || {violations: ['listener missing'], dialogs: []};
                    var inline = Array.from(document.querySelectorAll('script:not([src])')).map(s => s.textContent.slice(0, 60));
                    var links = Array.from(document.querySelectorAll('[href],[src],[action],[formaction],[data],[xlink\\\\:href]'))
                      .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action')
                                || e.getAttribute('formaction') || e.getAttribute('data') || '')
                      .filter(v => /^\\s*(javascript|vbscript|data:text)/i.test(v));
                    var handlers = Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)
                      .filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name));
                    return {violations: x.violations, dialogs: x.dialogs, inline: inline, links: links, handlers: handlers};
                    """);
            Map<String, FindingKind> kinds = Map.of("violations", FindingKind.CSP_VIOLATION, "dialogs", FindingKind.DIALOG,
                    "inline", FindingKind.OTHER, "links", FindingKind.OTHER, "handlers", FindingKind.OTHER);
            for (String key : List.of("violations", "dialogs", "inline", "links", "handlers")) {
                for (Object item : (List<Object>) seen.get(key)) {
                    found.add(new Finding(kinds.get(key), path + " " + key + ": " + item));
                }
            }
            browser.switchTo().alert();
            found.add(new Finding(FindingKind.DIALOG, path + ": an alert is open"));
        } catch (NoAlertPresentException expected) {
            // No dialog: as it should be.
        } catch (UnhandledAlertException e) {
            found.add(new Finding(FindingKind.DIALOG, path + ": an alert interrupted the page: " + e.getAlertText()));
        } catch (WebDriverException e) {
            // A payload that navigates away or never lets the page finish is a finding too.
            found.add(new Finding(FindingKind.OTHER, path + ": the page did not settle: " + e.getClass().getSimpleName()));
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER).getAll()) {
            if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused to")) {
                found.add(new Finding(FindingKind.CSP_VIOLATION, path + " console: " + entry.getMessage()));
            }
        }
        return found;
    }

    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }

    private List<String> publicPages() {
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/?lang=ko", "/timeline", "/timeline?view=chart", "/network",
                "/agreements", "/initiatives", "/people", "/sources", "/organizations", "/search?q=script",
                "/search?q=" + encode("<script>alert('reflected')</script>"), "/search?q=" + encode("\"><svg onload=alert(1)>"),
                "/timeline?q=" + encode("<img src=x onerror=alert(1)>")));
        for (String slug : sample("select slug from organizations order by id", 6)) {
            paths.add("/organizations/" + slug);
        }
        sample("select id from agreements order by id", 5).forEach(id -> paths.add("/agreements/" + id));
        sample("select id from initiatives order by id", 5).forEach(id -> paths.add("/initiatives/" + id));
        sample("select slug from people order by id", 4).forEach(slug -> paths.add("/people/" + slug));
        sample("select id from sources order by id", 5).forEach(id -> paths.add("/sources/" + id));
        return new ArrayList<>(paths);
    }

    private List<String> adminPages() {
        Set<String> paths = new LinkedHashSet<>(List.of("/admin", "/admin/changes", "/admin/organizations", "/admin/agreements",
                "/admin/initiatives", "/admin/metrics", "/admin/people", "/admin/relations", "/admin/sources",
                "/admin/statements", "/admin/users", "/admin/organizations?q=" + encode("<script>alert(1)</script>")));
        sample("select slug from organizations order by id", 3).forEach(slug -> {
            paths.add("/admin/organizations/" + slug + "/edit");
            paths.add("/admin/organizations/" + slug + "/delete");
        });
        sample("select id from agreements order by id", 3).forEach(id -> paths.add("/admin/agreements/" + id + "/edit"));
        sample("select id from initiatives order by id", 3).forEach(id -> paths.add("/admin/initiatives/" + id + "/edit"));
        sample("select id from metrics order by id", 3).forEach(id -> paths.add("/admin/metrics/" + id + "/edit"));
        sample("select slug from people order by id", 2).forEach(slug -> paths.add("/admin/people/" + slug + "/edit"));
        sample("select id from positions order by id", 2).forEach(id -> paths.add("/admin/positions/" + id + "/edit"));
        sample("select id from organization_relations order by id", 2).forEach(id -> paths.add("/admin/relations/" + id + "/edit"));
        sample("select id from sources order by id", 2).forEach(id -> paths.add("/admin/sources/" + id + "/edit"));
        sample("select id from statements order by id", 2).forEach(id -> paths.add("/admin/statements/" + id + "/edit"));
        sample("select id from agreements order by id", 2).forEach(id -> {
            paths.add("/admin/history/AGREEMENT/" + id);
            paths.add("/admin/citations/AGREEMENT/" + id + "/new");
        });
        sample("select id from organizations order by id", 2).forEach(id -> paths.add("/admin/history/ORGANIZATION/" + id));
        sample("select id from sources order by id", 2).forEach(id -> paths.add("/admin/history/SOURCE/" + id));
        sample("select id from initiatives order by id", 1).forEach(id -> paths.add("/admin/history/INITIATIVE/" + id));
        return new ArrayList<>(paths);
    }

    private List<String> sample(String sql, int count) {
        List<String> all = jdbc.sql(sql).query(String.class).list();
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count && !all.isEmpty(); i++) {
            picked.add(all.get(i * all.size() / count));
        }
        return picked;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
