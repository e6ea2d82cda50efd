package com.partnershiptracker.dossier;

import com.partnershiptracker.agreement.AgreementSummary;
import com.partnershiptracker.agreement.PartySummary;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricsPage;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationNotFoundException;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceSummary;
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
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class PartnerDossierServiceTests {

    /** The overview's statements: organization, relations, agreements with their parties, summary. */
    static final int OVERVIEW_STATEMENTS = 4;
    /** A section's at most: the page, its count, and what its rows show. */
    static final int SECTION_STATEMENTS = 3;

    @Autowired
    PartnerDossierService dossiers;

    @Autowired
    TestRecords records;

    @Autowired
    OrganizationService organizations;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    StatementService statementService;

    @Autowired
    SqlStatementCounter statements;

    Source source;
    Organization kt;
    Organization bcCard;
    Organization bank;
    Organization internetBank;

    @BeforeEach
    void createPartners() {
        source = records.source("KT 동맹");
        kt = records.organization("ds-telecom", OrganizationKind.TELECOM);
        bcCard = records.organization("ds-card", OrganizationKind.CARD_COMPANY, kt);
        bank = records.organization("ds-bank", OrganizationKind.BANK);
        internetBank = records.organization("ds-internet-bank", OrganizationKind.INTERNET_BANK);
    }

    @Test
    void gathersEverythingTheRecordHoldsAboutAPartnerAndItsAffiliates() {
        records.agreement("Telecom and bank", PartialDate.ofDay(2020, 8, 19), source, kt, bank);
        Initiative payments = records.initiative("Payment platform", PartialDate.ofYear(2021), source, bcCard, bank);
        OrganizationRelation shareholder = new OrganizationRelation(bcCard, RelationKind.MAJOR_SHAREHOLDER_OF, internetBank);
        shareholder.cite(Citation.supporting(source, "대주주"));
        organizations.save(shareholder);
        records.position("ds-ceo", kt, PartialDate.ofMonth(2020, 3), source);
        Statement said = Statement.bySpokespersonOf(kt, Bilingual.of("기대", "We expect"));
        said.dateStated(PartialDate.ofDay(2020, 8, 20));
        statementService.save(said);
        Metric stores = Metric.actual(kt, null, Bilingual.of("대리점 수", "Stores"));
        stores.record(new BigDecimal("2500"), "stores", "2500여개");
        initiatives.save(stores);
        records.flushAndClear();

        PartnerOverview overview = dossiers.overviewOf("ds-telecom");

        assertThat(overview.organization().getSlug()).isEqualTo("ds-telecom");
        assertThat(overview.affiliates()).extracting(OrganizationNode::slug).containsExactly("ds-card");
        assertThat(overview.agreements().getContent()).extracting(AgreementSummary::title)
                .extracting(Bilingual::en).containsExactly("Telecom and bank");
        assertThat(overview.agreements().getContent().get(0).parties()).extracting(PartySummary::slug)
                .containsExactlyInAnyOrder("ds-telecom", "ds-bank");
        assertThat(overview.summary()).isEqualTo(new PartnerSummary(1, 1, 1, 1,
                PartialDate.ofMonth(2020, 3), PartialDate.ofYear(2021), 1));
        assertThat(dossiers.initiativesOf("ds-telecom", PageSlice.first()).content().getContent())
                .extracting(Initiative::getId).containsExactly(payments.getId());
        assertThat(dossiers.positionsOf("ds-telecom", PageSlice.first()).content().getTotalElements()).isEqualTo(1);
        assertThat(dossiers.statementsOf("ds-telecom", PageSlice.first()).content().getContent())
                .extracting(s -> s.getText().en()).containsExactly("We expect");
        assertThat(dossiers.figuresOf("ds-telecom", PageSlice.first()).content().metrics().getContent())
                .extracting(Metric::getRawText).containsExactly("2500여개");
        assertThat(dossiers.sourcesOf("ds-telecom", PageSlice.first()).content().getContent())
                .extracting(SourceSummary::id).containsExactly(source.getId());
        assertThat(dossiers.overviewOf("ds-card").relations())
                .extracting(OrganizationRelation::getKind).containsExactly(RelationKind.MAJOR_SHAREHOLDER_OF);
        List<String> sql = statements.statementsWhile(() -> assertThat(dossiers.overviewOf("ds-internet-bank").relations())
                .extracting(OrganizationRelation::getId).containsExactly(shareholder.getId()));
        assertThat(sql).filteredOn(statement -> statement.contains("from organization_relations"))
                .as("the relations are chosen by their own indexed columns, not through their joined ends")
                .singleElement().asString().containsPattern("where \\w+\\.subject_id=\\? or \\w+\\.object_id=\\?");
    }

    @Test
    void aSectionPagesItsListAndCountsTheWhole() {
        for (int i = 0; i < 25; i++) {
            records.initiative("Initiative " + i, PartialDate.ofDay(2021, 2, 1 + i), source, kt, bank);
        }
        records.flushAndClear();

        Page<Initiative> second = dossiers.initiativesOf("ds-telecom", new PageSlice(1, 10)).content();

        assertThat(second.getTotalElements()).isEqualTo(25);
        assertThat(second.getContent()).extracting(initiative -> initiative.getTitle().en())
                .containsExactly("Initiative 10", "Initiative 11", "Initiative 12", "Initiative 13", "Initiative 14",
                        "Initiative 15", "Initiative 16", "Initiative 17", "Initiative 18", "Initiative 19");
    }

    @Test
    void anUnknownSlugIsNotFound() {
        assertThatThrownBy(() -> dossiers.overviewOf("no-such-partner"))
                .isInstanceOf(OrganizationNotFoundException.class);
        assertThatThrownBy(() -> dossiers.sourcesOf("no-such-partner", PageSlice.first()))
                .isInstanceOf(OrganizationNotFoundException.class);
    }

    @Test
    void eachPageCostsTheSameNumberOfStatementsWhateverTheSizeOfTheRecord() {
        records.agreement("First", PartialDate.ofDay(2020, 8, 19), source, kt, bank);
        records.flushAndClear();
        int[] few = statementsOfEachPage();

        for (int i = 0; i < 25; i++) {
            Organization partner = records.organization("ds-partner-" + i, OrganizationKind.FINTECH);
            records.agreement("Agreement " + i, PartialDate.ofMonth(2021, 1 + i % 12), source, bcCard, partner);
            records.initiative("Initiative " + i, PartialDate.ofDay(2021, 2, 1 + i), source, kt, partner);
            records.position("ds-person-" + i, bcCard, PartialDate.ofYear(2019), source);
            Metric figure = Metric.actual(kt, null, Bilingual.of("수치 " + i, "Figure " + i));
            figure.record(new BigDecimal(100 + i), "stores", null);
            figure.cite(Citation.supporting(source, "수치"));
            initiatives.save(figure);
        }
        records.flushAndClear();
        int[] many = statementsOfEachPage();

        // A section whose rows fit on its first page needs no count, so a small record may cost less.
        assertThat(few[0]).isEqualTo(OVERVIEW_STATEMENTS);
        assertThat(many[0]).isEqualTo(OVERVIEW_STATEMENTS);
        for (int section = 1; section < many.length; section++) {
            assertThat(many[section]).as("section %d", section).isBetween(few[section], SECTION_STATEMENTS);
        }
    }

    @Test
    void figuresAreThePartnersOwnAndItsInitiativesEachOnceOldestFirstOnEveryPage() {
        Initiative payments = records.initiative("Payment platform", PartialDate.ofYear(2021), source, bcCard, bank);
        Initiative elsewhere = records.initiative("Elsewhere", PartialDate.ofYear(2021), source, bank);
        List<Metric> expected = new ArrayList<>();
        expected.add(figure(kt, null, PartialDate.ofDay(2020, 5, 1)));
        expected.add(figure(null, payments, PartialDate.ofMonth(2019, 1)));
        expected.add(figure(bcCard, payments, PartialDate.ofYear(2021)));
        expected.add(figure(bank, payments, PartialDate.ofMonth(2020, 5)));
        expected.add(figure(kt, null, null));
        expected.add(figure(bcCard, null, PartialDate.ofMonth(2020, 5)));
        figure(bank, elsewhere, PartialDate.ofYear(2018));
        figure(internetBank, null, PartialDate.ofYear(2018));
        records.flushAndClear();
        expected.sort(Comparator.comparing((Metric m) -> m.getAsOf() == null ? null : m.getAsOf().start(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Metric::getId));

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            MetricsPage figures = dossiers.figuresOf("ds-telecom", new PageSlice(page, 2)).content();
            assertThat(figures.metrics().getTotalElements()).isEqualTo(6);
            figures.metrics().getContent().forEach(metric -> paged.add(metric.getId()));
        }

        assertThat(paged).isEqualTo(expected.stream().map(Metric::getId).toList());
    }

    private Metric figure(Organization about, Initiative of, PartialDate asOf) {
        Metric metric = Metric.actual(about, of, Bilingual.of("측정", "Measure"));
        metric.record(new BigDecimal("1"), "people", "1명");
        if (asOf != null) {
            metric.asOf(asOf);
        }
        return initiatives.save(metric);
    }

    private int[] statementsOfEachPage() {
        organizations.hierarchy();
        return new int[] {
                statements.countWhile(() -> dossiers.overviewOf("ds-telecom")),
                statements.countWhile(() -> dossiers.initiativesOf("ds-telecom", PageSlice.first())),
                statements.countWhile(() -> dossiers.positionsOf("ds-telecom", PageSlice.first())),
                statements.countWhile(() -> dossiers.figuresOf("ds-telecom", PageSlice.first())),
                statements.countWhile(() -> dossiers.statementsOf("ds-telecom", PageSlice.first())),
                statements.countWhile(() -> dossiers.sourcesOf("ds-telecom", PageSlice.first()))};
    }
}
