package com.partnershiptracker.seed;

import com.partnershiptracker.source.QuoteCheck;
import com.partnershiptracker.source.UnfoundQuotes;
import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every quote of the seed is checked against its source's article text (stored by V23): all 151
 * occur in it. A quote or a text that stops matching fails this test.
 */
@SeededPostgresTest
class SeedQuotesTests {

    static final int SEED_QUOTES = 151;

    /**
     * Seed quotes known not to occur in their source's text, each with its reason, as
     * "KIND id-free label: quote". None: every seed quote is a verbatim copy of its article.
     */
    static final List<String> KNOWN_NOT_FOUND = List.of();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnfoundQuotes unfoundQuotes;

    @Autowired
    SqlStatementCounter statements;

    record SeedQuote(String kind, String headline, String quote, String text) {
    }

    List<SeedQuote> seedQuotes() {
        return jdbc.sql("""
                        select c.fact_kind, s.headline_ko, c.quote, s.article_text
                        from fact_citations c join sources s on s.id = c.source_id
                        order by c.fact_kind, c.fact_id, c.position""")
                .query((rs, n) -> new SeedQuote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @Test
    void everySeedSourceHasItsArticleText() {
        assertThat(jdbc.sql("select count(*) from sources where article_text is not null").query(Long.class).single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select article_text from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목'")
                .query(String.class).single())
                .startsWith("우리금융-KT, 전사적 협력체계…“디지털혁신 선도”")
                .contains("[매일일보 김정우 기자] 우리금융그룹과 KT가")
                .doesNotContain("댓글", "이 기사를 공유합니다", "상태바");
    }

    @Test
    void everySeedQuoteOccursInItsSourcesText() {
        List<SeedQuote> quotes = seedQuotes();
        assertThat(quotes).hasSize(SEED_QUOTES).allSatisfy(quote -> {
            assertThat(quote.quote()).isNotBlank();
            assertThat(quote.text()).isNotBlank();
        });
        List<String> notFound = quotes.stream()
                .filter(quote -> QuoteCheck.status(quote.text(), quote.quote()) != QuoteCheck.Status.FOUND)
                .map(quote -> quote.kind() + " " + quote.headline() + ": " + quote.quote())
                .toList();
        assertThat(notFound).as("seed quotes not found in their source's text").isEqualTo(KNOWN_NOT_FOUND);
        assertThat(quotes.size() - notFound.size()).isEqualTo(SEED_QUOTES - KNOWN_NOT_FOUND.size());
    }

    @Test
    void theSeedQuotesAreNotFoundInTextsTheyDoNotComeFrom() {
        String unrelated = "Woori Financial Group and KT signed a memorandum of understanding.";
        assertThat(seedQuotes()).noneMatch(quote -> QuoteCheck.status(unrelated, quote.quote()) == QuoteCheck.Status.FOUND);
    }

    @Test
    void theDashboardCheckFindsNoSeedQuoteMissingInOneStatement() {
        var counted = statements.count(unfoundQuotes::find);
        assertThat(counted.result().checked()).isEqualTo(SEED_QUOTES);
        assertThat(counted.result().notFound()).isZero();
        assertThat(counted.result().shown()).isEmpty();
        assertThat(counted.statements()).isEqualTo(1);
    }

    @Test
    void aMistypedQuoteIsListedWithItsRecordAndSourceInTheSameOneStatement() {
        jdbc.sql("""
                update agreement_citations set quote = '카카오페이와 디지털 금융 협약을 맺었다'
                where position = 0 and agreement_id = (select id from agreements where title_ko = '네이버 지도 영업점 대기 정보 서비스 제휴')""")
                .update();
        jdbc.sql("update sources set article_text = 'An unrelated text.' where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목'").update();

        var counted = statements.count(unfoundQuotes::find);

        UnfoundQuotes.Report report = counted.result();
        long changed = jdbc.sql("""
                select count(*) from fact_citations
                where source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
                   or quote = '카카오페이와 디지털 금융 협약을 맺었다'""")
                .query(Long.class).single();
        assertThat(changed).isGreaterThan(1);
        assertThat(report.notFound()).isEqualTo((int) changed);
        assertThat(report.checked()).isEqualTo(SEED_QUOTES);
        assertThat(report.shown()).hasSize(Math.min(report.notFound(), UnfoundQuotes.SHOWN));
        assertThat(report.shown()).anySatisfy(unfound -> {
            assertThat(unfound.quote()).isEqualTo("카카오페이와 디지털 금융 협약을 맺었다");
            assertThat(unfound.title().ko()).isEqualTo("네이버 지도 영업점 대기 정보 서비스 제휴");
            assertThat(unfound.link().path()).startsWith("/agreements/");
            assertThat(unfound.publisher()).isNotBlank();
        });
        assertThat(counted.statements()).isEqualTo(1);
    }
}
