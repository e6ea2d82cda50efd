package com.partnershiptracker.schema;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.audit.HistoryService;
import com.partnershiptracker.audit.RecentChanges;
import com.partnershiptracker.audit.RecordHistory;
import com.partnershiptracker.dossier.PartnerOverview;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.dossier.PartnerDossierService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.search.SearchKind;
import com.partnershiptracker.search.SearchService;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.NetworkSummaryTables;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.timeline.AgreementDate;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The no-set-up mode runs on H2 in PostgreSQL mode. Starting this context runs every migration
 * on H2 and has Hibernate validate every entity against the result (ddl-auto=validate); the
 * tests then run each read model's SQL there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:schema-on-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@Import({TestRecords.class, SqlStatementCounter.class})
@Transactional
class SchemaOnH2Tests {

    @Autowired
    Flyway flyway;

    @Autowired
    HistoryService history;

    @Autowired
    RecentChanges recentChanges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRecords records;

    @Autowired
    AgreementService agreements;

    @Autowired
    TimelineService timeline;

    @Autowired
    PartnerDossierService dossiers;

    @Autowired
    SearchService search;

    @Test
    void everyMigrationHasBeenAppliedSuccessfully() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theSeedLoadsOnH2() {
        List<TimelineEntry> kt = timeline.entries(TimelineFilter.everything().withPartners(List.of("kt"), true)).getContent();
        assertThat(kt).isNotEmpty();
        assertThat(kt).allSatisfy(entry -> assertThat(entry.citations()).isNotEmpty());
        assertThat(agreements.search(AgreementFilter.everything().withPartners(List.of("kt"), false), Locale.KOREAN)
                .getTotalElements()).isEqualTo(2);
    }

    @Test
    void theReadModelsRunOnH2() {
        Source source = records.source("H2 기사");
        Organization group = records.organization("h2-group", OrganizationKind.FINANCIAL_GROUP);
        Organization bank = records.organization("h2-bank", OrganizationKind.BANK, group);
        Organization telecom = records.organization("h2-telecom", OrganizationKind.TELECOM);
        records.agreement("MOU", PartialDate.ofMonth(2020, 8), source, group, telecom);
        records.initiative("Service", PartialDate.ofDay(2020, 9, 10), source, bank, telecom);
        records.position("h2-ceo", bank, PartialDate.ofYear(2020), source);
        records.flush();

        assertThat(agreements.search(AgreementFilter.everything().withPartners(List.of("h2-group"), true)
                .between(PartialDate.parse("2020"), PartialDate.parse("2020-12")).matching("mou"), Locale.KOREAN)
                .getTotalElements()).isEqualTo(1);
        List<TimelineEntry> entries = timeline.entries(TimelineFilter.everything()
                .withPartners(List.of("h2-telecom"), false)).getContent();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).citations()).hasSize(1);
        assertThat(timeline.entries(TimelineFilter.everything().withPartners(List.of("h2-telecom"), false)
                .onDates(Set.of(AgreementDate.SIGNED))).getContent()).extracting(TimelineEntry::agreementDate)
                .containsExactly(AgreementDate.SIGNED);
        PartnerOverview overview = dossiers.overviewOf("h2-group");
        assertThat(overview.affiliates()).hasSize(1);
        assertThat(overview.summary().firstActivity()).isNotNull();
        assertThat(dossiers.sourcesOf("h2-group", PageSlice.first()).content().getTotalElements()).isEqualTo(1);
    }

    @Test
    void theNetworkSummariesFollowSavesOnH2() {
        Source source = records.source("H2 네트워크 기사");
        Organization group = records.organization("h2-net-group", OrganizationKind.FINANCIAL_GROUP);
        Organization bank = records.organization("h2-net-bank", OrganizationKind.BANK, group);
        Organization telecom = records.organization("h2-net-telecom", OrganizationKind.TELECOM);
        Organization card = records.organization("h2-net-card", OrganizationKind.CARD_COMPANY);
        records.agreement("Network one", PartialDate.ofMonth(2020, 8), source, bank, telecom, card);
        Agreement second = records.agreement("Network two", PartialDate.ofYear(2021), source, group, telecom);
        records.agreement("Network three", PartialDate.ofYear(2021), source, bank, card);
        records.flush();
        agreements.delete(second.getId());
        records.flush();

        for (String pair : NetworkSummaryTables.PAIRS) {
            String[] tableAndView = pair.split(":");
            assertThat(NetworkSummaryTables.differences(jdbc, tableAndView[0], tableAndView[1])).as(pair).isZero();
        }
        assertThat(jdbc.sql("select agreements from network_pair_totals where grouped = false and first_id = :a and second_id = :b")
                .param("a", Math.min(bank.getId(), card.getId())).param("b", Math.max(bank.getId(), card.getId()))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theSearchRunsOnH2() {
        assertThat(search.search("카카오").groups().get(SearchKind.ORGANIZATION)).extracting(hit -> hit.link().key())
                .contains("kakao", "kakao-pay");
        assertThat(search.search("카카").groups().get(SearchKind.ORGANIZATION)).extracting(hit -> hit.link().key())
                .contains("kakao", "kakao-pay");
        assertThat(search.search("케뱅").groups().get(SearchKind.ORGANIZATION)).extracting(hit -> hit.link().key())
                .containsExactly("k-bank");
        assertThat(search.search("%").isEmpty()).isTrue();
    }

    @Test
    void theHistoryNamesRunOnH2() {
        long agreement = jdbc.sql("select min(id) from agreements").query(Long.class).single();

        RecordHistory seeded = history.recordHistory(Agreement.class, agreement);
        RecordHistory neverExisted = history.recordHistory(Organization.class, 99_999_999L);

        assertThat(seeded.title()).isNotNull();
        assertThat(seeded.names()).hasSizeGreaterThan(2);
        assertThat(neverExisted.title()).isNull();
        assertThat(recentChanges.page(PageSlice.first()).getContent()).isNotEmpty();
    }

    @Autowired
    com.partnershiptracker.source.UnfoundQuotes unfoundQuotes;

    @Test
    void theSeedQuotesAreCheckedAgainstTheirArticleTextsOnH2() {
        com.partnershiptracker.source.UnfoundQuotes.Report report = unfoundQuotes.find();
        assertThat(report.checked()).isEqualTo(151);
        assertThat(report.notFound()).isZero();
    }

    @Test
    void theIdentifierChecksRunOnH2() {
        for (String[] row : SchemaOnPostgresTests.MALFORMED_IDENTIFIERS) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(SchemaOnPostgresTests.insertWithIdentifier(row[0], row[1]))
                            .param("slug", "malformed-identifier").param("value", row[2]).update())
                    .as(String.join(" ", row)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
        jdbc.sql(SchemaOnPostgresTests.insertWithIdentifier("organizations", "kr_corporate_registration_number"))
                .param("slug", "h2-numbered").param("value", "1101110000002").update();
        jdbc.sql(SchemaOnPostgresTests.insertWithIdentifier("organizations", "wikidata_id")).param("slug", "h2-wikidata").param("value", "Q42").update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(SchemaOnPostgresTests.insertWithIdentifier("organizations", "wikidata_id"))
                        .param("slug", "h2-wikidata-again").param("value", "Q42").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select slug from organizations where kr_corporate_registration_number = '1101110000002'")
                .query(String.class).single()).isEqualTo("h2-numbered");
    }
}
