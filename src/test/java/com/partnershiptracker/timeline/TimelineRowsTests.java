package com.partnershiptracker.timeline;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementParty;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeOrganization;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementService;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.support.TimelineCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's indexed copy follows every kind of change through the services: new records,
 * new dates, changed parties and organizations, renames shown on other facts' rows, and deletes.
 */
@PostgresTest
class TimelineRowsTests {

    @Autowired
    TestRecords records;

    @Autowired
    AgreementService agreements;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    OrganizationService organizations;

    @Autowired
    PersonService people;

    @Autowired
    StatementService statements;

    @Autowired
    TimelineService timeline;

    @Autowired
    JdbcClient jdbc;

    Source source;
    Organization bank;
    Organization telecom;
    Organization pay;

    @BeforeEach
    void createPartners() {
        // Only this test's changes are under test; rows other tests wrote behind the app's back are not (rolled back after).
        TimelineCopy.rebuildFromViews(jdbc);
        source = records.source("행 기사");
        bank = records.organization("rows-bank", OrganizationKind.BANK);
        telecom = records.organization("rows-telecom", OrganizationKind.TELECOM);
        pay = records.organization("rows-pay", OrganizationKind.FINTECH);
    }

    @Test
    void aNewAgreementAndItsChangedPartiesAndDatesReachTheRows() {
        Agreement agreement = records.agreement("Rows MOU", PartialDate.ofDay(2021, 3, 2), source, bank, telecom);
        records.flush();
        assertInStep();
        assertThat(partnerTimeline("rows-telecom")).containsExactly("Rows MOU");

        agreement.replaceParties(List.of(new AgreementParty(bank, PartyRole.PRINCIPAL), new AgreementParty(pay, PartyRole.PRINCIPAL)));
        agreement.endOn(PartialDate.ofYear(2023));
        agreement.retitle(Bilingual.of("행 협약", "Rows MOU, renewed"));
        records.flush();

        assertInStep();
        assertThat(partnerTimeline("rows-telecom")).isEmpty();
        assertThat(partnerTimeline("rows-pay")).containsExactly("Rows MOU, renewed", "Rows MOU, renewed");
    }

    @Test
    void renamingAPersonOrAnOrganizationRewritesTheRowsThatShowTheName() {
        Position ceo = records.position("rows-ceo", bank, PartialDate.ofDay(2020, 3, 24), source);
        Statement said = Statement.by(ceo.getPerson(), bank, Bilingual.of("말", "Words"));
        said.dateStated(PartialDate.ofMonth(2020, 4));
        statements.save(said);
        Statement spokesperson = Statement.bySpokespersonOf(telecom, Bilingual.of("관계자", "A spokesperson"));
        spokesperson.dateStated(PartialDate.ofYear(2020));
        statements.save(spokesperson);
        OrganizationRelation holds = new OrganizationRelation(telecom, RelationKind.MAJOR_SHAREHOLDER_OF, pay);
        holds.holdsDuring(PartialDate.ofMonth(2020, 7), null);
        organizations.save(holds);
        records.flush();

        ceo.getPerson().rename(Bilingual.of("김철수", "Kim Cheol-su"));
        telecom.rename(Bilingual.of("새 통신", "New Telecom"));
        telecom.changeSlug("rows-new-telecom");
        records.flush();

        assertInStep();
        assertThat(jdbc.sql("select title_en from timeline_entry_rows where entry_kind in ('POSITION_STARTED', 'STATEMENT')"
                + " and link_kind = 'PERSON' order by title_en").query(String.class).list())
                .containsExactly("Kim Cheol-su", "Kim Cheol-su");
        assertThat(jdbc.sql("select link_key from timeline_entry_rows where entry_kind = 'RELATION_STARTED'")
                .query(String.class).single()).isEqualTo("rows-new-telecom");
    }

    @Test
    void anInitiativesOrganizationsAreAlsoThoseOfItsFigures() {
        Initiative service = records.initiative("Rows service", PartialDate.ofMonth(2021, 5), source, bank);
        Metric users = Metric.actual(null, service, Bilingual.of("가입자", "Subscribers"));
        users.record(new BigDecimal("1000"), "people", "1천명");
        users.asOf(PartialDate.ofMonth(2021, 9));
        initiatives.save(users);
        records.flush();
        assertThat(partnerTimeline("rows-pay")).isEmpty();

        service.replaceOrganizations(List.of(new InitiativeOrganization(bank, InitiativeRole.PARTNER),
                new InitiativeOrganization(pay, InitiativeRole.PARTNER)));
        records.flush();

        assertInStep();
        assertThat(partnerTimeline("rows-pay")).containsExactly("Rows service", "Subscribers");
    }

    @Test
    void deletedRecordsLeaveNoRows() {
        Agreement agreement = records.agreement("Rows gone", PartialDate.ofDay(2021, 3, 2), source, bank, telecom);
        Organization founded = records.organization("rows-founded", OrganizationKind.FINTECH);
        founded.recordFounding(PartialDate.ofYear(2015));
        records.flush();
        assertThat(rowCount()).isEqualTo(2);

        agreements.delete(agreement.getId());
        organizations.delete(founded);
        records.flush();

        assertInStep();
        assertThat(rowCount()).isZero();
        assertThat(jdbc.sql("select count(*) from fact_organization_rows where organization_id = ?")
                .param(founded.getId()).query(Long.class).single()).isZero();
    }

    private void assertInStep() {
        assertThat(TimelineCopy.differences(jdbc)).isEmpty();
    }

    private long rowCount() {
        return jdbc.sql("select count(*) from timeline_entry_rows").query(Long.class).single();
    }

    private List<String> partnerTimeline(String slug) {
        return timeline.entries(TimelineFilter.everything().withPartners(List.of(slug), false)).getContent().stream()
                .map(entry -> entry.title().en()).toList();
    }
}
