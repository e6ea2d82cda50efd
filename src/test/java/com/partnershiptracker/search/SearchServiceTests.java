package com.partnershiptracker.search;

import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.organization.OrganizationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

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

    @Test
    void oneStatementWhateverTheNumberOfMatchesAndEachKindIsCapped() {
        int before = statements.countWhile(() -> search.search("searchable"));
        for (int i = 0; i < SearchService.PER_KIND + 5; i++) {
            records.organization("searchable-" + i, OrganizationKind.FINTECH);
        }
        SqlStatementCounter.Counted<SearchResults> counted = statements.count(() -> search.search("searchable"));
        assertThat(counted.statements()).isEqualTo(before).isEqualTo(1);
        assertThat(counted.result().groups().get(SearchKind.ORGANIZATION)).hasSize(SearchService.PER_KIND);
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
