package com.partnershiptracker.dossier;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner page's relationships table, against the seed: one row per relationship, sorted, filtered, paged and read as of a day. */
@SeededPostgresTest
class PartnerRelationshipsTests {

    private static final String KT_MOU = "Strategic MOU for finance–ICT convergence";

    @Autowired
    PartnerDossierService dossiers;

    @Autowired
    TestRecords records;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void wooriBankListsEachRelationshipOnceWithAllItsCounterpartsInOneRow() {
        Page<Relationship> page = dossiers.relationshipsOf("woori-bank", filter(null, RelationshipSort.DATE, true, 100, null));

        List<String> keys = page.getContent().stream().map(r -> r.category() + ":" + r.factId()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(page.getTotalElements()).isEqualTo(12);
        Relationship ktMou = page.getContent().stream()
                .filter(r -> KT_MOU.equals(r.title().en())).collect(onlyOne());
        assertThat(ktMou.counterparts()).extracting(Relationship.Counterpart::slug)
                .containsExactly("woori-financial-group", "kt", "woori-card", "bc-card");
        assertThat(ktMou.kindKey()).isEqualTo("AgreementKind.STRATEGIC_MOU");
        assertThat(ktMou.roleKey()).isEqualTo("PartyRole.PARTICIPATING_AFFILIATE");
        assertThat(ktMou.date()).isEqualTo(PartialDate.ofDay(2020, 8, 19));
        assertThat(ktMou.sources()).isNotEmpty();
        Relationship offering = page.getContent().stream()
                .filter(r -> r.kindKey().equals("AgreementKind.CAPITAL_INVESTMENT")).collect(onlyOne());
        assertThat(offering.counterparts()).extracting(Relationship.Counterpart::slug)
                .containsExactly("k-bank", "bc-card", "nh-investment-securities");
        assertThat(page.getContent()).filteredOn(r -> r.category() == RelationshipCategory.RELATION)
                .singleElement().satisfies(stake -> {
                    assertThat(stake.kindKey()).isEqualTo("RelationKind.MAJOR_SHAREHOLDER_OF");
                    assertThat(stake.roleKey()).isEqualTo("relationship.direction.OUTGOING");
                    assertThat(stake.counterparts()).extracting(Relationship.Counterpart::slug).containsExactly("k-bank");
                });
    }

    @Test
    void filtersByCategoryOrByOneKind() {
        assertThat(dossiers.relationshipsOf("woori-bank", filter("AGREEMENT", RelationshipSort.DATE, true, 20, null))
                .getTotalElements()).isEqualTo(5);
        assertThat(dossiers.relationshipsOf("woori-bank", filter("RELATION", RelationshipSort.DATE, true, 20, null))
                .getTotalElements()).isEqualTo(1);
        assertThat(dossiers.relationshipsOf("woori-bank", filter("STRATEGIC_MOU", RelationshipSort.DATE, true, 20, null))
                .getContent()).extracting(r -> r.title().en()).containsExactly(KT_MOU);
        assertThat(dossiers.relationshipsOf("woori-bank", filter("nonsense'; drop", RelationshipSort.DATE, true, 20, null))
                .getTotalElements()).as("a kind that cannot be a kind is ignored").isEqualTo(12);
    }

    @Test
    void sortsByEveryColumnBothWaysInTheDatabase() {
        for (RelationshipSort column : RelationshipSort.values()) {
            List<Relationship> up = dossiers.relationshipsOf("woori-bank", filter(null, column, false, 100, null)).getContent();
            List<Relationship> down = dossiers.relationshipsOf("woori-bank", filter(null, column, true, 100, null)).getContent();
            assertThat(up).as(column.name()).hasSize(12);
            assertThat(down).as(column.name()).hasSize(12);
        }
        List<Relationship> byDate = dossiers.relationshipsOf("woori-bank", filter(null, RelationshipSort.DATE, true, 100, null)).getContent();
        List<LocalDate> dates = byDate.stream().filter(r -> r.date() != null).map(r -> r.date().start()).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(byDate.get(byDate.size() - 1).date()).as("undated rows come last").isNull();

        List<String> counterparts = dossiers.relationshipsOf("woori-bank", filter(null, RelationshipSort.COUNTERPART, false, 100, null))
                .getContent().stream().map(r -> r.counterparts().stream().map(c -> c.name().en()).sorted().findFirst().orElseThrow()).toList();
        assertThat(counterparts).isSorted();
        assertThat(counterparts.get(0)).isEqualTo("BC Card");

        List<Integer> sources = dossiers.relationshipsOf("woori-bank", filter(null, RelationshipSort.SOURCES, true, 100, null))
                .getContent().stream().map(r -> r.sources().size()).toList();
        assertThat(sources).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void pagesInTheDatabaseWithTheSameStatementsWhateverTheRows() {
        Source source = records.source("관계 표");
        Organization partner = records.organization("rel-partner", OrganizationKind.BANK);
        Organization first = records.organization("rel-first", OrganizationKind.FINTECH);
        records.agreement("Only one", PartialDate.ofDay(2021, 1, 5), source, partner, first);
        records.flushAndClear();
        dossiers.relationshipsOf("rel-partner", filter(null, RelationshipSort.DATE, true, 10, null)); // loads the group structure
        int few = statements.countWhile(() -> dossiers.relationshipsOf("rel-partner", filter(null, RelationshipSort.DATE, true, 10, null)));

        for (int i = 0; i < 40; i++) {
            Organization other = records.organization("rel-other-" + i, OrganizationKind.FINTECH);
            records.agreement("Agreement " + i, PartialDate.ofMonth(2019 + i % 3, 1 + i % 12), source, partner, other, first);
            records.initiative("Initiative " + i, PartialDate.ofYear(2020), source, partner, other);
        }
        records.flushAndClear();
        dossiers.relationshipsOf("rel-partner", filter(null, RelationshipSort.DATE, true, 10, null));
        List<Long> seen = new ArrayList<>();
        int[] many = new int[9];
        for (int page = 0; page < 9; page++) {
            int number = page;
            many[page] = statements.countWhile(() -> dossiers.relationshipsOf("rel-partner",
                            new RelationshipFilter(null, RelationshipSort.SUBJECT, false, new PageSlice(number, 10), null, false))
                    .forEach(r -> seen.add(r.category() == RelationshipCategory.AGREEMENT ? r.factId() : -r.factId())));
        }

        assertThat(few).isEqualTo(2);
        assertThat(many).containsOnly(2);
        assertThat(seen).hasSize(81).doesNotHaveDuplicates();
    }

    @Test
    void asOfADayShowsWhatWasInForceThenAndMarksWhatTheRecordCannotPlace() {
        List<Relationship> august = dossiers.relationshipsOf("woori-bank",
                filter("AGREEMENT", RelationshipSort.DATE, true, 100, LocalDate.of(2020, 8, 1))).getContent();
        List<Relationship> december = dossiers.relationshipsOf("woori-bank",
                filter("AGREEMENT", RelationshipSort.DATE, true, 100, LocalDate.of(2020, 12, 31))).getContent();

        assertThat(august).extracting(r -> r.title().en()).doesNotContain(KT_MOU)
                .contains("Naver Map branch waiting-information tie-up");
        assertThat(august).filteredOn(r -> r.date() != null).allMatch(r -> !r.uncertain());
        assertThat(august).filteredOn(r -> r.date() == null).isNotEmpty().allMatch(Relationship::uncertain);
        assertThat(december).hasSize(5).extracting(r -> r.title().en()).contains(KT_MOU);
    }

    @Test
    void anAgreementSignedInAMonthIsUncertainWithinThatMonthAndInForceAfterIt() {
        Source source = records.source("월 단위");
        Organization partner = records.organization("month-partner", OrganizationKind.BANK);
        Organization other = records.organization("month-other", OrganizationKind.FINTECH);
        Agreement signed = records.agreement("Signed in August", PartialDate.ofMonth(2020, 8), source, partner, other);
        Agreement ended = records.agreement("Ended in March", PartialDate.ofDay(2019, 5, 2), source, partner, other);
        ended.endOn(PartialDate.ofMonth(2021, 3));
        records.flushAndClear();

        assertThat(titlesAsOf("month-partner", LocalDate.of(2020, 7, 31))).containsExactly("Ended in March");
        assertThat(uncertainAsOf("month-partner", LocalDate.of(2020, 8, 15))).containsExactly("Signed in August");
        assertThat(titlesAsOf("month-partner", LocalDate.of(2020, 8, 15))).containsExactlyInAnyOrder("Signed in August", "Ended in March");
        assertThat(uncertainAsOf("month-partner", LocalDate.of(2020, 8, 31))).isEmpty();
        assertThat(uncertainAsOf("month-partner", LocalDate.of(2020, 9, 1))).isEmpty();
        assertThat(uncertainAsOf("month-partner", LocalDate.of(2021, 3, 10))).containsExactly("Ended in March");
        assertThat(titlesAsOf("month-partner", LocalDate.of(2021, 4, 1))).containsExactly("Signed in August");
        assertThat(signed.getId()).isNotNull();
    }

    @Test
    void oneCounterpartsRelationshipsAreTheRowsThatNameItInTwoStatements() {
        List<String> naming = dossiers.relationshipsOf("woori-bank", filter(null, RelationshipSort.DATE, true, 100, null))
                .getContent().stream()
                .filter(r -> r.counterparts().stream().anyMatch(c -> c.slug().equals("kt")))
                .map(r -> r.category() + ":" + r.factId()).toList();
        RelationshipFilter withKt = new RelationshipFilter(null, RelationshipSort.DATE, true, new PageSlice(0, 100), null, false, "kt");

        SqlStatementCounter.Counted<Page<Relationship>> onlyKt = statements.count(() -> dossiers.relationshipsOf("woori-bank", withKt));

        assertThat(onlyKt.result().getContent()).extracting(r -> r.category() + ":" + r.factId()).containsExactlyElementsOf(naming);
        assertThat(onlyKt.result().getContent()).extracting(r -> r.title().en()).contains(KT_MOU);
        assertThat(naming).hasSizeGreaterThanOrEqualTo(2);
        assertThat(onlyKt.statements()).isEqualTo(2);
        RelationshipFilter withAnAffiliate = new RelationshipFilter(null, RelationshipSort.DATE, true, new PageSlice(0, 100), null, false,
                "woori-bank");
        assertThat(dossiers.relationshipsOf("woori-financial-group", withAnAffiliate).getContent())
                .as("the partner's own affiliates are never its counterparts").isEmpty();
    }

    private List<String> titlesAsOf(String slug, LocalDate day) {
        return dossiers.relationshipsOf(slug, filter(null, RelationshipSort.DATE, true, 100, day)).getContent().stream()
                .map(r -> r.title().en()).toList();
    }

    private List<String> uncertainAsOf(String slug, LocalDate day) {
        return dossiers.relationshipsOf(slug, filter(null, RelationshipSort.DATE, true, 100, day)).getContent().stream()
                .filter(Relationship::uncertain).map(r -> r.title().en()).toList();
    }

    private static RelationshipFilter filter(String kind, RelationshipSort sort, boolean descending, int size, LocalDate asOf) {
        return new RelationshipFilter(kind, sort, descending, new PageSlice(0, size), asOf, false);
    }

    private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }

}
