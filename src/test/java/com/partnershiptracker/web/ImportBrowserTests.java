package com.partnershiptracker.web;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.support.AppInstance;
import com.partnershiptracker.support.BrowserTest;
import com.partnershiptracker.support.CsvReader;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.PostgresTestDatabase;
import com.partnershiptracker.support.Screenshots;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.NetworkSummaryTables;
import com.partnershiptracker.support.TimelineCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The import as an editor uses it, in Chromium: upload, preview, fix, apply; and a whole export into an empty instance. */
@SeededWebTest
class ImportBrowserTests extends BrowserTest {

    private static final String EDITOR = "import-editor";
    private static final String PASSWORD = "bulk-upload-secret-81";
    private static final String ADMIN_PASSWORD = "empty-instance-secret-82";

    @Autowired
    UserAccountService users;

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeWhatTheTestImported() {
        jdbc.sql("update organizations set wikidata_id = null, lei = null, kr_corporate_registration_number = null "
                + "where wikidata_id = 'Q42' and lei = '5493001KJTIIGC8Y1R12'").update();
        String agreements = "(select id from agreements where title_en like 'Import test %')";
        for (String table : List.of("agreement_parties", "agreement_areas", "agreement_attendees", "agreement_citations")) {
            jdbc.sql("delete from " + table + "_aud where agreement_id in (select id from agreements_aud where title_en like 'Import test %')").update();
            jdbc.sql("delete from " + table + " where agreement_id in " + agreements).update();
        }
        jdbc.sql("delete from agreements_aud where title_en like 'Import test %'").update();
        jdbc.sql("delete from agreements where title_en like 'Import test %'").update();
        jdbc.sql("delete from organization_aliases_aud where organization_id in (select id from organizations where slug like 'import-twin-%')").update();
        jdbc.sql("delete from organization_aliases where organization_id in (select id from organizations where slug like 'import-twin-%')").update();
        jdbc.sql("delete from organizations_aud where slug like 'import-twin-%'").update();
        jdbc.sql("delete from organizations where slug like 'import-twin-%'").update();
        TimelineCopy.rebuildFromViews(jdbc);
        NetworkSummaryTables.rebuildFromViews(jdbc);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void importsTheSeedsOwnAgreementsExportIntoAnEmptyInstance() throws IOException {
        // The seed names no identifiers: one organization gets all three, for the round trip to carry them.
        jdbc.sql("update organizations set wikidata_id = 'Q42', lei = '5493001KJTIIGC8Y1R12', kr_corporate_registration_number = '1101110000002' "
                + "where id = (select min(id) from organizations)").update();
        String organizationsCsv = Http.get(port, "/organizations.csv", "en").body();
        String agreementsCsv = Http.get(port, "/agreements.csv", "en").body();
        long announcedOnly = jdbc.sql("select count(*) from agreements where signed_date is null and announced_date is not null")
                .query(Long.class).single();
        long keyDateNotes = jdbc.sql("""
                select count(*) from agreements where coalesce(signed_note, signed_note_ko) is not null
                or signed_date is null and coalesce(announced_note, announced_note_ko) is not null""").query(Long.class).single();
        long identified = jdbc.sql("""
                select count(*) from organizations
                where coalesce(wikidata_id, lei, kr_corporate_registration_number) is not null""").query(Long.class).single();
        assertThat(comparable(Http.get(port, "/organizations.csv", "en").body()).stream().filter(row -> !row.contains("wikidata_id=")
                || !row.contains("lei=") || !row.contains("kr_corporate_registration_number=")).count())
                .as("the export writes the organizations' identifiers").isEqualTo(identified).isPositive();
        System.out.println("Round trip: " + announcedOnly + " announced-only agreements, " + keyDateNotes
                + " key dates with notes, " + identified + " identified organizations");
        assertThat(comparable(agreementsCsv).stream().filter(row -> row.contains("date_kind=announced")).count())
                .as("the export says which agreements were only announced").isEqualTo(announcedOnly).isPositive();
        assertThat(comparable(agreementsCsv).stream().filter(row -> !row.contains("date_note=") || !row.contains("date_note_ko=")).count())
                .as("the export writes the key date's notes").isEqualTo(keyDateNotes).isPositive();
        String database = PostgresTestDatabase.createEmpty("import");
        try (ConfigurableApplicationContext empty = AppInstance.start(database,
                "spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor}",
                "app.admin.username=admin", "app.admin.password=" + ADMIN_PASSWORD, "app.password.pbkdf2-iterations=10000")) {
            int emptyPort = Integer.parseInt(empty.getEnvironment().getProperty("local.server.port"));
            assertThat(rows(Http.get(emptyPort, "/agreements.csv", "en").body())).isEmpty();
            signIn(emptyPort, "admin", ADMIN_PASSWORD);

            long organizationRows = rows(organizationsCsv).size();
            upload(emptyPort, "organizations", "organizations.csv", organizationsCsv);
            assertThat(total("create")).isEqualTo(organizationRows);
            assertThat(total("error")).isZero();
            apply();

            upload(emptyPort, "agreements", "agreements.csv", agreementsCsv);
            assertThat(total("create")).isEqualTo(rows(agreementsCsv).size());
            assertThat(total("error")).isZero();
            apply();

            assertThat(comparable(Http.get(emptyPort, "/agreements.csv", "en").body())).isEqualTo(comparable(agreementsCsv));
            assertThat(comparable(Http.get(emptyPort, "/organizations.csv", "en").body())).isEqualTo(comparable(organizationsCsv));
        } finally {
            Browser_clear();
            PostgresTestDatabase.drop(database);
        }
    }

    @Test
    void aThreeRowFileWithAnAmbiguousPartnerShowsThatErrorAndOnceFixedAppliesAsOneRevision() throws IOException {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        organizations.create(new Organization("import-twin-one", Bilingual.of("쌍둥이 하나", "Twin One"), OrganizationKind.FINTECH),
                (organization, bySlug) -> organization.addAlias("Twin"));
        organizations.create(new Organization("import-twin-two", Bilingual.of("쌍둥이 둘", "Twin Two"), OrganizationKind.FINTECH),
                (organization, bySlug) -> organization.addAlias("twin"));
        signIn(port, EDITOR, PASSWORD);
        String header = "title_ko,title_en,kind,status,date,date_precision,parties,summary_ko,summary_en\n";
        String file = header
                + ",Import test one,mou,signed,2023-05-02,,kt; 우리 은행,,\n"
                + ",Import test two,mou,signed,2023년 6월,,woori-bank; TWIN,,\n"
                + ",Import test three,service_partnership,active,2023,,naver; woori-bank,,\n";

        upload(port, "agreements", "three-deals.csv", file);

        assertThat(total("create")).isEqualTo(2);
        assertThat(total("error")).isEqualTo(1);
        String error = browser.findElement(By.cssSelector("tr[data-row='2'] .import-row-error")).getText();
        assertThat(error).contains("parties").contains("import-twin-one, import-twin-two");
        Screenshots.save(browser, "import-preview-ambiguous");
        viewport(390, 844);
        Screenshots.save(browser, "import-preview-ambiguous-phone");
        viewport(1280, 900);

        browser.findElement(By.cssSelector("form.import-apply button[type=submit]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-error")));
        assertThat(jdbc.sql("select count(*) from agreements where title_en like 'Import test %'").query(Long.class).single()).isZero();

        upload(port, "agreements", "three-deals-fixed.csv", file.replace("; TWIN", "; import-twin-two"));
        assertThat(total("create")).isEqualTo(3);
        assertThat(total("error")).isZero();
        apply();

        List<Long> revisions = jdbc.sql("select distinct rev from agreements_aud where title_en like 'Import test %'").query(Long.class).list();
        assertThat(revisions).hasSize(1);
        long two = jdbc.sql("select id from agreements where title_en = 'Import test two'").query(Long.class).single();
        browser.get(url("/admin/history/AGREEMENT/" + two + "?lang=en"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Import: three-deals-fixed.csv (3 rows)");
    }

    private void signIn(int onPort, String username, String password) {
        browser.get("http://localhost:" + onPort + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin"));
    }

    private void upload(int onPort, String layout, String fileName, String content) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "import-browser-tests"));
        Path file = directory.resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.get("http://localhost:" + onPort + "/admin/import?lang=en");
        assertThat(browser.findElement(By.cssSelector(".import-too-large")).isDisplayed())
                .as("the size warning before any file is chosen").isFalse();
        new Select(browser.findElement(By.id("layout"))).selectByValue(layout);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.import-upload button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".import-totals")));
    }

    private void apply() {
        browser.findElement(By.cssSelector("form.import-apply button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".import-done")));
    }

    private static long total(String outcome) {
        return Long.parseLong(browser.findElement(By.cssSelector(".import-total-" + outcome + " .number")).getText().replace(",", ""));
    }

    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>(CsvReader.read(csv.startsWith("\uFEFF") ? csv.substring(1) : csv));
        rows.remove(0);
        rows.removeIf(row -> row.get(0).startsWith("#"));
        return rows;
    }

    /** Every row without what differs between instances by design: ids, addresses and sources (not imported). */
    private static Set<List<String>> comparable(String csv) {
        List<List<String>> all = new ArrayList<>(CsvReader.read(csv.startsWith("\uFEFF") ? csv.substring(1) : csv));
        List<String> header = all.remove(0);
        Set<List<String>> rows = new HashSet<>();
        for (List<String> row : all) {
            if (row.get(0).startsWith("#")) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (!List.of("id", "url", "sources").contains(header.get(i))) {
                    kept.add(header.get(i) + "=" + row.get(i));
                }
            }
            rows.add(kept);
        }
        return rows;
    }

    private static void Browser_clear() {
        com.partnershiptracker.support.Browser.clear(browser);
    }
}
