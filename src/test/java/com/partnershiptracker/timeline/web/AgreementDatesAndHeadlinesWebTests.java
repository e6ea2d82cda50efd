package com.partnershiptracker.timeline.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.CsvReader;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.TestRecords;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP against the seed: an agreement's announced date (2020-09) is a timeline entry of
 * its own, labelled "announced", on the page, in the API, the CSV file and the feed; dates= shows
 * some dates alone and ignores what is no date. The home page and the feed lead with what happened.
 * The agreement is this test's own, removed after it.
 */
@SeededWebTest
class AgreementDatesAndHeadlinesWebTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRecords records;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganizationService organizations;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    long agreementId;
    List<Long> organizationIds;

    @BeforeEach
    void recordAnAgreementAnnouncedBeforeItWasSigned() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long sourceId = jdbc.sql("select min(id) from sources").query(Long.class).single();
            Source source = entityManager.find(Source.class, sourceId);
            Organization bank = records.organization("dates-web-bank", OrganizationKind.BANK);
            Organization telecom = records.organization("dates-web-telecom", OrganizationKind.TELECOM);
            Agreement mou = records.agreement("Dates web MOU", PartialDate.ofDay(2020, 10, 5), source, bank, telecom);
            mou.announceOn(PartialDate.ofMonth(2020, 9));
            records.flush();
            agreementId = mou.getId();
            organizationIds = List.of(bank.getId(), telecom.getId());
        });
    }

    @AfterEach
    void removeIt() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            agreements.delete(agreementId);
            records.flush();
            organizationIds.forEach(id -> organizations.delete(entityManager.find(Organization.class, id)));
        });
    }

    @Test
    void theAnnouncedDateIsItsOwnEntryLabelledAnnouncedInBothLanguages() {
        String english = Http.get(port, "/timeline?partner=dates-web-bank", "en").body();
        assertThat(english).contains("Agreement announced", "Agreement signed",
                "dates-web-bank (en) and dates-web-telecom (en) announce Dates web MOU",
                "dates-web-bank (en) and dates-web-telecom (en) sign Dates web MOU", "September 2020");
        String korean = Http.get(port, "/timeline?partner=dates-web-bank", "ko").body();
        assertThat(korean).contains("협약 발표", "협약 체결", "dates-web-bank (ko)·dates-web-telecom (ko), Dates web MOU 협약 발표");
    }

    @Test
    void datesShowsThoseDatesAloneAndIgnoresWhatIsNoDate() {
        String signedOnly = Http.get(port, "/timeline?partner=dates-web-bank&dates=signed", "en").body();
        assertThat(signedOnly).contains("sign Dates web MOU").doesNotContain("announce Dates web MOU");
        assertThat(signedOnly).contains("name=\"dates\"").containsPattern("value=\"SIGNED\"\\s+checked");

        var nonsense = Http.get(port, "/timeline?partner=dates-web-bank&dates=tomorrow&dates=%00", "en");
        assertThat(nonsense.statusCode()).isEqualTo(200);
        assertThat(nonsense.body()).contains("sign Dates web MOU", "announce Dates web MOU");

        String api = Http.get(port, "/api/v1/timeline?partner=dates-web-bank&dates=announced", "en").body();
        assertThat(api).contains("\"kind\":\"AGREEMENT_ANNOUNCED\"", "\"agreementDate\":\"ANNOUNCED\"").doesNotContain("\"SIGNED\"");
        assertThat(Http.get(port, "/api/v1/timeline?dates=bogus&size=1", "en").statusCode()).isEqualTo(400);
        assertThat(Http.get(port, "/timeline.atom?dates=bogus", "en").statusCode()).isEqualTo(200);
    }

    @Test
    void theCsvAndTheFeedCarryEveryDate() {
        List<List<String>> rows = CsvReader.read(Http.get(port, "/timeline.csv?partner=dates-web-bank", "en").body().substring(1));
        assertThat(rows).filteredOn(row -> row.size() > 2).extracting(row -> row.get(0) + " " + row.get(2)).contains("2020-09 AGREEMENT_ANNOUNCED", "2020-10-05 AGREEMENT");
        assertThat(rows).filteredOn(row -> row.size() > 10).extracting(row -> row.get(2) + " " + row.get(10))
                .contains("kind agreement_date", "AGREEMENT_ANNOUNCED announced", "AGREEMENT signed");
        assertThat(CsvReader.read(Http.get(port, "/timeline.csv?partner=dates-web-bank&dates=announced", "en").body().substring(1)))
                .filteredOn(row -> row.size() > 2).extracting(row -> row.get(2)).containsExactly("kind", "AGREEMENT_ANNOUNCED");

        String feed = Http.get(port, "/timeline.atom?partner=dates-web-bank", "en").body();
        assertThat(feed).contains("<title>dates-web-bank (en) and dates-web-telecom (en) sign Dates web MOU</title>",
                "<title>dates-web-bank (en) and dates-web-telecom (en) announce Dates web MOU</title>",
                "Agreement announced · September 2020 · dates-web-bank (en), dates-web-telecom (en)");
    }

    @Test
    void theHomePageAndTheFeedLeadWithWhatHappened() {
        String home = Http.get(port, "/", "en").body();
        assertThat(home).contains("Woori WON Banking monthly active users reaches 7,190,000 people",
                "Sohn Tae-seung: ‘Concentrate all of the group&#39;s capabilities on becoming the leading digital financial group’");
        // What happened comes first, then when, its kind and who.
        int headline = home.indexOf("reaches 7,190,000 people");
        assertThat(home.substring(headline, home.indexOf("</li>", headline))).contains("October 2022", "Figure", "Woori Bank");
        String homeKo = Http.get(port, "/", "ko").body();
        assertThat(homeKo).contains("우리WON뱅킹 월간활성사용자수(MAU) 719만 명 기록", "손태승: “디지털 리딩 금융그룹 도약을 위해 그룹의 전체 역량을 집중해 달라”");

        String feed = Http.get(port, "/timeline.atom", "ko").body();
        assertThat(feed).contains("<title>우리WON뱅킹 월간활성사용자수(MAU) 719만 명 기록</title>",
                "<title>KT·우리금융그룹, 금융·ICT 융합을 위한 전략적 업무협약 체결</title>");
        assertThat(Http.get(port, "/timeline.atom", "en").body())
                .contains("<title>KT and Woori Financial Group sign Strategic MOU for finance–ICT convergence</title>");
    }

    @Test
    void theSourcesPageWritesTheFiguresItSupportsInTheReadersLanguage() {
        long source = jdbc.sql("select id from sources where headline_ko like '적은 비용으로 최대 효과%'").query(Long.class).single();
        assertThat(Http.get(port, "/sources/" + source, "en").body())
                .contains("Deposits: KRW 22.3 trillion", "Customers: 12,940,000 people").doesNotContain("22315900000000");
        assertThat(Http.get(port, "/sources/" + source, "ko").body()).contains("수신잔액: 22조 3,159억 원", "고객수: 1,294만 명");
    }
}
