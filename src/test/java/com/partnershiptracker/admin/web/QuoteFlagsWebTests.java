package com.partnershiptracker.admin.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.source.CitationService;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.partnershiptracker.support.WebSession.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP against the seed: a quote missing from its source's text is listed on the
 * dashboard, which reads the list in a fixed number of statements however many quotes are missing;
 * and a quote pasted by hand into the citation form (the way without JavaScript) is checked when it
 * is saved. What a test changes it puts back.
 */
@SeededWebTest
class QuoteFlagsWebTests {

    static final String EDITOR = "quote-checker";
    static final String PASSWORD = "amber quote checking passphrase";
    static final String AGREEMENT = "네이버 지도 영업점 대기 정보 서비스 제휴";
    static final String MAEIL = "손잡은 우리금융·KT·케뱅 시너지 주목";
    static final String ETODAY_HEADLINE_START = "'취임 6개월'";
    static final String MISTYPED = "네이버 지도와 손잡고 대기 번호표를 발급한다";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService users;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    CitationService citations;

    @Autowired
    AgreementService agreements;

    WebSession editor;
    long agreementId;
    String originalQuote;
    String originalText;

    @BeforeEach
    void signInAndRememberWhatIsChanged() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        editor = new WebSession(port);
        assertThat(editor.signIn(EDITOR, PASSWORD).location()).endsWith("/admin");
        agreementId = jdbc.sql("select id from agreements where title_ko = :title").param("title", AGREEMENT).query(Long.class).single();
        originalQuote = jdbc.sql("select quote from agreement_citations where agreement_id = :id and position = 0")
                .param("id", agreementId).query(String.class).single();
        originalText = jdbc.sql("select article_text from sources where headline_ko = :h").param("h", MAEIL).query(String.class).single();
    }

    @AfterEach
    void putItBack() {
        jdbc.sql("update agreement_citations set quote = :quote where agreement_id = :id and position = 0")
                .param("quote", originalQuote).param("id", agreementId).update();
        jdbc.sql("update sources set article_text = :text where headline_ko = :h").param("text", originalText).param("h", MAEIL).update();
    }

    @Test
    void withEverySeedQuoteFoundTheDashboardSaysNoneIsMissing() {
        String dashboard = editor.get("/admin").body();
        assertThat(dashboard).contains("Quotes not found in their source", "No quote is missing from its source", "of 151 checked")
                .doesNotContain("quote not found in the source text");
    }

    @Test
    void aQuoteMissingFromItsSourceTextIsListedOnTheDashboardWithItsRecordAndSource() {
        jdbc.sql("update agreement_citations set quote = :quote where agreement_id = :id and position = 0")
                .param("quote", MISTYPED).param("id", agreementId).update();
        long sourceId = jdbc.sql("select source_id from agreement_citations where agreement_id = :id and position = 0")
                .param("id", agreementId).query(Long.class).single();

        String dashboard = editor.get("/admin").body();

        assertThat(dashboard).contains("1 quote is missing from its source", "of 151 checked", MISTYPED,
                "quote not found in the source text", "href=\"/agreements/" + agreementId + "\"",
                "href=\"/admin/sources/" + sourceId + "/edit\"");
    }

    @Test
    void theDashboardCostsTheSameStatementsWhetherOneQuoteOrManyAreMissing() {
        jdbc.sql("update agreement_citations set quote = :quote where agreement_id = :id and position = 0")
                .param("quote", MISTYPED).param("id", agreementId).update();
        editor.get("/admin");
        int withOne = statements.countWhile(() -> editor.get("/admin"));

        jdbc.sql("update sources set article_text = 'An unrelated text.' where headline_ko = :h").param("h", MAEIL).update();
        String[] body = new String[1];
        int withMany = statements.countWhile(() -> body[0] = editor.get("/admin").body());

        assertThat(body[0]).containsPattern("\\d{2} quotes are missing from its source");
        assertThat(withMany).isEqualTo(withOne);
    }

    @Test
    void aQuotePastedByHandIsCheckedWhenTheCitationIsSaved() {
        long sourceId = jdbc.sql("select id from sources where headline_ko like :h").param("h", ETODAY_HEADLINE_START + "%")
                .query(Long.class).single();
        int position = jdbc.sql("select count(*) from agreement_citations where agreement_id = :id").param("id", agreementId)
                .query(Integer.class).single();
        String path = "/admin/citations/AGREEMENT/" + agreementId + "/new";
        editor.get(path);
        WebSession.Answer missing = editor.post(path, form("version", String.valueOf(agreements.getById(agreementId).getVersion()),
                "source", "#" + sourceId, "quote", MISTYPED));
        assertThat(missing.location()).endsWith("/agreements/" + agreementId);
        assertThat(editor.get("/agreements/" + agreementId).body()).contains("its quote was not found in the source text");
        assertThat(editor.get(path).body()).containsPattern("(?s)" + MISTYPED + "</q>\\s*<span class=\"badge text-bg-warning quote-not-found\">quote not found in the source text");
        citations.remove(Agreement.class, agreementId, position, sourceId, agreements.getById(agreementId).getVersion());

        editor.get(path);
        WebSession.Answer found = editor.post(path, form("version", String.valueOf(agreements.getById(agreementId).getVersion()),
                "source", "#" + sourceId, "quote", "네이버 지도에 우리은행 영업점 대기 고객 수 제공"));
        assertThat(found.location()).endsWith("/agreements/" + agreementId);
        assertThat(editor.get("/agreements/" + agreementId).body()).contains("Its quote was found in the source text.");
        citations.remove(Agreement.class, agreementId, position, sourceId, agreements.getById(agreementId).getVersion());
    }
}
