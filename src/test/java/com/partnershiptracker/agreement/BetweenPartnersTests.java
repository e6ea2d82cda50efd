package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.PartnerMatch;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** match=all on the seed: agreements and timeline entries between all the chosen partners. */
@SeededPostgresTest
class BetweenPartnersTests {

    static final String STRATEGIC_MOU = "Strategic MOU for finance–ICT convergence";
    static final String VERBAL_PLEDGE = "Verbal pledge by Sohn Tae-seung and Koo Hyun-mo to cooperate on finance–ICT convergence";
    static final String K_BANK_CAPITAL = "K bank rights offering by its three largest shareholders";
    /** The seed's agreements; other tests add agreements of the seed's partners to the shared database, and are left out. */
    static final Set<String> SEED_AGREEMENTS = Set.of(STRATEGIC_MOU, VERBAL_PLEDGE, K_BANK_CAPITAL,
            "MOU on joint development of and cooperation in digital financial services",
            "Naver Map branch waiting-information tie-up", "Loan product tie-up with Toss's 'Find the right loan for me'");

    @Autowired
    AgreementService agreements;

    @Autowired
    TimelineService timeline;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void betweenKtAndWooriFinancialGroupAreTheirPledgeAndTheirStrategicMou() {
        assertThat(titles(agreementsOf(false, PartnerMatch.ALL, "kt", "woori-financial-group")))
                .containsExactlyInAnyOrder(STRATEGIC_MOU, VERBAL_PLEDGE);
    }

    @Test
    void betweenKtAndWooriBankAloneIsTheStrategicMouWhereWooriBankSigned() {
        assertThat(titles(agreementsOf(false, PartnerMatch.ALL, "kt", "woori-bank"))).containsExactly(STRATEGIC_MOU);
    }

    @Test
    void withAffiliatesKtsBcCardBringsTheKBankRightsOfferingWithWooriBank() {
        assertThat(titles(agreementsOf(true, PartnerMatch.ALL, "kt", "woori-bank")))
                .containsExactlyInAnyOrder(STRATEGIC_MOU, K_BANK_CAPITAL);
    }

    @Test
    void anyOfTheTwoKeepsEveryAgreementOfEither() {
        Page<AgreementSummary> any = agreementsOf(false, PartnerMatch.ANY, "kt", "naver");
        Page<AgreementSummary> all = agreementsOf(false, PartnerMatch.ALL, "kt", "naver");

        assertThat(titles(any)).hasSize(3);
        assertThat(all.getTotalElements()).isZero();
        assertThat(all.getContent()).isEmpty();
    }

    @Test
    void allOfOnePartnerIsThatPartnersList() {
        assertThat(titles(agreementsOf(false, PartnerMatch.ALL, "kt")))
                .containsExactlyInAnyOrderElementsOf(titles(agreementsOf(false, PartnerMatch.ANY, "kt")));
    }

    @Test
    void anUnknownPartnerCannotBeAPartySoAllOfItMatchesNothing() {
        assertThat(agreementsOf(false, PartnerMatch.ALL, "kt", "no-such-partner").getTotalElements()).isZero();
        assertThat(titles(agreementsOf(false, PartnerMatch.ANY, "kt", "no-such-partner"))).hasSize(2);
    }

    @Test
    void theOtherFiltersStillApply() {
        AgreementFilter filter = AgreementFilter.everything().withPartners(List.of("kt", "woori-financial-group"), false)
                .withKinds(Set.of(AgreementKind.STRATEGIC_MOU)).matchingPartners(PartnerMatch.ALL);

        assertThat(titles(agreements.search(filter, Locale.ENGLISH))).containsExactly(STRATEGIC_MOU);
    }

    @Test
    void theListBetweenPartnersCostsTheSameStatementsWhateverThePartners() {
        agreementsOf(true, PartnerMatch.ALL, "kt"); // reads the change stamp, once in the test's transaction
        SqlStatementCounter.Counted<Page<AgreementSummary>> two = statements.count(
                () -> agreementsOf(true, PartnerMatch.ALL, "kt", "woori-bank"));
        SqlStatementCounter.Counted<Page<AgreementSummary>> three = statements.count(
                () -> agreementsOf(true, PartnerMatch.ALL, "kt", "woori-bank", "k-bank"));
        SqlStatementCounter.Counted<Page<AgreementSummary>> one = statements.count(
                () -> agreementsOf(false, PartnerMatch.ALL, "kt", "woori-financial-group"));

        assertThat(titles(two.result())).hasSize(2);
        assertThat(titles(three.result())).hasSize(1);
        assertThat(two.statements()).isEqualTo(three.statements()).isEqualTo(one.statements()).isEqualTo(3);
    }

    @Test
    void theTimelineBetweenPartnersKeepsOnlyFactsInvolvingEveryOne() {
        TimelineFilter filter = TimelineFilter.everything().withPartners(List.of("kt", "woori-financial-group"), false)
                .onPage(new PageSlice(0, 100));
        Page<TimelineEntry> any = timeline.entries(filter);
        SqlStatementCounter.Counted<Page<TimelineEntry>> all = statements.count(
                () -> timeline.entries(filter.matchingPartners(PartnerMatch.ALL)));

        assertThat(all.result().getContent()).isNotEmpty().allSatisfy(entry -> assertThat(entry.organizations())
                .extracting(organization -> organization.slug()).contains("kt", "woori-financial-group"));
        assertThat(any.getContent()).anySatisfy(entry -> assertThat(entry.organizations())
                .extracting(organization -> organization.slug()).doesNotContain("kt"));
        assertThat(all.result().getContent()).extracting(entry -> entry.fact().kind()).contains(FactKind.AGREEMENT);
        assertThat(all.result().getTotalElements()).isLessThan(any.getTotalElements());
        assertThat(all.statements()).isEqualTo(3);
        assertThat(statements.count(() -> timeline.entries(filter.withPartners(List.of("kt", "woori-bank", "bc-card"), true)
                .matchingPartners(PartnerMatch.ALL))).statements()).isEqualTo(3);
    }

    private Page<AgreementSummary> agreementsOf(boolean affiliates, PartnerMatch match, String... partners) {
        AgreementFilter filter = AgreementFilter.everything().withPartners(List.of(partners), affiliates)
                .matchingPartners(match).onPage(new PageSlice(0, 50));
        return agreements.search(filter, Locale.ENGLISH);
    }

    private static List<String> titles(Page<AgreementSummary> page) {
        List<String> titles = new ArrayList<>();
        page.getContent().stream().map(agreement -> agreement.title().en()).filter(SEED_AGREEMENTS::contains).forEach(titles::add);
        return titles;
    }
}
