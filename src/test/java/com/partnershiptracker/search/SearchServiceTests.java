package com.partnershiptracker.search;

import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.TextQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SeededPostgresTest
class SearchServiceTests {

    @Autowired
    SearchService search;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartialKoreanNameFindsTheLongerName() {
        assertThat(organizationKeys(search.search("카카오"))).contains("kakao", "kakao-pay");
    }

    @Test
    void englishNamesMatchWhateverTheCase() {
        assertThat(organizationKeys(search.search("kakao PAY"))).containsExactly("kakao-pay");
    }

    @Test
    void anAliasFindsItsOrganizationAndIsTheMatchedText() {
        SearchResults results = search.search("케뱅");
        List<SearchHit> organizations = results.groups().get(SearchKind.ORGANIZATION);
        assertThat(organizations).extracting(hit -> hit.link().key()).containsExactly("k-bank");
        assertThat(organizations.get(0).matchedText()).isEqualTo("케뱅");
    }

    @Test
    void findsPeopleStatementsAgreementsInitiativesAndSources() {
        assertThat(search.search("손태승").groups().get(SearchKind.PERSON)).isNotEmpty();
        assertThat(search.search("MOU").groups().get(SearchKind.AGREEMENT)).isNotEmpty();
        assertThat(search.search("마이데이터").groups().get(SearchKind.INITIATIVE)).isNotEmpty();
        assertThat(search.search("이투데이").groups().get(SearchKind.SOURCE)).isNotEmpty();
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertThat(search.search("%").isEmpty()).isTrue();
        assertThat(search.search("_").isEmpty()).isTrue();
    }

    @Test
    void aPercentSignOrAnUnderscoreInTheTextIsAPlainCharacter() {
        jdbc.sql("""
                insert into organizations (slug, name_ko, name_en, kind) values
                    ('rate-cut', '금리 50% 인하', 'Rate_cut Bank', 'BANK'),
                    ('rate-x-cut', '금리 5000 인하', 'Ratexcut Bank', 'BANK')""").update();

        assertThat(organizationKeys(search.search("0%"))).containsExactly("rate-cut");
        assertThat(organizationKeys(search.search("5%"))).isEmpty();
        assertThat(organizationKeys(search.search("50% 인하"))).containsExactly("rate-cut");
        assertThat(organizationKeys(search.search("e_c"))).containsExactly("rate-cut");
        assertThat(organizationKeys(search.search("RATE_CUT"))).containsExactly("rate-cut");
    }

    @Test
    void wordsShorterThanATrigramFindPartsOfLongerNames() {
        assertThat(organizationKeys(search.search("카카"))).contains("kakao", "kakao-pay");
        assertThat(organizationKeys(search.search("페이"))).contains("kakao-pay").doesNotContain("kakao");
        assertThat(organizationKeys(search.search("카"))).contains("kakao", "kakao-pay");
        assertThat(organizationKeys(search.search("Kt"))).contains("kt");
        assertThat(search.search("우리").groups().get(SearchKind.SOURCE)).isNotEmpty();
    }

    @Test
    void aShortWordMatchesWithinOneColumnNotAcrossTwo() {
        jdbc.sql("insert into organizations (slug, name_ko, name_en, kind) values ('two-columns', '가나', '다라', 'BANK')").update();

        assertThat(organizationKeys(search.search("나다"))).isEmpty();
        assertThat(organizationKeys(search.search("가나"))).containsExactly("two-columns");
    }

    @Test
    void blankTextFindsNothingWithoutAskingTheDatabase() {
        SqlStatementCounter.Counted<SearchResults> counted = statements.count(() -> search.search("   "));
        assertThat(counted.result().isEmpty()).isTrue();
        assertThat(counted.statements()).isZero();
    }

    @Test
    void aThousandCharacterQueryIsCutAndAnswered() {
        SearchResults results = search.search("카".repeat(1000));
        assertThat(results.query()).hasSize(200);
        assertThat(results.isEmpty()).isTrue();
    }

    /** Two statements on PostgreSQL: the plan settings for the transaction, and the search. */
    @Test
    void twoStatementsWhateverTheNumberOfMatchesAndEachKindIsCapped() {
        int before = statements.countWhile(() -> search.search("searchable"));
        for (int i = 0; i < SearchService.PER_KIND + 5; i++) {
            records.organization("searchable-" + i, OrganizationKind.FINTECH);
        }
        SqlStatementCounter.Counted<SearchResults> counted = statements.count(() -> search.search("searchable"));
        assertThat(counted.statements()).isEqualTo(before).isEqualTo(2);
        assertThat(counted.result().groups().get(SearchKind.ORGANIZATION)).hasSize(SearchService.PER_KIND);
        assertThat(search.search("se").groups().get(SearchKind.ORGANIZATION)).hasSize(SearchService.PER_KIND);
    }

    /**
     * The plan PostgreSQL makes for the search's own statement with the search's own settings: every
     * searched column's index is read, and no table is scanned. The seed is too small for the planner
     * to prefer an index by itself; the settings (enable_seqscan off for the search's transaction)
     * are part of what is tested. What this proves: every column the search matches has an index the
     * statement can use, for words of three letters (pg_trgm) and shorter ones (short_grams).
     */
    @Test
    void everySearchedColumnIsReadThroughAnIndexAndNoTableIsScanned() {
        String words = plan(Matching.LIKE, "카카오페이");
        String shortWords = plan(Matching.SHORT_GRAMS, "우리");

        assertThat(words).doesNotContain("Seq Scan").contains(
                "ix_organizations_name_ko_trgm", "ix_organizations_name_en_trgm", "ix_organizations_slug_trgm",
                "ix_organization_aliases_alias_trgm",
                "ix_agreements_title_ko_trgm", "ix_agreements_title_en_trgm",
                "ix_agreements_summary_ko_trgm", "ix_agreements_summary_en_trgm",
                "ix_initiatives_title_ko_trgm", "ix_initiatives_title_en_trgm",
                "ix_initiatives_description_ko_trgm", "ix_initiatives_description_en_trgm",
                "ix_people_name_ko_trgm", "ix_people_name_en_trgm", "ix_people_slug_trgm",
                "ix_statements_text_ko_trgm", "ix_statements_text_en_trgm",
                "ix_sources_headline_ko_trgm", "ix_sources_headline_en_trgm", "ix_sources_publisher_trgm");
        assertThat(shortWords).doesNotContain("Seq Scan").doesNotContain("_trgm").contains(
                "ix_organizations_short_grams", "ix_organization_aliases_short_grams", "ix_agreements_short_grams",
                "ix_initiatives_short_grams", "ix_people_short_grams", "ix_statements_short_grams", "ix_sources_short_grams");
    }

    private String plan(Matching matching, String text) {
        jdbc.sql(SearchService.PLAN_EVERY_SEARCH_FOR_ITS_TEXT_WITHOUT_SCANS).query().listOfRows();
        String lowered = text.toLowerCase(Locale.ROOT);
        return String.join("\n", jdbc.sql("explain " + SearchStatement.sql(matching))
                .param("pattern", TextQuery.containsPattern(text)).param("n", SearchService.PER_KIND)
                .param("lowered", lowered).param("grams", ShortGrams.of(lowered))
                .query(String.class).list());
    }

    @Test
    void postgresHasTrigramIndexesForTheSearchedColumns() {
        List<String> indexes = jdbc.sql("select indexname from pg_indexes where indexdef like '%gin_trgm_ops%'")
                .query(String.class).list();
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(6);
    }

    private static List<String> organizationKeys(SearchResults results) {
        return results.groups().get(SearchKind.ORGANIZATION).stream().map(hit -> hit.link().key()).toList();
    }
}
