package com.partnershiptracker.dossier;

import com.partnershiptracker.agreement.AgreementSummary;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNotFoundException;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.Bilingual;
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

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class PartnerDossierServiceTests {

    /** Measured at 15: one per section, four for the timeline, three for the agreement list. */
    static final int PARTNER_PAGE_STATEMENT_BUDGET = 15;

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

        PartnerDossier dossier = dossiers.dossierOf("ds-telecom", true, Locale.ENGLISH);

        assertThat(dossier.organization().getSlug()).isEqualTo("ds-telecom");
        assertThat(dossier.affiliates()).extracting(Organization::getSlug).containsExactly("ds-card");
        assertThat(dossier.agreements().getContent()).extracting(AgreementSummary::title)
                .extracting(Bilingual::en).containsExactly("Telecom and bank");
        assertThat(dossier.initiatives()).extracting(Initiative::getId).containsExactly(payments.getId());
        assertThat(dossier.initiatives().get(0).getOrganizations()).hasSize(2);
        assertThat(dossier.positions()).hasSize(1);
        assertThat(dossier.statements()).extracting(s -> s.getText().en()).containsExactly("We expect");
        assertThat(dossier.metrics()).extracting(Metric::getRawText).containsExactly("2500여개");
        assertThat(dossier.sources()).extracting(SourceSummary::id).containsExactly(source.getId());
        assertThat(dossier.firstActivity().toIsoString()).isEqualTo("2020-03");
        assertThat(dossier.latestActivity().toIsoString()).isEqualTo("2021");
        assertThat(dossiers.dossierOf("ds-card", false, Locale.ENGLISH).relations())
                .extracting(OrganizationRelation::getKind).containsExactly(RelationKind.MAJOR_SHAREHOLDER_OF);
    }

    @Test
    void anUnknownSlugIsNotFound() {
        assertThatThrownBy(() -> dossiers.dossierOf("no-such-partner", true, Locale.ENGLISH))
                .isInstanceOf(OrganizationNotFoundException.class);
    }

    @Test
    void costsTheSameNumberOfStatementsWhateverTheSizeOfTheRecord() {
        records.agreement("First", PartialDate.ofDay(2020, 8, 19), source, kt, bank);
        records.flushAndClear();
        dossiers.dossierOf("ds-telecom", true, Locale.ENGLISH);
        int few = statements.countWhile(() -> dossiers.dossierOf("ds-telecom", true, Locale.ENGLISH));

        for (int i = 0; i < 25; i++) {
            Organization partner = records.organization("ds-partner-" + i, OrganizationKind.FINTECH);
            records.agreement("Agreement " + i, PartialDate.ofMonth(2021, 1 + i % 12), source, bcCard, partner);
            records.initiative("Initiative " + i, PartialDate.ofDay(2021, 2, 1 + i), source, kt, partner);
            records.position("ds-person-" + i, bcCard, PartialDate.ofYear(2019), source);
        }
        records.flushAndClear();
        dossiers.dossierOf("ds-telecom", true, Locale.ENGLISH);
        int many = statements.countWhile(() -> dossiers.dossierOf("ds-telecom", true, Locale.ENGLISH));

        assertThat(many).isEqualTo(few).isPositive().isLessThanOrEqualTo(PARTNER_PAGE_STATEMENT_BUDGET);
    }
}
