package com.partnershiptracker.review;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static com.partnershiptracker.support.WebSession.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP with review required, against PostgreSQL: an editor's saves wait as drafts; a reviewer
 * publishes them (one revision signed by both), sends them back with a comment, publishes several at once,
 * and resolves a draft whose record changed since in the three-way view.
 */
@ReviewRequiredWebTest
class ReviewWebTests {

    static final String EDITOR = "review-editor";
    static final String REVIEWER = "review-reviewer";
    static final String ADMIN = "review-admin";
    static final String PASSWORD = "heron lantern quarry ninety";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService users;

    WebSession editor;
    WebSession reviewer;
    String marker;

    @BeforeEach
    void signIn() {
        createIfMissing(EDITOR, Role.EDITOR);
        createIfMissing(REVIEWER, Role.REVIEWER);
        createIfMissing(ADMIN, Role.ADMIN);
        editor = signedIn(EDITOR);
        reviewer = signedIn(REVIEWER);
        marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void anEditorsNewOrganizationIsADraftUntilAReviewerPublishesItInOneRevisionSignedByBoth() {
        WebSession.Answer saved = editor.post("/admin/organizations/new",
                form("nameEn", "Draft " + marker, "nameKo", "", "kind", "FINTECH", "slug", ""));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).matches(".*/admin/drafts/\\d+");
        long draftId = Long.parseLong(saved.location().replaceAll(".*/", ""));
        assertThat(editor.get("/admin/drafts/" + draftId).body()).contains("Saved as a draft, waiting for review", "Draft " + marker);
        assertThat(jdbc.sql("select count(*) from organizations where name_en = :name").param("name", "Draft " + marker)
                .query(Long.class).single()).isZero();
        assertThat(new WebSession(port).get("/organizations/draft-" + marker).status()).isEqualTo(404);
        assertThat(editor.get("/admin/drafts").body()).contains("Draft " + marker, "Waiting for review");
        assertThat(editor.get("/admin").body()).contains("Your drafts", "Draft " + marker);

        String review = reviewer.get("/admin/review").body();
        assertThat(review).contains("Draft " + marker, "New record", EDITOR);
        WebSession.Answer published = reviewer.post("/admin/review/" + draftId + "/publish", form("version", versionOf(draftId)));
        assertThat(published.location()).endsWith("/admin/review");

        assertThat(new WebSession(port).get("/organizations/draft-" + marker).body()).contains("Draft " + marker);
        Map<String, Object> revision = jdbc.sql("""
                select r.username, r.reviewer, count(*) over () as revisions from organizations_aud a
                join revinfo r on r.rev = a.rev where a.slug = :slug""").param("slug", "draft-" + marker).query().singleRow();
        assertThat(revision).containsEntry("username", EDITOR).containsEntry("reviewer", REVIEWER).containsEntry("revisions", 1L);
        assertThat(jdbc.sql("select status from drafts where id = :id").param("id", draftId).query(String.class).single())
                .isEqualTo("PUBLISHED");
        assertThat(editor.get("/admin/drafts").body()).doesNotContain("Draft " + marker);
    }

    @Test
    void aDraftSentBackShowsItsEditorTheCommentAndTheEditorSubmitsItAgain() {
        String slug = jdbc.sql("select slug from people order by id limit 1").query(String.class).single();
        Map<String, String> fields = EditForms.fieldsOf(editor.get("/admin/people/" + slug + "/edit").body());
        fields.put("nameEn", "Person " + marker);
        long draftId = draftFrom(editor.post("/admin/people/" + slug + "/edit", fields));

        WebSession.Answer sentBack = reviewer.post("/admin/review/" + draftId + "/send-back",
                form("version", versionOf(draftId), "comment", "Cite the source for " + marker));
        assertThat(sentBack.location()).endsWith("/admin/review");
        assertThat(reviewer.get("/admin/review").body()).doesNotContain("Person " + marker);
        assertThat(editor.get("/admin/drafts").body()).contains("Sent back", "Cite the source for " + marker);
        assertThat(editor.get("/admin").body()).contains("Cite the source for " + marker);

        String reopened = editor.get("/admin/drafts/" + draftId).body();
        assertThat(reopened).contains("/admin/people/" + slug + "/edit?draft=" + draftId);
        Map<String, String> again = EditForms.fieldsOf(editor.get("/admin/people/" + slug + "/edit?draft=" + draftId).body());
        assertThat(again).containsEntry("nameEn", "Person " + marker).containsEntry("draft", String.valueOf(draftId));
        again.put("nameEn", "Person " + marker + " cited");
        assertThat(draftFrom(editor.post("/admin/people/" + slug + "/edit", again))).isEqualTo(draftId);
        assertThat(jdbc.sql("select status from drafts where id = :id").param("id", draftId).query(String.class).single())
                .isEqualTo("PENDING");
        assertThat(reviewer.get("/admin/review").body()).contains("Person " + marker + " cited");

        assertThat(editor.post("/admin/drafts/" + draftId + "/withdraw", form("version", versionOf(draftId))).location())
                .endsWith("/admin/drafts");
        assertThat(reviewer.get("/admin/review").body()).doesNotContain("Person " + marker);
        assertThat(new WebSession(port).get("/people/" + slug).body()).doesNotContain(marker);
    }

    @Test
    void aReviewerPublishesSeveralDraftsInOnePostEachInItsOwnRevision() {
        long[] sources = jdbc.sql("select id from sources order by id limit 2").query(Long.class).list().stream()
                .mapToLong(Long::longValue).toArray();
        long first = draftOfSourceNote(sources[0], "First " + marker);
        long second = draftOfSourceNote(sources[1], "Second " + marker);

        String body = "selected=" + enc(first + ":" + versionOf(first)) + "&selected=" + enc(second + ":" + versionOf(second));
        WebSession.Answer published = reviewer.postRaw("/admin/review/publish", body.getBytes(StandardCharsets.US_ASCII));
        assertThat(published.location()).endsWith("/admin/review");
        assertThat(reviewer.get("/admin/review").body()).contains("The selected drafts were published.");

        assertThat(jdbc.sql("select note from sources where id in (:ids) order by id").param("ids", java.util.List.of(sources[0], sources[1]))
                .query(String.class).list()).containsExactly("First " + marker, "Second " + marker);
        assertThat(jdbc.sql("""
                select count(distinct a.rev) from sources_aud a join revinfo r on r.rev = a.rev
                where a.note like :marker and r.username = :editor and r.reviewer = :reviewer""")
                .param("marker", "%" + marker).param("editor", EDITOR).param("reviewer", REVIEWER).query(Long.class).single())
                .isEqualTo(2L);
    }

    @Test
    void aDraftWhoseRecordChangedSinceIsResolvedInTheThreeWayViewThenPublished() {
        long agreementId = jdbc.sql("select id from agreements order by id limit 1").query(Long.class).single();
        Map<String, String> fields = EditForms.fieldsOf(editor.get("/admin/agreements/" + agreementId + "/edit").body());
        fields.put("summaryEn", "Editor summary " + marker);
        long draftId = draftFrom(editor.post("/admin/agreements/" + agreementId + "/edit", fields));

        WebSession admin = signedIn(ADMIN);
        Map<String, String> direct = EditForms.fieldsOf(admin.get("/admin/agreements/" + agreementId + "/edit").body());
        direct.put("summaryEn", "Admin summary " + marker);
        direct.put("placeEn", "Admin place " + marker);
        assertThat(admin.post("/admin/agreements/" + agreementId + "/edit", direct).location()).endsWith("/agreements/" + agreementId);

        assertThat(reviewer.get("/admin/review").body()).contains("Record changed since");
        WebSession.Answer refused = reviewer.post("/admin/review/" + draftId + "/publish", form("version", versionOf(draftId)));
        assertThat(refused.location()).endsWith("/admin/drafts/" + draftId);
        String threeWay = reviewer.get("/admin/drafts/" + draftId).body();
        assertThat(threeWay).contains("The record changed since the draft was made", "When the draft was made", "Published now",
                "Admin summary " + marker, "Editor summary " + marker, "Admin place " + marker, "name=\"resolvedAgainst\"");

        long publishedVersion = jdbc.sql("select version from agreements where id = :id").param("id", agreementId).query(Long.class).single();
        String resolution = "version=" + versionOf(draftId) + "&resolvedAgainst=" + publishedVersion + "&takeTheirs=placeEn";
        assertThat(reviewer.postRaw("/admin/review/" + draftId + "/publish", resolution.getBytes(StandardCharsets.US_ASCII))
                .location()).endsWith("/admin/review");

        Map<String, Object> agreement = jdbc.sql("select summary_en, place_en from agreements where id = :id")
                .param("id", agreementId).query().singleRow();
        assertThat(agreement).containsEntry("summary_en", "Editor summary " + marker).containsEntry("place_en", "Admin place " + marker);
    }

    @Test
    void anEditorsFormOpenedBeforeSomeoneElsesSaveGetsTheThreeWayPanelAndNoDraft() {
        long sourceId = jdbc.sql("select id from sources order by id desc limit 1").query(Long.class).single();
        Map<String, String> stale = EditForms.fieldsOf(editor.get("/admin/sources/" + sourceId + "/edit").body());
        WebSession admin = signedIn(ADMIN);
        Map<String, String> direct = EditForms.fieldsOf(admin.get("/admin/sources/" + sourceId + "/edit").body());
        direct.put("note", "Admin note " + marker);
        assertThat(admin.post("/admin/sources/" + sourceId + "/edit", direct).location()).endsWith("/sources/" + sourceId);
        long draftsBefore = jdbc.sql("select count(*) from drafts").query(Long.class).single();

        stale.put("author", "Editor author " + marker);
        editor.get("/admin/sources/" + sourceId + "/edit");
        WebSession.Answer refused = editor.post("/admin/sources/" + sourceId + "/edit", stale);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("conflict-panel", "Admin note " + marker, "Editor author " + marker);
        assertThat(jdbc.sql("select count(*) from drafts").query(Long.class).single()).isEqualTo(draftsBefore);
    }

    @Test
    void anEditorsNewPositionIsADraftOfThatPersonUntilPublished() {
        String slug = jdbc.sql("select slug from people order by id desc limit 1").query(String.class).single();
        String organization = jdbc.sql("select slug from organizations order by id limit 1").query(String.class).single();
        editor.get("/admin/people/" + slug + "/positions/new");
        long draftId = draftFrom(editor.post("/admin/people/" + slug + "/positions/new",
                form("organization", organization, "titleEn", "Title " + marker, "titleKo", "", "started.text", "2020")));
        assertThat(draftId).isPositive();
        assertThat(new WebSession(port).get("/people/" + slug).body()).doesNotContain("Title " + marker);
        assertThat(editor.get("/admin/drafts/" + draftId).body()).contains("/admin/people/" + slug + "/positions/new?draft=" + draftId);

        reviewer.post("/admin/review/" + draftId + "/publish", form("version", versionOf(draftId)));

        assertThat(new WebSession(port).get("/people/" + slug).body()).contains("Title " + marker);
    }

    @Test
    void whileCitationsAreNotDraftedOnlyAReviewerAttachesOrRemovesOne() {
        long sourceId = jdbc.sql("select id from sources order by id limit 1").query(Long.class).single();
        editor.get("/admin/sources/" + sourceId + "/edit");
        assertThat(editor.post("/admin/sources/" + sourceId + "/cite", form("quote", "x")).status()).isEqualTo(403);
        assertThat(editor.post("/admin/citations/ORGANIZATION/1/new", form("version", "0")).status()).isEqualTo(403);
        assertThat(reviewer.post("/admin/sources/" + sourceId + "/cite", form("quote", "x")).status()).isNotEqualTo(403);
    }

    @Test
    void aReviewerReadingKoreanSeesOnlyWhatAnEditorWritingEnglishChanged() {
        long agreementId = jdbc.sql("select id from agreements order by id limit 1 offset 1").query(Long.class).single();
        Map<String, String> fields = EditForms.fieldsOf(editor.get("/admin/agreements/" + agreementId + "/edit?lang=en").body());
        fields.put("summaryEn", "Summary in English " + marker);
        long draftId = draftFrom(editor.post("/admin/agreements/" + agreementId + "/edit", fields));

        String korean = reviewer.get("/admin/drafts/" + draftId + "?lang=ko").body();

        assertThat(org.jsoup.Jsoup.parse(korean).select("table.draft-changes tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("Summary in English " + marker));
        reviewer.get("/admin/drafts/" + draftId + "?lang=en");
    }

    @Test
    void anEditorCannotReviewAndSeesNoOtherEditorsDraft() {
        assertThat(editor.get("/admin/review").status()).isEqualTo(403);
        long draftId = draftFrom(reviewer.post("/admin/organizations/new",
                form("nameEn", "Reviewer direct " + marker, "kind", "FINTECH", "slug", "")));
        assertThat(draftId).as("a reviewer's own save is published at once, not drafted").isEqualTo(-1);
        WebSession other = signedIn(createIfMissing("review-other-editor", Role.EDITOR));
        long othersDraft = draftFrom(other.post("/admin/organizations/new", form("nameEn", "Other " + marker, "kind", "FINTECH", "slug", "")));
        assertThat(editor.get("/admin/drafts/" + othersDraft).status()).isEqualTo(404);
        assertThat(editor.get("/admin/drafts/" + othersDraft + "/preview").status()).isEqualTo(404);
        assertThat(new WebSession(port).get("/admin/drafts/" + othersDraft + "/preview").status()).isEqualTo(302);
    }

    @Test
    void thePreviewShowsThePublicPageWithTheDraftAndCommitsNothing() {
        long agreementId = jdbc.sql("select id from agreements order by id desc limit 1").query(Long.class).single();
        WebSession visitor = new WebSession(port);
        visitor.get("/agreements/" + agreementId);
        visitor.get("/agreements/" + agreementId);
        Map<String, String> fields = EditForms.fieldsOf(editor.get("/admin/agreements/" + agreementId + "/edit").body());
        fields.put("summaryEn", "Previewed summary " + marker);
        long draftId = draftFrom(editor.post("/admin/agreements/" + agreementId + "/edit", fields));
        long revisions = jdbc.sql("select count(*) from revinfo").query(Long.class).single();
        long version = jdbc.sql("select version from agreements where id = :id").param("id", agreementId).query(Long.class).single();

        WebSession.Answer preview = editor.get("/admin/drafts/" + draftId + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.headers()).containsIgnoringCase("cache-control: no-store");
        assertThat(preview.body()).contains("Draft preview", "Previewed summary " + marker);
        assertThat(reviewer.get("/admin/drafts/" + draftId + "/preview").body()).contains("Previewed summary " + marker);

        assertThat(jdbc.sql("select count(*) from revinfo").query(Long.class).single()).isEqualTo(revisions);
        assertThat(jdbc.sql("select version from agreements where id = :id").param("id", agreementId).query(Long.class).single())
                .isEqualTo(version);
        assertThat(visitor.get("/agreements/" + agreementId).body()).doesNotContain(marker).doesNotContain("Draft preview");
        assertThat(new WebSession(port).get("/agreements/" + agreementId).body()).doesNotContain(marker);
        editor.post("/admin/drafts/" + draftId + "/withdraw", form("version", versionOf(draftId)));
    }

    private long draftOfSourceNote(long sourceId, String note) {
        Map<String, String> fields = EditForms.fieldsOf(editor.get("/admin/sources/" + sourceId + "/edit").body());
        fields.put("note", note);
        return draftFrom(editor.post("/admin/sources/" + sourceId + "/edit", fields));
    }

    /** The draft a save made, or -1 when it was published at once. */
    private static long draftFrom(WebSession.Answer saved) {
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        return saved.location().matches(".*/admin/drafts/\\d+") ? Long.parseLong(saved.location().replaceAll(".*/", "")) : -1;
    }

    private String versionOf(long draftId) {
        return String.valueOf(jdbc.sql("select version from drafts where id = :id").param("id", draftId).query(Long.class).single());
    }

    private String createIfMissing(String username, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(username, PASSWORD, role);
        }
        return username;
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(username, PASSWORD).location()).endsWith("/admin");
        session.get("/admin");
        return session;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
