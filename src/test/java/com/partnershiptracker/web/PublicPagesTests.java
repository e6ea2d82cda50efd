package com.partnershiptracker.web;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages over real HTTP against the seeded PostgreSQL database. */
@SeededWebTest
class PublicPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    SqlStatementCounter statements;

    @ParameterizedTest(name = "{0} shows {1}")
    @CsvSource(delimiter = '|', value = {
            "/|Kakao Pay",
            "/timeline|Verbal pledge by Sohn Tae-seung and Koo Hyun-mo",
            "/timeline?partner=kt&order=newest_first|Strategic MOU for finance–ICT convergence",
            "/agreements|6 agreements",
            "/agreements?partner=kt|2 agreements",
            "/organizations|Internet-only bank",
            "/organizations/kakao-pay|MOU on joint development of and cooperation in digital financial services",
            "/organizations/kakao-pay/initiatives|Woori Bank online loans in Kakao Pay",
            "/organizations/woori-financial-group/people|Sohn Tae-seung",
            "/organizations/woori-financial-group/figures|15,000,000",
            "/organizations/woori-financial-group/statements|class=\"section-list\"",
            "/organizations/kakao-pay/sources|class=\"section-list\"",
            "/organizations/kakao-pay/statements|The record holds none for Kakao Pay yet.",
            "/organizations/k-bank|major shareholder",
            "/initiatives|MyData joint venture",
            "/people|Sohn Tae-seung",
            "/people/kwon-kwang-seok|24 March 2020",
            "/sources|이투데이",
            "/timeline?lang=ko|2020년 6월",
            "/search?q=%EC%B9%B4%EC%B9%B4%EC%98%A4|<mark>카카오</mark><span>페이</span>",
            "/search?q=kakao|Kakao Pay",
            "/network|href=\"/organizations/kakao-pay\"",
            "/network?lang=ko|카카오페이",
            "/organizations/kt|data-network-source=\"/api/v1/network?partner=kt&amp;affiliates=true\""})
    void pagesRenderTheSeededRecord(String path, String expected) {
        HttpResponse<String> response = Http.get(port, path, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(expected);
    }

    @Test
    void everyAgreementInitiativeAndSourcePageRenders() {
        for (int id = 1; id <= 5; id++) {
            assertThat(Http.get(port, "/sources/" + id, "en").statusCode()).isEqualTo(200);
        }
        for (int id = 1; id <= 6; id++) {
            assertThat(Http.get(port, "/agreements/" + id, "ko").statusCode()).isEqualTo(200);
        }
        for (int id = 1; id <= 31; id++) {
            assertThat(Http.get(port, "/initiatives/" + id, "en").statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource(delimiter = '|', value = {
            "/organizations/no-such-partner|404",
            "/organizations/no-such-partner/people|404",
            "/agreements/999999|404",
            "/people/nobody|404",
            "/agreements/abc|400",
            "/agreements/99999999999999999999|400",
            "/timeline?from=2020-13|400",
            "/timeline?to=yesterday|400",
            "/timeline?kind=SPACESHIP|400",
            "/agreements?sort=password|400",
            "/agreements?page=abc|400",
            "/agreements?page=-1&size=1000000|200",
            "/timeline?partner=%00|200",
            "/search?q=%25|200",
            "/search?q=%00|200",
            "/network?from=abc|400",
            "/network?to=2020-02-30|400",
            "/network?partner=%00|200",
            "/network?from=2030&to=1990|200",
            "/api/v1/network?from=abc|400",
            "/api/v1/timeline/chart?from=2020-13|400",
            "/timeline?view=spaceship|200",
            "/no/such/page|404"})
    void badInputGetsAClearAnswerNeverAServerError(String path, int expected) {
        HttpResponse<String> response = Http.get(port, path, "en");
        assertThat(response.statusCode()).isEqualTo(expected);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void errorPagesComeInTheUsersLanguage() {
        assertThat(Http.get(port, "/organizations/no-such-partner", "ko").body()).contains("찾을 수 없습니다");
        assertThat(Http.get(port, "/organizations/no-such-partner", "en").body()).contains("Not found");
    }

    @ParameterizedTest(name = "{0} costs the same statements as {1}")
    @CsvSource(delimiter = '|', value = {
            "/timeline?partner=kakao-pay|/timeline?partner=woori-financial-group&affiliates=true&size=100",
            "/agreements?partner=kakao-pay|/agreements?partner=woori-financial-group&affiliates=true",
            "/organizations/kakao-pay|/organizations/woori-financial-group",
            "/organizations/woori-financial-group/initiatives?size=1|/organizations/woori-financial-group/initiatives?size=5",
            "/organizations/woori-financial-group/people?size=1|/organizations/woori-financial-group/people?size=5",
            "/organizations/woori-financial-group/figures?size=1|/organizations/woori-financial-group/figures?size=5",
            "/organizations/woori-financial-group/statements?size=1|/organizations/woori-financial-group/statements?size=5",
            "/organizations/woori-financial-group/sources?size=1|/organizations/woori-financial-group/sources?size=5",
            "/search?q=toss|/search?q=woori",
            "/network?partner=kakao-pay|/network",
            "/api/v1/network?partner=kakao-pay|/api/v1/network",
            "/timeline?view=chart&partner=kakao-pay|/timeline?view=chart",
            "/api/v1/timeline/chart?partner=kakao-pay|/api/v1/timeline/chart"})
    void aPageCostsAFixedNumberOfStatementsWhateverTheNumberOfRows(String few, String many) {
        Http.get(port, few, "en");
        Http.get(port, many, "en");
        long fewRows = beyondTheChangeStamp(statements.statementsWhile(() -> assertThat(Http.get(port, few, "en").statusCode()).isEqualTo(200)));
        long manyRows = beyondTheChangeStamp(statements.statementsWhile(() -> assertThat(Http.get(port, many, "en").statusCode()).isEqualTo(200)));
        assertThat(manyRows).isEqualTo(fewRows).isPositive();
    }

    /**
     * A page that consults the group structure reads the change stamp once (in production the page cache has read it
     * already, for every anonymous page); this test compares what the rows cost.
     */
    private static long beyondTheChangeStamp(List<String> sent) {
        return sent.stream().filter(sql -> !sql.contains("from revinfo")).count();
    }

    @ParameterizedTest(name = "{0} costs at most 5 statements")
    @CsvSource({"/", "/timeline?partner=kt", "/agreements?partner=kt&partner=kakao-pay",
            "/organizations/woori-financial-group/initiatives",
            "/organizations/woori-financial-group/people", "/organizations/woori-financial-group/figures",
            "/organizations/woori-financial-group/statements", "/organizations/woori-financial-group/sources", "/api/v1/timeline?partner=kt", "/search?q=%EB%A7%88%EC%9D%B4",
            "/agreements?page=2", "/initiatives", "/people", "/sources", "/network", "/api/v1/timeline/chart"})
    void aPublicPageCostsAtMostFiveStatements(String path) {
        Http.get(port, path, "en");
        List<String> sent = statements.statementsWhile(
                () -> assertThat(Http.get(port, path, "en").statusCode()).isEqualTo(200));
        assertThat(sent).as(String.join("\n\n", sent)).hasSizeLessThanOrEqualTo(5);
    }

    /**
     * A partner's page reads seven parts, each in one statement whatever its rows: the organization, its
     * relations, its summary, the relationships table (page and total), the newest timeline entries under
     * the chart and the record from MOU to launch; as of a day, two more read the positions held and the
     * figures recorded by then. One more reads the change stamp that the group structure is checked against (in
     * production the page cache has read it already).
     */
    @ParameterizedTest(name = "{0} costs at most {1} statements")
    @CsvSource({"/organizations/kt,8", "/organizations/woori-financial-group,8", "/organizations/woori-bank?asOf=2020-08-01,10"})
    void aPartnersPageCostsAFewStatements(String path, int most) {
        Http.get(port, path, "en");
        List<String> sent = statements.statementsWhile(
                () -> assertThat(Http.get(port, path, "en").statusCode()).isEqualTo(200));
        assertThat(sent).as(String.join("\n\n", sent)).hasSizeLessThanOrEqualTo(most);
    }
}
