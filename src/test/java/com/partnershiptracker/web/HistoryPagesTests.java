package com.partnershiptracker.web;

import com.partnershiptracker.audit.AuditedKind;
import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.audit.HistoryService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The history pages of seeded records, over real HTTP: what they say and what they cost. */
@SeededWebTest
class HistoryPagesTests {

    static final String ADMIN = "history-pages-admin";
    static final String PASSWORD = "saffron meadow lantern voyage";
    static final Pattern HEADING = Pattern.compile("<h1>([^<]*)</h1>");
    static final Pattern FIELD_CHANGE = Pattern.compile("class=\"field-change\">([^<]*)</li>");

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;

    @Autowired
    OrganizationService organizations;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    WebSession admin;

    @BeforeEach
    void signIn() {
        if (users.findByUsername(ADMIN).isEmpty()) {
            users.create(ADMIN, PASSWORD, Role.ADMIN);
        }
        admin = new WebSession(port);
        assertThat(admin.signIn(ADMIN, PASSWORD).location()).endsWith("/admin");
    }

    @AfterEach
    void forgetTheDeletedOrganization() {
        jdbc.sql("delete from organization_aliases_aud where organization_id in (select id from organizations_aud where slug = 'history-pages-gone')").update();
        jdbc.sql("delete from organizations_aud where slug = 'history-pages-gone'").update();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AuditedKind.class)
    void everyKindsHistoryIsHeadedByTheRecordsNameAndNamesEachFieldInWords(AuditedKind kind) {
        long id = jdbc.sql("select min(id) from " + table(kind)).query(Long.class).single();
        String name = jdbc.sql(kind == AuditedKind.SOURCE ? "select coalesce(headline_en, headline_ko) from sources where id = :id"
                        : "select title_en from fact_labels where fact_kind = '" + kind + "' and fact_id = :id")
                .param("id", id).query(String.class).single();

        WebSession.Answer page = admin.get("/admin/history/" + kind + "/" + id + "?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(heading(page)).startsWith(escaped(name)).doesNotContain("#" + id);
        List<String> changes = fieldChanges(page);
        assertThat(changes).isNotEmpty().allSatisfy(change -> assertThat(change).matches("(?s)[A-Z][A-Za-z ]*: .*"));
    }

    /**
     * Envers itself reads each record that an element of a collection refers to (a party's organization) with a
     * statement of its own: a to-one inside an embeddable has no relation description, so it is loaded at once
     * rather than proxied. What the page adds to Envers' reading (the names, the session) must not grow with the
     * number of parties and attendees.
     */
    @Test
    void theHistoryPageNamesAnyNumberOfPartiesAndAttendeesInAFixedNumberOfStatements() {
        String perAgreement = """
                select a.id from agreements a
                where (select count(*) from agreements_aud x where x.id = a.id) = 1
                order by (select count(*) from agreement_parties p where p.agreement_id = a.id)
                       + (select count(*) from agreement_attendees t where t.agreement_id = a.id) %s, a.id limit 1""";
        long few = jdbc.sql(perAgreement.formatted("asc")).query(Long.class).single();
        long many = jdbc.sql(perAgreement.formatted("desc")).query(Long.class).single();
        assertThat(references(many)).isGreaterThan(references(few) + 1);

        assertThat(pageBeyondEnvers(many)).isEqualTo(pageBeyondEnvers(few)).isPositive();
    }

    private int pageBeyondEnvers(long agreement) {
        String path = "/admin/history/AGREEMENT/" + agreement;
        admin.get(path);
        int page = statements.countWhile(() -> assertThat(admin.get(path).status()).isEqualTo(200));
        int envers = statements.countWhile(() -> history.historyOf(Agreement.class, agreement));
        return page - envers;
    }

    @Test
    void theHistoryOfADeletedRecordIsHeadedByItsNameAsLastStored() {
        Organization gone = organizations.create(
                new Organization("history-pages-gone", Bilingual.of("사라진 은행", "Vanished Bank"), OrganizationKind.BANK), (o, bySlug) -> { });
        organizations.update(gone.getId(), gone.getVersion(),
                (organization, bySlug) -> organization.rename(Bilingual.of("사라진 은행", "Vanished Bank Ltd")));
        organizations.delete(organizations.getBySlug("history-pages-gone"));

        WebSession.Answer english = admin.get("/admin/history/ORGANIZATION/" + gone.getId() + "?lang=en");
        WebSession.Answer korean = admin.get("/admin/history/ORGANIZATION/" + gone.getId() + "?lang=ko");
        admin.get("/?lang=en");

        assertThat(english.status()).isEqualTo(200);
        assertThat(heading(english)).isEqualTo("Vanished Bank Ltd · Organization history");
        assertThat(fieldChanges(english)).contains("Name in English: Vanished Bank → Vanished Bank Ltd");
        assertThat(heading(korean)).isEqualTo("사라진 은행 · 기관 이력");
        assertThat(admin.get("/admin/changes").body()).contains("Vanished Bank Ltd").doesNotContain("ORGANIZATION #" + gone.getId());
    }

    private int references(long agreement) {
        return jdbc.sql("""
                        select (select count(*) from agreement_parties where agreement_id = :id)
                             + (select count(*) from agreement_attendees where agreement_id = :id)""")
                .param("id", agreement).query(Integer.class).single();
    }

    private static String heading(WebSession.Answer page) {
        Matcher heading = HEADING.matcher(page.body());
        assertThat(heading.find()).as(page.body()).isTrue();
        return heading.group(1);
    }

    private static List<String> fieldChanges(WebSession.Answer page) {
        List<String> changes = new ArrayList<>();
        Matcher change = FIELD_CHANGE.matcher(page.body());
        while (change.find()) {
            changes.add(change.group(1));
        }
        return changes;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String table(AuditedKind kind) {
        return switch (kind) {
            case ORGANIZATION -> "organizations";
            case RELATION -> "organization_relations";
            case PERSON -> "people";
            case POSITION -> "positions";
            case AGREEMENT -> "agreements";
            case INITIATIVE -> "initiatives";
            case METRIC -> "metrics";
            case STATEMENT -> "statements";
            case SOURCE -> "sources";
        };
    }
}
