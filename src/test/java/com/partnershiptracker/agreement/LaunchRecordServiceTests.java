package com.partnershiptracker.agreement;

import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SeededPostgresTest
class LaunchRecordServiceTests {

    @Autowired
    LaunchRecordService launches;

    @Autowired
    OrganizationService organizations;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    TestRecords records;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void theSeedsKtAndKakaoPayMousAreDormantAtTwelveMonthsAndTheNaverTieUpIsNot() {
        List<String> titles = titles(launches.dormant(12, PageSlice.first()));

        assertThat(titles).containsSubsequence("Strategic MOU for finance–ICT convergence",
                "MOU on joint development of and cooperation in digital financial services");
        assertThat(titles).doesNotContain("Naver Map branch waiting-information tie-up",
                "Loan product tie-up with Toss's 'Find the right loan for me'",
                "Verbal pledge by Sohn Tae-seung and Koo Hyun-mo to cooperate on finance–ICT convergence");
    }

    @Test
    void aLaunchInsideTheWindowKeepsAnAgreementOffTheListAndOneAfterItDoesNot() {
        Source source = records.source("launch window");
        Organization a = records.organization("launch-a", OrganizationKind.BANK);
        Organization b = records.organization("launch-b", OrganizationKind.PLATFORM);
        YearMonth signed = YearMonth.now().minusMonths(40);
        Agreement quick = records.agreement("Quick launch", PartialDate.ofMonth(signed.getYear(), signed.getMonthValue()), source, a, b);
        Agreement slow = records.agreement("Slow launch", PartialDate.ofMonth(signed.getYear(), signed.getMonthValue()), source, a, b);
        launch(quick, signed.plusMonths(12), source, a);
        launch(slow, signed.plusMonths(13), source, a);
        records.flush();

        assertThat(titles(launches.dormant(12, new PageSlice(0, 100)))).contains("Slow launch").doesNotContain("Quick launch");
        assertThat(titles(launches.dormant(13, new PageSlice(0, 100)))).doesNotContain("Slow launch", "Quick launch");
    }

    @Test
    void aSigningKnownOnlyToTheYearCountsFromTheEndOfThatYear() {
        Source source = records.source("year only");
        Organization a = records.organization("year-a", OrganizationKind.BANK);
        Organization b = records.organization("year-b", OrganizationKind.PLATFORM);
        int thisYear = LocalDate.now().getYear();
        records.agreement("Signed last year", PartialDate.ofYear(thisYear - 1), source, a, b);
        records.agreement("Signed two years ago", PartialDate.ofYear(thisYear - 2), source, a, b);
        records.flush();

        // "Last year" may have been signed in December: twelve months from it have not surely passed this year.
        assertThat(titles(launches.dormant(12, new PageSlice(0, 100))))
                .contains("Signed two years ago").doesNotContain("Signed last year");
    }

    @Test
    void aPageOfDormantAgreementsCostsFiveStatementsHoweverManyRows() {
        int withSeed = statements.countWhile(() -> launches.dormant(12, new PageSlice(0, 100)));
        Source source = records.source("many dormant");
        Organization a = records.organization("many-a", OrganizationKind.BANK);
        Organization b = records.organization("many-b", OrganizationKind.PLATFORM);
        for (int i = 0; i < 30; i++) {
            records.agreement("Dormant " + i, PartialDate.ofDay(2015, 1, 1 + i), source, a, b);
        }
        records.flush();

        Page<AgreementDetails>[] page = new Page[1];
        int withMany = statements.countWhile(() -> page[0] = launches.dormant(12, new PageSlice(0, 100)));

        assertThat(page[0].getTotalElements()).isGreaterThanOrEqualTo(32);
        assertThat(page[0].getContent().get(0).title().en()).isEqualTo("Dormant 0");
        assertThat(withMany).isEqualTo(withSeed).isEqualTo(5);
    }

    @Test
    void aPartnersRecordCountsAgreementsLaunchesAndTheMedianMonthsToLaunch() {
        Organization wooriBank = organizations.findBySlug("woori-bank").orElseThrow();
        Organization kt = organizations.findBySlug("kt").orElseThrow();

        PartnerLaunches bank = launches.launchesOf(Set.of(wooriBank.getId()));
        PartnerLaunches ktRecord = launches.launchesOf(Set.of(kt.getId()));

        // Naver (signed July 2020, launched 3 August 2020: 1 month) and Toss (launched, undated) produced launches.
        assertThat(bank.agreements()).isEqualTo(5);
        assertThat(bank.launched()).isEqualTo(2);
        assertThat(bank.counted()).isEqualTo(1);
        assertThat(bank.medianMonths()).isEqualByComparingTo(BigDecimal.ONE);
        // Other tests add agreements of KT's to the shared seeded database, none with a launch.
        assertThat(ktRecord.agreements()).isGreaterThanOrEqualTo(2);
        assertThat(ktRecord.launched()).isZero();
        assertThat(ktRecord.medianMonths()).isNull();
    }

    @Test
    void theMedianOfAnEvenCountIsHalfwayBetweenTheMiddleTwo() {
        assertThat(PartnerLaunches.median(List.of(1, 4, 6, 20))).isEqualByComparingTo("5");
        assertThat(PartnerLaunches.median(List.of(1, 4))).isEqualByComparingTo("2.5");
        assertThat(PartnerLaunches.median(List.of(3))).isEqualByComparingTo("3");
    }

    private void launch(Agreement agreement, YearMonth on, Source source, Organization involved) {
        Initiative initiative = records.initiative(agreement.getTitle().en() + " service",
                PartialDate.ofMonth(on.getYear(), on.getMonthValue()), source, involved);
        initiative.stemFrom(agreement);
        initiatives.save(initiative);
    }

    private static List<String> titles(Page<AgreementDetails> page) {
        return page.getContent().stream().map(a -> a.title().en()).toList();
    }
}
