package com.partnershiptracker.importing.web;

import com.partnershiptracker.importing.ImportService;
import com.partnershiptracker.review.ReviewRequiredWebTest;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.partnershiptracker.support.WebSession.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With review required, an editor's import is a draft: nothing of it is public until a reviewer, who sees its row
 * plan, publishes it as one revision signed by both; a file planned again at publish with rows now in error is
 * refused unless the editor chose to skip them.
 */
@ReviewRequiredWebTest
class ImportDraftWebTests {

    static final String EDITOR = "import-draft-editor";
    static final String REVIEWER = "import-draft-reviewer";
    static final String PASSWORD = "copper lantern meadow ninety";
    static final String HEADER = "slug,name_ko,name_en,kind,parent,aliases,website,founded,founded_precision,dissolved,"
            + "dissolved_precision,description_ko,description_en\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService users;

    @Autowired
    ImportService imports;

    @Test
    void anEditorsImportIsPublicOnlyAfterAReviewerPublishesItAsOneRevisionSignedByBoth() {
        String marker = marker();
        String slug = "imported-" + marker;
        WebSession editor = signedIn(EDITOR, Role.EDITOR);
        String fileName = "draft-" + marker + ".csv";
        String upload = imports.upload("organizations", fileName,
                (HEADER + slug + ",," + "Imported " + marker + ",bank,,,,,,,,,\n").getBytes(StandardCharsets.UTF_8), EDITOR);

        long draft = draftFrom(editor.post("/admin/import/" + upload + "/apply", form()));

        assertThat(organizationsWithSlug(slug)).as("nothing saved before review").isZero();
        assertThat(new WebSession(port).get("/organizations/" + slug).status()).isEqualTo(404);
        assertThat(editor.get("/admin/drafts/" + draft).body()).contains("import-draft", "import-row-create", slug);
        // A day later another upload clears old files, but not the one the draft holds.
        jdbc.sql("update import_uploads set created_at = :old where id = :id").param("old", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2))
                .param("id", upload).update();
        imports.upload("organizations", "other.csv", (HEADER + "other-" + marker + ",,Other " + marker + ",bank,,,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8), EDITOR);
        assertThat(jdbc.sql("select count(*) from import_uploads where id = :id").param("id", upload).query(Long.class).single()).isOne();

        WebSession reviewer = signedIn(REVIEWER, Role.REVIEWER);
        String review = reviewer.get("/admin/review").body();
        assertThat(review).contains("import-draft", "import-row-create", slug).doesNotContain("import-draft-blocked");
        WebSession.Answer published = reviewer.post("/admin/review/" + draft + "/publish", form("version", versionOf(draft)));

        assertThat(published.location()).endsWith("/admin/review");
        assertThat(organizationsWithSlug(slug)).isOne();
        assertThat(new WebSession(port).get("/organizations/" + slug).body()).contains("Imported " + marker);
        List<Long> revisions = jdbc.sql("select distinct rev from organizations_aud where slug = :slug").param("slug", slug).query(Long.class).list();
        assertThat(revisions).hasSize(1);
        assertThat(jdbc.sql("select note || '|' || username || '|' || reviewer from revinfo where rev = :rev")
                .param("rev", revisions.get(0)).query(String.class).single())
                .isEqualTo("Import: " + fileName + " (1 rows)|" + EDITOR + "|" + REVIEWER);
        assertThat(jdbc.sql("select status from drafts where id = :id").param("id", draft).query(String.class).single()).isEqualTo("PUBLISHED");
    }

    @Test
    void rowsInErrorWhenPlannedAgainAtPublishBlockItUnlessTheEditorChoseToSkipThem() {
        String marker = marker();
        WebSession reviewer = signedIn(REVIEWER, Role.REVIEWER);
        applied(reviewer, HEADER + "parent-" + marker + ",,Parent " + marker + ",bank,,,,,,,,,\n");
        WebSession editor = signedIn(EDITOR, Role.EDITOR);
        String rows = HEADER + "child-" + marker + ",,Child " + marker + ",bank,Parent " + marker + ",,,,,,,,\n"
                + "sibling-" + marker + ",,Sibling " + marker + ",bank,,,,,,,,,\n";
        long strict = draftFrom(editor.post("/admin/import/" + imports.upload("organizations", "strict.csv",
                rows.getBytes(StandardCharsets.UTF_8), EDITOR) + "/apply", form()));
        long skipping = draftFrom(editor.post("/admin/import/" + imports.upload("organizations", "skipping.csv",
                rows.getBytes(StandardCharsets.UTF_8), EDITOR) + "/apply", form("skipInvalid", "true")));

        // Since the drafts were made, another organization goes by the parent's name: the child's parent is ambiguous.
        applied(reviewer, HEADER + "namesake-" + marker + ",,Namesake " + marker + ",bank,,Parent " + marker + ",,,,,,,\n");

        assertThat(reviewer.get("/admin/drafts/" + strict).body()).contains("import-draft-blocked", "import-row-error");
        assertThat(reviewer.get("/admin/drafts/" + skipping).body()).contains("import-draft-skips").doesNotContain("import-draft-blocked");
        reviewer.post("/admin/review/" + strict + "/publish", form("version", versionOf(strict)));
        assertThat(organizationsWithSlug("sibling-" + marker)).as("a blocked import saves nothing").isZero();
        assertThat(jdbc.sql("select status from drafts where id = :id").param("id", strict).query(String.class).single()).isEqualTo("PENDING");

        reviewer.post("/admin/review/" + skipping + "/publish", form("version", versionOf(skipping)));
        assertThat(organizationsWithSlug("sibling-" + marker)).isOne();
        assertThat(organizationsWithSlug("child-" + marker)).isZero();
    }

    private void applied(WebSession session, String csv) {
        String upload = imports.upload("organizations", "direct.csv", csv.getBytes(StandardCharsets.UTF_8), REVIEWER);
        assertThat(session.post("/admin/import/" + upload + "/apply", form()).location()).endsWith("/admin/import");
    }

    private long organizationsWithSlug(String slug) {
        return jdbc.sql("select count(*) from organizations where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private String versionOf(long draft) {
        return String.valueOf(jdbc.sql("select version from drafts where id = :id").param("id", draft).query(Long.class).single());
    }

    private static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
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
