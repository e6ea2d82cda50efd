package com.partnershiptracker.web;

import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementService;
import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.HostileInputWebTest;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.partnershiptracker.support.WebSession.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 5, over real HTTP as an admin: a cycle in the group structure is refused by the
 * form and by restore; restore answers 404, 400 or 409 with its reasons, never 500, for every kind
 * of record; a citation removed or attached from a stale page changes nothing. (Two editors at
 * once: ConcurrentParentChangeTests.) It saves records, so it runs on the database of its own that
 * hostile-input tests share, never on the one the seed-reading tests read.
 */
@HostileInputWebTest
@Import(TestRecords.class)
class RecordIntegrityTests {

    static final String ADMIN = "record-keeper";
    static final String PASSWORD = "Kx9 record keeper's long passphrase";
    static final String CYCLE_MESSAGE = "An organization cannot sit under itself or under one of its own affiliates.";

    /** Each kind of record with a history, and its table. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("ORGANIZATION", "organizations");
        KINDS.put("RELATION", "organization_relations");
        KINDS.put("PERSON", "people");
        KINDS.put("POSITION", "positions");
        KINDS.put("AGREEMENT", "agreements");
        KINDS.put("INITIATIVE", "initiatives");
        KINDS.put("METRIC", "metrics");
        KINDS.put("STATEMENT", "statements");
        KINDS.put("SOURCE", "sources");
    }

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("5. The record cannot be corrupted");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRecords records;

    @Autowired
    OrganizationService organizations;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    StatementService statements;

    @Autowired
    UserAccountService users;

    WebSession admin;

    @BeforeEach
    void signIn() {
        if (users.findByUsername(ADMIN).isEmpty()) {
            users.create(ADMIN, PASSWORD, Role.ADMIN);
        }
        admin = new WebSession(port);
        assertThat(admin.signIn(ADMIN, PASSWORD).location()).endsWith("/admin");
        admin.get("/admin");
    }

    @Test
    void editingAnOrganizationsParentToItsOwnDescendantIsAFieldError() {
        Organization x = records.organization("integrity-x", OrganizationKind.FINANCIAL_GROUP);
        Organization y = records.organization("integrity-y", OrganizationKind.BANK, x);
        records.organization("integrity-z", OrganizationKind.OTHER, y);

        String page = admin.get("/admin/organizations/integrity-x/edit").body();
        WebSession.Answer answer = admin.post("/admin/organizations/integrity-x/edit", form("slug", "integrity-x",
                "nameEn", "X", "kind", "FINANCIAL_GROUP", "parent", "integrity-z", "version", WebSession.hiddenValue(page, "version")));

        boolean refused = answer.status() == 200 && answer.body().contains(CYCLE_MESSAGE) && parentOf("integrity-x") == null;
        MARKS.record("A cycle by the admin form (X → Z → Y → X, through unloaded parents)",
                answer.status() + (answer.body().contains(CYCLE_MESSAGE) ? " with the field error" : " without the field error")
                        + ", X's parent " + (parentOf("integrity-x") == null ? "unchanged" : "CHANGED"), refused);
        assertThat(refused).as(answer.body()).isTrue();
    }

    @Test
    void restoringAParentThatNowSitsBelowTheOrganizationIsA409ThatNamesIt() {
        Organization a = records.organization("integrity-a", OrganizationKind.FINANCIAL_GROUP);
        Organization b = records.organization("integrity-b", OrganizationKind.BANK);
        Organization underB = organizations.update(a.getId(), a.getVersion(), (o, bySlug) -> o.placeUnder(bySlug.apply("integrity-b").orElseThrow()));
        long aUnderB = newestRevisionOf("organizations", a.getId());
        organizations.update(a.getId(), underB.getVersion(), (o, bySlug) -> o.placeUnder(null));
        Organization bNow = organizations.getById(b.getId());
        organizations.update(b.getId(), bNow.getVersion(), (o, bySlug) -> o.placeUnder(bySlug.apply("integrity-a").orElseThrow()));

        WebSession.Answer answer = restore("ORGANIZATION", a.getId(), aUnderB, versionOf("organizations", a.getId()));

        boolean refused = answer.status() == 409 && answer.body().contains("would put the organization under itself")
                && answer.body().contains("/admin/history/ORGANIZATION/" + b.getId()) && parentOf("integrity-a") == null;
        MARKS.record("A cycle by restore (an old parent that now sits below the organization)",
                answer.status() + ", reason and link " + (refused ? "shown" : "MISSING") + ", parent "
                        + (parentOf("integrity-a") == null ? "unchanged" : "CHANGED"), refused);
        assertThat(refused).as(answer.body()).isTrue();
    }

    @Test
    void restoringOntoATakenSlugOrADeletedParentIsA409WithTheRecordInTheWay() {
        Organization renamed = records.organization("integrity-old-slug", OrganizationKind.FINTECH);
        long oldSlugRevision = newestRevisionOf("organizations", renamed.getId());
        organizations.update(renamed.getId(), renamed.getVersion(), (o, bySlug) -> o.changeSlug("integrity-new-slug"));
        Organization holder = records.organization("integrity-old-slug", OrganizationKind.BANK);
        WebSession.Answer taken = restore("ORGANIZATION", renamed.getId(), oldSlugRevision, versionOf("organizations", renamed.getId()));

        Organization parent = records.organization("integrity-parent", OrganizationKind.FINANCIAL_GROUP);
        Organization child = records.organization("integrity-child", OrganizationKind.BANK, parent);
        long underParent = newestRevisionOf("organizations", child.getId());
        organizations.update(child.getId(), child.getVersion(), (o, bySlug) -> o.placeUnder(null));
        organizations.delete(organizations.getById(parent.getId()));
        WebSession.Answer orphaned = restore("ORGANIZATION", child.getId(), underParent, versionOf("organizations", child.getId()));

        boolean takenRefused = taken.status() == 409 && taken.body().contains("Another record now has this value")
                && taken.body().contains("/admin/history/ORGANIZATION/" + holder.getId());
        boolean orphanRefused = orphaned.status() == 409 && orphaned.body().contains("has been deleted since")
                && orphaned.body().contains("/admin/history/ORGANIZATION/" + parent.getId());
        MARKS.record("Restore onto a slug that now belongs to another record", taken.status() + (takenRefused
                ? ", the record holding it linked" : ", reason missing"), takenRefused);
        MARKS.record("Restore of a version whose parent was deleted since", orphaned.status() + (orphanRefused
                ? ", the deleted parent linked" : ", reason missing"), orphanRefused);
        assertThat(takenRefused).as(taken.body()).isTrue();
        assertThat(orphanRefused).as(orphaned.body()).isTrue();
        assertThat(jdbc.sql("select slug from organizations where id = ?").param(renamed.getId()).query(String.class).single())
                .isEqualTo("integrity-new-slug");
    }

    @Test
    void restoreAnswers404Or400Or409ForEveryKindOfRecordAndNever500() {
        Map<String, Long> created = createOneOfEachKind();
        List<String> unexpected = new ArrayList<>();
        int[] counts = new int[4];
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            String table = kind.getValue();
            WebSession.Answer missing = restore(kind.getKey(), 99_999_999L, 1, 0);
            expect(missing, 404, kind.getKey() + " 99999999", unexpected, counts, 0);

            long id = created.get(kind.getKey());
            long version = versionOf(table, id);
            WebSession.Answer negative = restore(kind.getKey(), id, -1, version);
            expect(negative, 400, kind.getKey() + " revision -1", unexpected, counts, 1);

            long first = jdbc.sql("select min(rev) from " + table + "_aud where id = ?").param(id).query(Long.class).single();
            long before = jdbc.sql("select max(rev) from revinfo where rev < ?").param(first).query(Long.class).single();
            WebSession.Answer tooEarly = restore(kind.getKey(), id, before, version);
            expect(tooEarly, 409, kind.getKey() + " revision " + before + " before it existed", unexpected, counts, 2);
            if (tooEarly.status() == 409 && !tooEarly.body().contains("did not exist at revision")) {
                unexpected.add(kind.getKey() + ": the 409 does not say why");
            }

            Long seeded = jdbc.sql("select min(id) from " + table).query(Long.class).single();
            long seedRevision = jdbc.sql("select min(rev) from " + table + "_aud where id = ?").param(seeded).query(Long.class).single();
            WebSession.Answer back = restore(kind.getKey(), seeded, seedRevision, versionOf(table, seeded));
            if (back.status() >= 500 || (back.status() != 302 && back.status() != 409)) {
                unexpected.add(kind.getKey() + " seed version of #" + seeded + " → " + back.status());
            } else {
                counts[3]++;
            }
        }
        MARKS.record("Restore of a record that never existed (/admin/history/KIND/99999999/1/restore), every kind",
                counts[0] + " of " + KINDS.size() + " kinds answered 404", counts[0] == KINDS.size());
        MARKS.record("Restore of revision -1, every kind", counts[1] + " of " + KINDS.size() + " kinds answered 400",
                counts[1] == KINDS.size());
        MARKS.record("Restore of a revision from before the record existed, every kind",
                counts[2] + " of " + KINDS.size() + " kinds answered 409 with the reason", counts[2] == KINDS.size());
        MARKS.record("Restore of a seeded record's first version, every kind: restored or 409, never 5xx",
                counts[3] + " of " + KINDS.size() + " kinds; unexpected: " + unexpected, unexpected.isEmpty());
        assertThat(unexpected).isEmpty();
    }

    @Test
    void aCitationRemovedFromAStalePageIsA409AndRemovesNothing() {
        Organization fact = records.organization("integrity-cited", OrganizationKind.FINTECH);
        Source one = records.source("QUOTE-ONE source");
        Source two = records.source("QUOTE-TWO source");
        Source three = records.source("QUOTE-THREE source");
        Organization cited = organizations.update(fact.getId(), fact.getVersion(), (o, bySlug) -> {
            o.cite(Citation.supporting(one, "QUOTE-ONE"));
            o.cite(Citation.supporting(two, "QUOTE-TWO"));
            o.cite(Citation.supporting(three, "QUOTE-THREE"));
        });
        String version = String.valueOf(cited.getVersion());
        String page = admin.get("/organizations/integrity-cited").body();
        boolean pageCarriesVersion = page.contains("name=\"version\" value=\"" + version + "\"")
                && page.contains("name=\"source\" value=\"" + two.getId() + "\"");

        String base = "/admin/citations/ORGANIZATION/" + fact.getId() + "/";
        WebSession.Answer otherEditor = admin.post(base + "0/remove", form("version", version, "source", String.valueOf(one.getId())));
        WebSession.Answer stale = admin.post(base + "1/remove", form("version", version, "source", String.valueOf(two.getId())));
        List<String> quotes = jdbc.sql("select quote from organization_citations where organization_id = ? order by position")
                .param(fact.getId()).query(String.class).list();

        WebSession.Answer staleAttach = admin.post("/admin/citations/ORGANIZATION/" + fact.getId() + "/new",
                form("version", version, "source", String.valueOf(one.getId()), "quote", "QUOTE-FOUR"));
        long afterAttach = jdbc.sql("select count(*) from organization_citations where organization_id = ?").param(fact.getId())
                .query(Long.class).single();

        boolean held = pageCarriesVersion && otherEditor.status() == 302 && stale.status() == 409
                && stale.body().contains("Open the record as it is now") && quotes.equals(List.of("QUOTE-TWO", "QUOTE-THREE"));
        MARKS.record("Citation removal from a stale page (QUOTE-ONE removed meanwhile, the stale page removes QUOTE-TWO)",
                "fresh removal " + otherEditor.status() + ", stale removal " + stale.status() + ", left " + quotes, held);
        MARKS.record("Citation attached from a stale form", staleAttach.status() + ", " + afterAttach
                + " citations left (2 expected)", staleAttach.status() == 409 && afterAttach == 2);
        assertThat(pageCarriesVersion).as("the partner page's remove forms carry the version and the source").isTrue();
        assertThat(held).as(stale.body()).isTrue();
        assertThat(staleAttach.status()).isEqualTo(409);
        assertThat(afterAttach).isEqualTo(2);
    }

    @Test
    void aRestoreFromAStaleHistoryPageIsA409() {
        Organization record = records.organization("integrity-stale", OrganizationKind.FINTECH);
        long original = newestRevisionOf("organizations", record.getId());
        Organization renamed = organizations.update(record.getId(), record.getVersion(),
                (o, bySlug) -> o.rename(Bilingual.of(null, "Renamed once")));
        organizations.update(record.getId(), renamed.getVersion(), (o, bySlug) -> o.rename(Bilingual.of(null, "Renamed twice")));

        WebSession.Answer stale = restore("ORGANIZATION", record.getId(), original, renamed.getVersion());

        boolean refused = stale.status() == 409 && stale.body().contains("Nothing was restored");
        MARKS.record("Restore from a stale history page (the record saved since)", stale.status()
                + (refused ? " with the stale-page message" : ""), refused);
        assertThat(refused).as(stale.body()).isTrue();
        assertThat(jdbc.sql("select name_en from organizations where id = ?").param(record.getId()).query(String.class).single())
                .isEqualTo("Renamed twice");
    }

    @Test
    void aDeleteConfirmedOnAStalePageDeletesNothing() {
        Organization organization = records.organization("integrity-delete", OrganizationKind.FINTECH);
        String page = admin.get("/admin/organizations/integrity-delete/delete").body();
        String shown = WebSession.hiddenValue(page, "version");
        organizations.update(organization.getId(), organization.getVersion(), (o, bySlug) -> o.rename(Bilingual.of(null, "Renamed meanwhile")));
        WebSession.Answer stale = admin.post("/admin/organizations/integrity-delete/delete", form("version", shown));
        boolean kept = jdbc.sql("select count(*) from organizations where slug = 'integrity-delete'").query(Long.class).single() == 1;

        Organization other = records.organization("integrity-statement-owner", OrganizationKind.BANK);
        long statementId = statements.save(Statement.bySpokespersonOf(other, Bilingual.of(null, "Said once."))).getId();
        String statementPage = admin.get("/admin/statements/" + statementId + "/delete").body();
        String statementShown = WebSession.hiddenValue(statementPage, "version");
        jdbc.sql("update statements set version = version + 1 where id = ?").param(statementId).update();
        WebSession.Answer staleStatement = admin.post("/admin/statements/" + statementId + "/delete", form("version", statementShown));
        WebSession.Answer fresh = admin.post("/admin/statements/" + statementId + "/delete",
                form("version", WebSession.hiddenValue(staleStatement.body(), "version")));
        boolean statementGone = jdbc.sql("select count(*) from statements where id = ?").param(statementId).query(Long.class).single() == 0;

        boolean held = shown != null && stale.status() == 409 && stale.body().contains("Nothing was deleted") && kept
                && staleStatement.status() == 409 && fresh.status() == 302 && statementGone;
        MARKS.record("Delete confirmed on a stale page (organization; statement through the shared confirmation page)",
                "organization " + stale.status() + (kept ? ", kept" : ", DELETED") + "; statement " + staleStatement.status()
                        + ", then confirmed again at the version shown: " + fresh.status() + (statementGone ? ", deleted" : ""), held);
        assertThat(held).as(stale.body()).isTrue();
    }

    private Map<String, Long> createOneOfEachKind() {
        Map<String, Long> created = new LinkedHashMap<>();
        Source source = records.source("integrity every kind");
        Organization one = records.organization("integrity-kind-one", OrganizationKind.BANK);
        Organization two = records.organization("integrity-kind-two", OrganizationKind.FINTECH);
        created.put("ORGANIZATION", one.getId());
        created.put("SOURCE", source.getId());
        created.put("RELATION", organizations.save(new OrganizationRelation(one, RelationKind.SHAREHOLDER_OF, two)).getId());
        var position = records.position("integrity-person", one, PartialDate.ofYear(2021), source);
        created.put("POSITION", position.getId());
        created.put("PERSON", jdbc.sql("select id from people where slug = 'integrity-person'").query(Long.class).single());
        created.put("AGREEMENT", records.agreement("Integrity MOU", PartialDate.ofYear(2021), source, one, two).getId());
        var initiative = records.initiative("Integrity service", PartialDate.ofYear(2021), source, one);
        created.put("INITIATIVE", initiative.getId());
        Metric metric = Metric.actual(one, null, Bilingual.of(null, "integrity users"));
        metric.record(BigDecimal.ONE, "users", null);
        created.put("METRIC", initiatives.save(metric).getId());
        created.put("STATEMENT", statements.save(Statement.bySpokespersonOf(one, Bilingual.of(null, "Integrity."))).getId());
        return created;
    }

    private static void expect(WebSession.Answer answer, int status, String what, List<String> unexpected, int[] counts, int slot) {
        if (answer.status() == status) {
            counts[slot]++;
        } else {
            unexpected.add(what + " → " + answer.status());
        }
    }

    private WebSession.Answer restore(String kind, long id, long revision, long version) {
        return admin.post("/admin/history/" + kind + "/" + id + "/" + revision + "/restore", form("version", String.valueOf(version)));
    }

    private long newestRevisionOf(String table, long id) {
        return jdbc.sql("select max(rev) from " + table + "_aud where id = ?").param(id).query(Long.class).single();
    }

    private long versionOf(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    private Long parentOf(String slug) {
        return jdbc.sql("select parent_id from organizations where slug = ?").param(slug).query(Long.class).optional().orElse(null);
    }
}
