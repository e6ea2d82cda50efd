package com.partnershiptracker.seed;

import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.TimelineCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules the whole seed data set keeps: every fact cited, every source used, no invented precision. */
@SeededPostgresTest
class SeedIntegrityTests {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "every row of {0} has a citation")
    @CsvSource({
            "organizations, organization_citations, organization_id",
            "organization_relations, organization_relation_citations, organization_relation_id",
            "people, person_citations, person_id",
            "positions, position_citations, position_id",
            "agreements, agreement_citations, agreement_id",
            "initiatives, initiative_citations, initiative_id",
            "metrics, metric_citations, metric_id",
            "statements, statement_citations, statement_id"})
    void everyFactHasAtLeastOneCitation(String table, String citations, String key) {
        List<Long> uncited = jdbc.sql("select f.id from " + table + " f where not exists (select 1 from " + citations
                + " c where c." + key + " = f.id)").query(Long.class).list();
        assertThat(uncited).as("uncited rows of " + table).isEmpty();
        assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isPositive();
    }

    @Test
    void everyCitationHasAQuote() {
        assertThat(jdbc.sql("select count(*) from fact_citations where quote is null or quote = ''").query(Long.class).single())
                .isZero();
    }

    @Test
    void everySourceIsCited() {
        List<String> uncited = jdbc.sql("""
                select s.headline_ko from sources s
                where not exists (select 1 from fact_citations c where c.source_id = s.id)""").query(String.class).list();
        assertThat(uncited).isEmpty();
    }

    @Test
    void everyAgreementHasAtLeastTwoParties() {
        List<String> short_ = jdbc.sql("""
                select a.title_ko from agreements a
                where (select count(*) from agreement_parties p where p.agreement_id = a.id) < 2""").query(String.class).list();
        assertThat(short_).isEmpty();
    }

    @Test
    void everyInferredDateSaysHowItWasInferred() {
        List<String> unexplained = jdbc.sql("""
                select 'source ' || id from sources where published_inferred and published_note is null
                union all select 'organization ' || slug from organizations where founded_inferred and founded_note is null
                union all select 'position ' || id from positions where started_inferred and started_note is null
                union all select 'agreement ' || id from agreements
                    where (announced_inferred and announced_note is null) or (signed_inferred and signed_note is null)
                union all select 'initiative ' || id from initiatives
                    where (announced_inferred and announced_note is null) or (started_inferred and started_note is null)
                       or (launched_inferred and launched_note is null)
                union all select 'metric ' || id from metrics where as_of_inferred and as_of_note is null
                union all select 'statement ' || id from statements where stated_inferred and stated_note is null""")
                .query(String.class).list();
        assertThat(unexplained).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} is stored as a month, as the articles give it")
    @CsvSource(delimiter = '|', value = {
            "agreements|announced|title_ko = '손태승·구현모 금융·ICT 융합 협력 구두 약속'",
            "agreements|signed|title_ko = '네이버 지도 영업점 대기 정보 서비스 제휴'",
            "organizations|founded|slug = 'woori-digital-innovation-committee'",
            "organizations|founded|slug = 'woori-bank-dt-promotion-group'",
            "initiatives|started|title_ko = '빅데이터·AI 공동연수'",
            "initiatives|launched|title_ko = '우리WON저축은행'",
            "metrics|as_of|measure_ko = '우리WON뱅킹 월간활성사용자수(MAU)'"})
    void monthOnlyFactsAreNotStoredAsDays(String table, String date, String where) {
        String precision = jdbc.sql("select " + date + "_precision from " + table + " where " + where)
                .query(String.class).single();
        assertThat(precision).isEqualTo("MONTH");
    }

    @Test
    void noFactIsDatedMorePreciselyThanADay() {
        assertThat(jdbc.sql("select count(*) from timeline_entries where entry_precision not in ('YEAR', 'MONTH', 'DAY')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void factsTheArticlesGiveOnlyAYearForStayYearOnly() {
        List<String> yearOnly = jdbc.sql("""
                select title_ko from timeline_entries where entry_precision = 'YEAR'""").query(String.class).list();
        assertThat(yearOnly).contains("디지털 비전 'Digital for Better Life' 선포", "옥일진");
    }

    @Test
    void theSeededTimelineRowsAreThoseTheViewsDefine() {
        assertThat(jdbc.sql("select count(*) from timeline_entry_rows").query(Long.class).single()).isPositive();
        assertThat(TimelineCopy.differences(jdbc)).isEmpty();
    }
}
