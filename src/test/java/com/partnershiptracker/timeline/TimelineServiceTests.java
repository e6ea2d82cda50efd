package com.partnershiptracker.timeline;

import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceCitation;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementService;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class TimelineServiceTests {

    @Autowired
    TimelineService timeline;

    @Autowired
    TestRecords records;

    @Autowired
    OrganizationService organizations;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    PersonService people;

    @Autowired
    StatementService statementService;

    @Autowired
    SqlStatementCounter statements;

    Source source;
    Organization group;
    Organization bank;
    Organization kt;
    Organization pay;

    @BeforeEach
    void createPartners() {
        source = records.source("타임라인 기사");
        group = records.organization("tl-group", OrganizationKind.FINANCIAL_GROUP);
        bank = records.organization("tl-bank", OrganizationKind.BANK, group);
        kt = records.organization("tl-telecom", OrganizationKind.TELECOM);
        pay = records.organization("tl-pay", OrganizationKind.FINTECH);
    }

    @Test
    void mergesEveryKindOfDatedFactInDateOrderWithCoarseBeforeFine() {
        Organization unit = records.organization("tl-committee", OrganizationKind.INTERNAL_UNIT, group);
        unit.recordFounding(PartialDate.ofMonth(2020, 5));
        unit.cite(Citation.supporting(source, "5월 구축"));
        records.agreement("MOU", PartialDate.ofDay(2020, 8, 19), source, group, kt);
        records.initiative("Service", PartialDate.ofMonth(2020, 8), source, bank, pay);
        records.position("tl-ceo", bank, PartialDate.ofDay(2020, 3, 24), source);
        Statement said = Statement.bySpokespersonOf(group, Bilingual.of("디지털 혁신", "Digital innovation"));
        said.dateStated(PartialDate.ofYear(2020));
        said.cite(Citation.supporting(source, "관계자"));
        statementService.save(said);
        Metric users = Metric.actual(bank, null, Bilingual.of("월간활성사용자수", "Monthly active users"));
        users.record(new BigDecimal("7190000"), "people", "719만명");
        users.asOf(PartialDate.ofMonth(2020, 10));
        users.cite(Citation.supporting(source, "719만명"));
        initiatives.save(users);
        OrganizationRelation holds = new OrganizationRelation(bank, RelationKind.MAJOR_SHAREHOLDER_OF, pay);
        holds.holdsDuring(PartialDate.ofMonth(2020, 7), null);
        holds.cite(Citation.supporting(source, "대주주"));
        organizations.save(holds);
        records.flush();

        List<TimelineEntry> entries = timeline.entries(TimelineFilter.everything()).getContent();

        assertThat(entries).extracting(TimelineEntry::kind).containsExactly(
                TimelineEntryKind.STATEMENT,            // 2020
                TimelineEntryKind.POSITION_STARTED,     // 2020-03-24
                TimelineEntryKind.ORGANIZATION_FOUNDED, // 2020-05
                TimelineEntryKind.RELATION_STARTED,     // 2020-07
                TimelineEntryKind.INITIATIVE_LAUNCHED,  // 2020-08
                TimelineEntryKind.AGREEMENT,            // 2020-08-19
                TimelineEntryKind.METRIC);              // 2020-10
        assertThat(entries.get(0).date().toIsoString()).isEqualTo("2020");
        assertThat(entries.get(6).detail().ko()).isEqualTo("719만명");
    }

    @Test
    void newestFirstIsTheExactReverseOfOldestFirst() {
        records.agreement("Year", PartialDate.ofYear(2020), source, group, kt);
        records.agreement("Month", PartialDate.ofMonth(2020, 1), source, bank, kt);
        records.agreement("Day", PartialDate.ofDay(2020, 1, 1), source, bank, pay);
        records.initiative("Launch", PartialDate.ofMonth(2020, 1), source, bank, pay);
        records.flush();

        List<TimelineEntry> oldest = timeline.entries(TimelineFilter.everything()).getContent();
        List<TimelineEntry> newest = timeline.entries(TimelineFilter.everything().ordered(TimelineOrder.NEWEST_FIRST)).getContent();

        List<TimelineEntry> reversed = new ArrayList<>(oldest);
        Collections.reverse(reversed);
        assertThat(newest).extracting(TimelineEntry::fact)
                .containsExactlyElementsOf(reversed.stream().map(TimelineEntry::fact).toList());
        assertThat(oldest.get(0).date().toIsoString()).isEqualTo("2020");
    }

    @Test
    void partnerFilterKeepsOnlyEntriesThatInvolveThePartnerOrItsAffiliates() {
        records.agreement("Group and telecom", PartialDate.ofDay(2020, 8, 19), source, group, kt);
        records.initiative("Bank and pay", PartialDate.ofMonth(2020, 9), source, bank, pay);
        records.flush();

        List<TimelineEntry> telecom = timeline.entries(TimelineFilter.everything()
                .withPartners(List.of("tl-telecom"), false)).getContent();
        List<TimelineEntry> groupWide = timeline.entries(TimelineFilter.everything()
                .withPartners(List.of("tl-group"), true)).getContent();

        assertThat(telecom).hasSize(1);
        assertThat(telecom.get(0).organizations()).extracting(OrganizationRef::slug).contains("tl-telecom");
        assertThat(groupWide).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntryKind.AGREEMENT, TimelineEntryKind.INITIATIVE_LAUNCHED);
    }

    @Test
    void filtersByKindOfFactTextAndDateRange() {
        records.agreement("Group and telecom", PartialDate.ofDay(2020, 8, 19), source, group, kt);
        records.initiative("Loan limit service", PartialDate.ofMonth(2020, 9), source, bank, pay);
        records.flush();

        assertThat(timeline.entries(TimelineFilter.everything().withKinds(Set.of(FactKind.INITIATIVE))).getContent())
                .extracting(TimelineEntry::kind).containsExactly(TimelineEntryKind.INITIATIVE_LAUNCHED);
        assertThat(timeline.entries(TimelineFilter.everything().matching("loan LIMIT")).getContent()).hasSize(1);
        assertThat(timeline.entries(TimelineFilter.everything()
                .between(PartialDate.parse("2020-09"), PartialDate.parse("2020"))).getContent())
                .extracting(TimelineEntry::kind).containsExactly(TimelineEntryKind.INITIATIVE_LAUNCHED);
    }

    @Test
    void eachEntryCarriesItsOrganizationsAndCitationsAndShowsWhenUncited() {
        records.agreement("Cited", PartialDate.ofDay(2020, 8, 19), source, group, kt);
        Person person = people.save(new Person("tl-uncited", Bilingual.of("무인용", "Uncited")));
        Statement uncited = Statement.by(person, group, Bilingual.of("말", "Words"));
        uncited.dateStated(PartialDate.ofDay(2020, 9, 1));
        statementService.save(uncited);
        records.flush();

        List<TimelineEntry> entries = timeline.entries(TimelineFilter.everything()).getContent();

        TimelineEntry agreement = entries.get(0);
        assertThat(agreement.organizations()).extracting(OrganizationRef::slug).containsExactly("tl-group", "tl-telecom");
        assertThat(agreement.citations()).singleElement()
                .satisfies(citation -> {
                    assertThat(citation.sourceId()).isEqualTo(source.getId());
                    assertThat(citation.quote()).isEqualTo("quote for Cited");
                    assertThat(citation.headline().ko()).isEqualTo("타임라인 기사");
                });
        assertThat(agreement.isUncited()).isFalse();
        assertThat(entries.get(1).isUncited()).isTrue();
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverTheNumberOfRows() {
        records.agreement("One", PartialDate.ofDay(2020, 8, 19), source, group, kt);
        records.flush();
        TimelineFilter filter = TimelineFilter.everything().withPartners(List.of("tl-group"), true)
                .onPage(new PageSlice(0, 100));
        timeline.entries(filter);
        int few = statements.countWhile(() -> timeline.entries(filter));

        for (int i = 0; i < 30; i++) {
            records.agreement("Agreement " + i, PartialDate.ofMonth(2021, 1 + i % 12), source, bank, kt);
            records.initiative("Initiative " + i, PartialDate.ofYear(2019 + i % 3), source, bank, pay);
            records.position("tl-person-" + i, bank, PartialDate.ofDay(2020, 1, 1 + i % 28), source);
        }
        records.flush();
        timeline.entries(filter);
        SqlStatementCounter.Counted<Page<TimelineEntry>> many = statements.count(() -> timeline.entries(filter));

        assertThat(many.result().getNumberOfElements()).isEqualTo(91);
        assertThat(many.statements()).isEqualTo(few).isEqualTo(3);
    }

    @Test
    void countsTheEntriesOfEachYearInTheListsOrderInOneStatement() {
        for (int i = 0; i < 9; i++) {
            records.initiative("Yearly initiative " + i, PartialDate.ofMonth(2019 + i % 3, 1 + i), source, bank, pay);
        }
        records.agreement("Yearly agreement", PartialDate.ofYear(2017), source, pay, kt);
        records.flush();
        TimelineFilter filter = TimelineFilter.everything().withPartners(List.of("tl-pay"), false).onPage(new PageSlice(2, 25));
        timeline.years(filter);

        SqlStatementCounter.Counted<List<TimelineYear>> years = statements.count(() -> timeline.years(filter));

        assertThat(years.result()).containsExactly(new TimelineYear(2017, 1), new TimelineYear(2019, 3),
                new TimelineYear(2020, 3), new TimelineYear(2021, 3));
        assertThat(years.statements()).isEqualTo(1);
        assertThat(timeline.years(filter.ordered(TimelineOrder.NEWEST_FIRST)).get(0)).isEqualTo(new TimelineYear(2021, 3));
        assertThat(timeline.years(filter.withKinds(Set.of(FactKind.AGREEMENT)))).containsExactly(new TimelineYear(2017, 1));
        assertThat(timeline.years(filter.withPartners(List.of("no-such-partner"), false))).isEmpty();
    }

    @Test
    void theChartTakesEveryEntryUpToItsLimitIgnoringThePageWithItsSourcesInThreeStatements() {
        for (int i = 0; i < 30; i++) {
            records.agreement("Chart agreement " + i, PartialDate.ofMonth(2021, 1 + i % 12), source, bank, kt);
            records.initiative("Chart initiative " + i, PartialDate.ofYear(2019 + i % 3), source, bank, pay);
        }
        records.flush();
        TimelineFilter filter = TimelineFilter.everything().withPartners(List.of("tl-group"), true)
                .onPage(new PageSlice(3, 10));
        timeline.chartEntries(filter);

        SqlStatementCounter.Counted<Page<TimelineEntry>> chart = statements.count(() -> timeline.chartEntries(filter));

        assertThat(chart.result().getNumberOfElements()).isEqualTo(60);
        assertThat(chart.result().getTotalElements()).isEqualTo(60);
        assertThat(chart.result().getContent()).allSatisfy(entry -> {
            assertThat(entry.organizations()).isNotEmpty();
            assertThat(entry.citations()).extracting(SourceCitation::sourceId).containsExactly(source.getId());
        });
        assertThat(chart.statements()).isEqualTo(3);
    }

    @Test
    void headlinesAreTheFirstEntriesInTheFiltersOrderWithTheirTotalInOneStatement() {
        for (int i = 0; i < 12; i++) {
            records.agreement("Headline agreement " + i, PartialDate.ofMonth(2021, 1 + i), source, bank, kt);
        }
        records.flush();
        TimelineFilter filter = TimelineFilter.everything().withPartners(List.of("tl-group"), true)
                .ordered(TimelineOrder.NEWEST_FIRST).onPage(new PageSlice(3, 10));
        timeline.headlines(filter, 5);

        SqlStatementCounter.Counted<Page<TimelineEntry>> headlines = statements.count(() -> timeline.headlines(filter, 5));

        assertThat(headlines.statements()).isEqualTo(1);
        assertThat(headlines.result().getTotalElements()).isEqualTo(12);
        assertThat(headlines.result().getContent()).extracting(entry -> entry.title().en())
                .containsExactly("Headline agreement 11", "Headline agreement 10", "Headline agreement 9",
                        "Headline agreement 8", "Headline agreement 7");
        assertThat(headlines.result().getContent()).allSatisfy(entry -> {
            assertThat(entry.organizations()).isEmpty();
            assertThat(entry.citations()).isEmpty();
        });
    }

    @Test
    void aPagePastTheLastStillKnowsTheTotal() {
        records.agreement("Only agreement", PartialDate.ofMonth(2021, 3), source, bank, kt);
        records.flush();
        TimelineFilter filter = TimelineFilter.everything().withPartners(List.of("tl-group"), true);
        long total = timeline.entries(filter).getTotalElements();

        Page<TimelineEntry> pastTheEnd = timeline.entries(filter.onPage(new PageSlice(50, 10)));

        assertThat(total).isPositive();
        assertThat(pastTheEnd.getContent()).isEmpty();
        assertThat(pastTheEnd.getTotalElements()).isEqualTo(total);
    }
}
