package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class AgreementServiceTests {

    @Autowired
    AgreementService agreements;

    @Autowired
    TestRecords records;

    @Autowired
    SqlStatementCounter statements;

    Source source;
    Organization group;
    Organization bank;
    Organization card;
    Organization kt;
    Organization kakaoPay;
    Organization naver;

    @BeforeEach
    void createPartners() {
        source = records.source("우리금융 디지털 동맹");
        group = records.organization("test-group", OrganizationKind.FINANCIAL_GROUP);
        bank = records.organization("test-bank", OrganizationKind.BANK, group);
        card = records.organization("test-card", OrganizationKind.CARD_COMPANY, group);
        kt = records.organization("test-telecom", OrganizationKind.TELECOM);
        kakaoPay = records.organization("test-pay", OrganizationKind.FINTECH);
        naver = records.organization("test-portal", OrganizationKind.PLATFORM);
    }

    @Test
    void replacesItsPartiesWithOverlappingOnesInOneSave() {
        Agreement agreement = records.agreement("Shuffled parties", PartialDate.ofYear(2021), source, kt, naver);
        records.flush();
        // naver moves from the second row to the first: updating rows in place would hold naver twice for a moment.
        agreements.update(agreement.getId(), agreement.getVersion(), (edited, lookups) -> edited.replaceParties(List.of(
                new AgreementParty(naver, PartyRole.PRINCIPAL), new AgreementParty(kakaoPay, PartyRole.PRINCIPAL))));
        records.flushAndClear();
        assertThat(agreements.getDetails(agreement.getId()).parties()).extracting(PartySummary::slug)
                .containsExactly("test-portal", "test-pay");
    }

    @Test
    void givenTheSamePartiesAgainAnEditLeavesTheirRowsAlone() {
        Agreement agreement = records.agreement("Same parties", PartialDate.ofYear(2021), source, kt, naver);
        records.flush();
        List<AgreementParty> same = agreement.getParties().stream()
                .map(party -> new AgreementParty(party.getOrganization(), party.getRole())).toList();

        List<String> written = statements.statementsWhile(() -> {
            agreements.update(agreement.getId(), agreement.getVersion(), (edited, lookups) -> {
                edited.summarize(Bilingual.of("요약만 바뀜", "Only the summary changes"));
                edited.replaceParties(same);
            });
            records.flush();
        });

        assertThat(written).noneMatch(sql -> sql.toLowerCase().contains("agreement_parties"));
        assertThat(written).anyMatch(sql -> sql.toLowerCase().startsWith("update agreements"));
    }

    @Test
    void partnerFilterListsExactlyTheAgreementsThePartnerIsPartyTo() {
        Agreement withTelecom = records.agreement("Group and telecom", PartialDate.ofDay(2020, 8, 19), source, group, kt);
        records.agreement("Bank and pay", PartialDate.ofDay(2020, 9, 10), source, bank, kakaoPay);
        records.flush();

        Page<AgreementSummary> page = agreements.search(AgreementFilter.everything()
                .withPartners(List.of("test-telecom"), false), Locale.ENGLISH);

        assertThat(page.getContent()).extracting(AgreementSummary::id).containsExactly(withTelecom.getId());
        assertThat(page.getTotalElements()).isEqualTo(1);
        assertThat(page.getContent().get(0).parties()).extracting(PartySummary::slug)
                .containsExactly("test-group", "test-telecom");
    }

    @Test
    void groupFilterCoversItsAffiliatesOnlyWhenAsked() {
        Agreement groupLevel = records.agreement("Group and telecom", PartialDate.ofDay(2020, 8, 19), source, group, kt);
        Agreement bankLevel = records.agreement("Bank and pay", PartialDate.ofDay(2020, 9, 10), source, bank, kakaoPay);
        records.agreement("Telecom and portal", PartialDate.ofDay(2020, 7, 3), source, kt, naver);
        records.flush();

        AgreementFilter byGroup = AgreementFilter.everything().withPartners(List.of("test-group"), false);
        assertThat(agreements.search(byGroup, Locale.ENGLISH).getContent())
                .extracting(AgreementSummary::id).containsExactly(groupLevel.getId());

        assertThat(agreements.search(byGroup.withPartners(List.of("test-group"), true), Locale.ENGLISH).getContent())
                .extracting(AgreementSummary::id).containsExactly(bankLevel.getId(), groupLevel.getId());
    }

    @Test
    void anUnknownPartnerMatchesNothingRatherThanEverything() {
        records.agreement("Group and telecom", PartialDate.ofDay(2020, 8, 19), source, group, kt);
        records.flush();

        Page<AgreementSummary> page = agreements.search(AgreementFilter.everything()
                .withPartners(List.of("no-such-partner"), true), Locale.ENGLISH);

        assertThat(page.getTotalElements()).isZero();
    }

    @Test
    void filtersByKindStatusAndText() {
        Agreement pledge = records.agreement("Chairmen pledge", PartialDate.ofMonth(2020, 6), source, group, kt);
        pledge.classify(AgreementKind.VERBAL_PLEDGE, AgreementStatus.ANNOUNCED);
        records.agreement("Digital finance MOU", PartialDate.ofDay(2020, 9, 10), source, bank, kakaoPay);
        records.flush();

        assertThat(agreements.search(AgreementFilter.everything().withKinds(Set.of(AgreementKind.VERBAL_PLEDGE)),
                Locale.ENGLISH).getContent()).extracting(AgreementSummary::id).containsExactly(pledge.getId());
        assertThat(agreements.search(AgreementFilter.everything().withStatuses(Set.of(AgreementStatus.SIGNED)),
                Locale.ENGLISH).getContent()).extracting(AgreementSummary::id).doesNotContain(pledge.getId());
        assertThat(agreements.search(AgreementFilter.everything().matching("PLEDGE"), Locale.ENGLISH).getContent())
                .extracting(AgreementSummary::id).containsExactly(pledge.getId());
        assertThat(agreements.search(AgreementFilter.everything().matching("Chairmen pledge 협약"), Locale.ENGLISH).getContent())
                .extracting(AgreementSummary::id).containsExactly(pledge.getId());
    }

    @Test
    void textWithLikeWildcardsMatchesLiterally() {
        records.agreement("Plain title", PartialDate.ofDay(2020, 9, 10), source, bank, kakaoPay);
        records.flush();

        assertThat(agreements.search(AgreementFilter.everything().matching("%"), Locale.ENGLISH).getTotalElements()).isZero();
        assertThat(agreements.search(AgreementFilter.everything().matching("_"), Locale.ENGLISH).getTotalElements()).isZero();
    }

    @Test
    void dateRangeKeepsCoarseDatesWhosePeriodOverlapsIt() {
        Agreement yearOnly = records.agreement("Year only", PartialDate.ofYear(2020), source, group, kt);
        Agreement july = records.agreement("July", PartialDate.ofMonth(2020, 7), source, bank, kakaoPay);
        Agreement earlyJuly = records.agreement("Early July", PartialDate.ofDay(2020, 7, 3), source, bank, naver);
        records.agreement("Next year", PartialDate.ofDay(2021, 1, 4), source, card, kt);
        records.agreement("Last year", PartialDate.ofMonth(2019, 12), source, card, naver);
        records.flush();

        Page<AgreementSummary> july2020 = agreements.search(AgreementFilter.everything()
                .between(PartialDate.parse("2020-07"), PartialDate.parse("2020-07")), Locale.ENGLISH);

        assertThat(july2020.getContent()).extracting(AgreementSummary::id)
                .containsExactlyInAnyOrder(yearOnly.getId(), july.getId(), earlyJuly.getId());
    }

    @Test
    void newestFirstOrdersFineBeforeCoarseOnTheSameStart() {
        Agreement year = records.agreement("Year", PartialDate.ofYear(2020), source, group, kt);
        Agreement month = records.agreement("Month", PartialDate.ofMonth(2020, 1), source, bank, kakaoPay);
        Agreement day = records.agreement("Day", PartialDate.ofDay(2020, 1, 1), source, bank, naver);
        Agreement later = records.agreement("Later", PartialDate.ofDay(2020, 3, 2), source, card, naver);
        records.flush();

        List<Long> newest = agreements.search(AgreementFilter.everything(), Locale.ENGLISH).getContent().stream()
                .map(AgreementSummary::id).toList();
        List<Long> oldest = agreements.search(AgreementFilter.everything().sortedBy(AgreementSort.OLDEST), Locale.ENGLISH)
                .getContent().stream().map(AgreementSummary::id).toList();

        assertThat(newest).containsExactly(later.getId(), day.getId(), month.getId(), year.getId());
        assertThat(oldest).containsExactly(year.getId(), month.getId(), day.getId(), later.getId());
    }

    @Test
    void listedDateKeepsItsPrecision() {
        records.agreement("Month", PartialDate.ofMonth(2020, 8), source, group, kt);
        records.flush();

        PartialDate listed = agreements.search(AgreementFilter.everything(), Locale.ENGLISH).getContent().get(0).date();

        assertThat(listed.toIsoString()).isEqualTo("2020-08");
    }

    @Test
    void titleSortFollowsTheLocaleLanguage() {
        Agreement b = records.agreement("B", PartialDate.ofYear(2020), source, group, kt);
        b.retitle(Bilingual.of("가", "Beta"));
        Agreement a = records.agreement("A", PartialDate.ofYear(2020), source, bank, kt);
        a.retitle(Bilingual.of("나", "Alpha"));
        records.flush();

        AgreementFilter byTitle = AgreementFilter.everything().sortedBy(AgreementSort.TITLE);
        assertThat(agreements.search(byTitle, Locale.ENGLISH).getContent()).extracting(AgreementSummary::id)
                .containsExactly(a.getId(), b.getId());
        assertThat(agreements.search(byTitle, Locale.KOREAN).getContent()).extracting(AgreementSummary::id)
                .containsExactly(b.getId(), a.getId());
    }

    @Test
    void paginatesWithTheTotalAndAnEmptyPagePastTheEnd() {
        for (int i = 1; i <= 5; i++) {
            records.agreement("Agreement " + i, PartialDate.ofDay(2020, 1, i), source, group, kt);
        }
        records.flush();

        Page<AgreementSummary> second = agreements.search(AgreementFilter.everything().onPage(new PageSlice(1, 2)), Locale.ENGLISH);
        Page<AgreementSummary> beyond = agreements.search(AgreementFilter.everything().onPage(new PageSlice(9, 2)), Locale.ENGLISH);

        assertThat(second.getTotalElements()).isEqualTo(5);
        assertThat(second.getContent()).hasSize(2);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(5);
    }

    @Test
    void refusesToSaveAnAgreementWithFewerThanTwoParties() {
        Agreement lonely = new Agreement(Bilingual.of("혼자", "Alone"), AgreementKind.MOU, AgreementStatus.SIGNED);
        lonely.addParty(group, PartyRole.PRINCIPAL);

        assertThatThrownBy(() -> agreements.save(lonely)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverTheNumberOfRows() {
        records.agreement("First", PartialDate.ofDay(2020, 1, 1), source, group, kt);
        records.agreement("Second", PartialDate.ofDay(2020, 1, 2), source, bank, kakaoPay);
        records.flush();
        AgreementFilter filter = AgreementFilter.everything().withPartners(List.of("test-group"), true)
                .onPage(new PageSlice(0, 50));
        agreements.search(filter, Locale.ENGLISH);
        int few = statements.countWhile(() -> agreements.search(filter, Locale.ENGLISH));

        for (int i = 0; i < 40; i++) {
            Organization partner = records.organization("extra-partner-" + i, OrganizationKind.FINTECH);
            records.agreement("More " + i, PartialDate.ofMonth(2021, 1 + i % 12), source, i % 2 == 0 ? bank : card, partner, kt);
        }
        records.flush();
        agreements.search(filter, Locale.ENGLISH);
        SqlStatementCounter.Counted<Page<AgreementSummary>> many =
                statements.count(() -> agreements.search(filter, Locale.ENGLISH));

        assertThat(many.result().getNumberOfElements()).isEqualTo(42);
        assertThat(many.statements()).isEqualTo(few).isEqualTo(3);
    }

    @Test
    void aDetailedPageReadsItsAgreementsTheirMembersAndTheirCitationsOnceEach() {
        records.agreement("First", PartialDate.ofDay(2020, 1, 1), source, group, kt);
        for (int i = 0; i < 30; i++) {
            records.agreement("More " + i, PartialDate.ofMonth(2021, 1 + i % 12), source, i % 2 == 0 ? bank : card, kt, naver);
        }
        records.flush();
        AgreementFilter filter = AgreementFilter.everything().withPartners(List.of("test-telecom"), false)
                .onPage(new PageSlice(1, 10));
        agreements.searchDetailed(filter, Locale.ENGLISH);

        SqlStatementCounter.Counted<Page<AgreementDetails>> page =
                statements.count(() -> agreements.searchDetailed(filter, Locale.ENGLISH));

        // The count and the page's ids, then the agreements, their parties, areas and attendees together, and their citations.
        assertThat(page.statements()).isEqualTo(5);
        assertThat(page.result().getContent()).hasSize(10);
        assertThat(page.result().getContent().stream().map(AgreementDetails::id).toList())
                .isEqualTo(agreements.search(filter, Locale.ENGLISH).getContent().stream().map(AgreementSummary::id).toList());
        for (AgreementDetails listed : page.result().getContent()) {
            assertThat(listed).isEqualTo(agreements.getDetails(listed.id()));
        }
    }

    @Test
    void everyPageEqualsItsSliceOfTheWholeListInEveryOrderAndLanguage() {
        records.agreement("Tie", PartialDate.ofDay(2020, 5, 1), source, group, kt);
        records.agreement("Tie", PartialDate.ofDay(2020, 5, 1), source, bank, kt);
        records.agreement("Tie", PartialDate.ofDay(2020, 5, 1), source, card, kt);
        records.agreement("May", PartialDate.ofMonth(2020, 5), source, group, naver);
        records.agreement("Year", PartialDate.ofYear(2020), source, group, kakaoPay);
        records.agreement("Undated one", null, source, bank, naver);
        records.agreement("Undated two", null, source, card, naver);
        Agreement korean = records.agreement("Hangul", PartialDate.ofDay(2019, 1, 1), source, bank, kakaoPay);
        korean.retitle(Bilingual.of("가나다 협약", null));
        Agreement english = records.agreement("Zulu", PartialDate.ofDay(2021, 1, 1), source, card, kakaoPay);
        english.retitle(Bilingual.of("하 협약", "Alpha"));
        records.agreement("Later", PartialDate.ofDay(2022, 2, 2), source, group, kt);
        records.agreement("Latest", PartialDate.ofDay(2023, 3, 3), source, bank, kt);
        records.flush();

        for (AgreementSort sort : AgreementSort.values()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                AgreementFilter sorted = AgreementFilter.everything().sortedBy(sort);
                List<Long> whole = ids(agreements.search(sorted.onPage(new PageSlice(0, 100)), language));
                List<Long> paged = new java.util.ArrayList<>();
                for (int page = 0; page < 4; page++) {
                    Page<AgreementSummary> slice = agreements.search(sorted.onPage(new PageSlice(page, 3)), language);
                    assertThat(slice.getTotalElements()).isEqualTo(11);
                    paged.addAll(ids(slice));
                }
                assertThat(paged).as("%s in %s", sort, language).isEqualTo(whole).hasSize(11);
            }
        }
    }

    @Test
    void undatedAgreementsComeLastAndEqualDatesFollowTheIdOnEveryPage() {
        Agreement undated = records.agreement("Undated", null, source, bank, naver);
        Agreement first = records.agreement("Tie", PartialDate.ofDay(2020, 5, 1), source, group, kt);
        Agreement second = records.agreement("Tie", PartialDate.ofDay(2020, 5, 1), source, bank, kt);
        Agreement month = records.agreement("May", PartialDate.ofMonth(2020, 5), source, card, kt);
        records.flush();

        AgreementFilter newest = AgreementFilter.everything();
        AgreementFilter oldest = AgreementFilter.everything().sortedBy(AgreementSort.OLDEST);
        assertThat(ids(agreements.search(newest.onPage(new PageSlice(0, 1)), Locale.ENGLISH))).containsExactly(second.getId());
        assertThat(ids(agreements.search(newest.onPage(new PageSlice(2, 1)), Locale.ENGLISH))).containsExactly(month.getId());
        assertThat(ids(agreements.search(newest.onPage(new PageSlice(3, 1)), Locale.ENGLISH))).containsExactly(undated.getId());
        assertThat(ids(agreements.search(oldest.onPage(new PageSlice(1, 1)), Locale.ENGLISH))).containsExactly(first.getId());
        assertThat(ids(agreements.search(oldest.onPage(new PageSlice(1, 2)), Locale.ENGLISH)))
                .containsExactly(second.getId(), undated.getId());
    }

    @Test
    void titleOrderOnALastPageFollowsTheLanguage() {
        Agreement b = records.agreement("B", PartialDate.ofYear(2020), source, group, kt);
        b.retitle(Bilingual.of("가", "Beta"));
        Agreement a = records.agreement("A", PartialDate.ofYear(2020), source, bank, kt);
        a.retitle(Bilingual.of("나", "Alpha"));
        Agreement c = records.agreement("C", PartialDate.ofYear(2020), source, card, kt);
        c.retitle(Bilingual.of("다", null));
        records.flush();

        AgreementFilter lastOfTwo = AgreementFilter.everything().sortedBy(AgreementSort.TITLE).onPage(new PageSlice(1, 2));
        assertThat(ids(agreements.search(lastOfTwo, Locale.ENGLISH))).containsExactly(c.getId());
        assertThat(ids(agreements.search(lastOfTwo, Locale.KOREAN))).containsExactly(c.getId());
        AgreementFilter secondOfThree = AgreementFilter.everything().sortedBy(AgreementSort.TITLE).onPage(new PageSlice(1, 1));
        assertThat(ids(agreements.search(secondOfThree, Locale.ENGLISH))).containsExactly(b.getId());
        assertThat(ids(agreements.search(secondOfThree, Locale.KOREAN))).containsExactly(a.getId());
    }

    private static List<Long> ids(Page<AgreementSummary> page) {
        return page.getContent().stream().map(AgreementSummary::id).toList();
    }
}
