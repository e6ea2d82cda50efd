package com.partnershiptracker.importing;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.export.Csv;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeCsv;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.ImportSteps;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The initiatives layout, planning and applying against PostgreSQL; each test's transaction is rolled back. */
@PostgresTest
class InitiativesImportTests {

    static final String HEADER = "title_ko,title_en,kind,status,agreement,announced,announced_precision,announced_inferred,announced_note,"
            + "started,started_precision,started_inferred,started_note,launched,launched_precision,launched_inferred,launched_note,"
            + "ended,ended_precision,ended_inferred,ended_note,organizations,organization_roles,description_ko,description_en,create_if_missing\n";

    @Autowired
    ImportSteps importing;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestRecords records;

    @Autowired
    InitiativesLayout layout;

    Agreement agreement;

    @BeforeEach
    void aBankATelecomAndTheirAgreement() {
        organizations.create(new Organization("alpha-bank", Bilingual.of("알파 은행", "Alpha Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("Shared"));
        organizations.create(new Organization("gamma-telecom", Bilingual.of("감마텔레콤", "Gamma Telecom"), OrganizationKind.TELECOM),
                (organization, bySlug) -> organization.addAlias("Shared"));
        Source source = records.source("Alpha and Gamma sign");
        agreement = records.agreement("Alpha-Gamma MOU", PartialDate.ofMonth(2021, 3), source,
                organizations.getBySlug("alpha-bank"), organizations.getBySlug("gamma-telecom"));
        records.flush();
    }

    @Test
    void createsAnInitiativeWithItsOrganizationsRolesAgreementAndPartialDates() {
        String id = importing.upload("initiatives", HEADER + "알파 알뜰폰,Alpha budget plan,product,launched,#" + agreement.getId()
                + ",2021,,yes,from the annual report,,,,,2021.9.1,,,,,,,,알파은행; ＧＡＭＭＡ telecom,provider;platform,설명,,\n");

        ImportPreview preview = importing.preview(id);
        assertThat(preview.totals()).isEqualTo(new ImportTotals(1, 0, 0, 0));
        importing.apply(id);
        records.flushAndClear();

        Initiative saved = initiatives.withOrganizations(initiatives.idsTitled(List.of("알파 알뜰폰"))).get(0);
        assertThat(saved.getTitle()).isEqualTo(Bilingual.of("알파 알뜰폰", "Alpha budget plan"));
        assertThat(saved.getAgreement().getId()).isEqualTo(agreement.getId());
        assertThat(saved.getAnnounced()).isEqualTo(PartialDate.of(LocalDate.of(2021, 1, 1), DatePrecision.YEAR, true, "from the annual report"));
        assertThat(saved.getAnnounced().isInferred()).isTrue();
        assertThat(saved.getAnnounced().note()).isEqualTo("from the annual report");
        assertThat(saved.getLaunched()).isEqualTo(PartialDate.ofDay(2021, 9, 1));
        assertThat(saved.getOrganizations()).extracting(io -> io.getOrganization().getSlug()).containsExactly("alpha-bank", "gamma-telecom");
        assertThat(saved.getOrganizations()).extracting(io -> io.getRole()).containsExactly(InitiativeRole.PROVIDER, InitiativeRole.PLATFORM);
        assertThat(saved.getDescription().ko()).isEqualTo("설명");
    }

    @Test
    void theSameFileAgainIsUnchangedAndAChangedOneShowsEachChangedField() {
        String first = importing.upload("initiatives", HEADER + ",Alpha pay,service,planned,,,,,,2021-03,month,,,,,,,,,,,alpha-bank,lead,,,\n");
        importing.apply(first);
        records.flushAndClear();

        String again = importing.upload("initiatives", HEADER + ",Alpha pay,service,planned,,,,,,2021.3,,,,,,,,,,,,Alpha Bank,,,,\n");
        assertThat(importing.totals(again)).isEqualTo(new ImportTotals(0, 0, 1, 0));

        String changed = importing.upload("initiatives", HEADER + ",Alpha pay,service,launched,,,,,,2021-03,,,,2022,,yes,,,,,,alpha-bank; gamma-telecom,,,,\n");
        RowPlan plan = importing.rows(changed).get(0);
        assertThat(plan.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(plan.changes()).containsExactly(
                new FieldChange("status", "PLANNED", "LAUNCHED"),
                new FieldChange("launched", "", "2022 (inferred)"),
                new FieldChange("organizations", "alpha-bank", "alpha-bank;gamma-telecom"),
                new FieldChange("organization_roles", "LEAD", "LEAD;PARTNER"));
        importing.apply(changed);
        records.flushAndClear();
        Initiative saved = initiatives.withOrganizations(initiatives.idsTitled(List.of("alpha pay"))).get(0);
        assertThat(saved.getStatus().name()).isEqualTo("LAUNCHED");
        assertThat(saved.getLaunched().isInferred()).isTrue();
        assertThat(saved.getStarted()).isEqualTo(PartialDate.ofMonth(2021, 3));
        assertThat(saved.getOrganizations()).extracting(io -> io.getRole()).containsExactly(InitiativeRole.LEAD, InitiativeRole.PARTNER);
    }

    @Test
    void eachBadRowIsAnErrorNamingItsColumnAndTheCandidatesOfAnAmbiguousName() {
        initiatives.save(new Initiative(Bilingual.of(null, "Twin program"), com.partnershiptracker.initiative.InitiativeKind.PROGRAM,
                com.partnershiptracker.initiative.InitiativeStatus.PLANNED));
        initiatives.save(new Initiative(Bilingual.of(null, "twin program"), com.partnershiptracker.initiative.InitiativeKind.PROGRAM,
                com.partnershiptracker.initiative.InitiativeStatus.PLANNED));
        records.flush();
        String id = importing.upload("initiatives", HEADER
                + ",Shared plan,service,planned,,,,,,,,,,,,,,,,,,alpha-bank; shared,,,,\n"
                + ",Nobody plan,service,planned,,,,,,,,,,,,,,,,,,Nobody Corp,,,,\n"
                + ",Lost deal plan,service,planned,99999999,,,,,,,,,,,,,,,,,alpha-bank,,,,\n"
                + ",Twin program,program,planned,,,,,,,,,,,,,,,,,,alpha-bank,,,,\n"
                + ",Backwards plan,service,ended,,,,,,2022,,,,,,,,2021,,,,alpha-bank,,,,\n"
                + ",Unreadable plan,service,planned,,someday,,,,,,,,,,,,,,,,alpha-bank,,,,\n"
                + ",Fine plan,service,planned,,,,,,,,,,,,,,,,,,alpha-bank,,,,\n"
                + ",fine PLAN,service,planned,,,,,,,,,,,,,,,,,,alpha-bank,,,,\n");

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows.get(0).error()).isEqualTo(RowError.in("organizations", "import.error.ambiguousOrganization", "shared", "alpha-bank, gamma-telecom"));
        assertThat(rows.get(1).error()).isEqualTo(RowError.in("organizations", "import.error.unknownOrganization", "Nobody Corp"));
        assertThat(rows.get(2).error()).isEqualTo(RowError.in("agreement", "import.error.unknownAgreement", "99999999"));
        assertThat(rows.get(3).error().column()).isEqualTo("title_ko");
        assertThat(rows.get(3).error().messageKey()).isEqualTo("import.error.ambiguousInitiative");
        assertThat(rows.get(4).error()).isEqualTo(RowError.in("ended", "import.error.endsBeforeStarted", "2022"));
        assertThat(rows.get(5).error()).isEqualTo(RowError.in("announced", "import.error.date", "someday"));
        assertThat(rows.get(6).outcome()).isEqualTo(Outcome.CREATE);
        assertThat(rows.get(7).error()).isEqualTo(RowError.in("title_ko", "import.error.duplicateInFile", 7L));
    }

    @Test
    void createsAnUnknownOrganizationOnlyWhereTheRowAsks() {
        String id = importing.upload("initiatives", HEADER
                + ",Delta plan,service,planned,,,,,,,,,,,,,,,,,,alpha-bank; Delta Pay,,,,yes\n"
                + ",Delta plan two,service,planned,,,,,,,,,,,,,,,,,,delta pay,,,,\n");

        ImportResult result = importing.apply(id);

        assertThat(result.totals()).isEqualTo(new ImportTotals(2, 0, 0, 0));
        assertThat(organizations.findBySlug("delta-pay")).isPresent();
    }

    @Test
    void theExportReimportsUnchangedAndIntoARecordWithoutItsInitiativesCreatesThemWithTheSameValues() {
        Initiative launched = records.initiative("Alpha wallet", PartialDate.ofDay(2021, 9, 1), records.source("wallet"),
                organizations.getBySlug("alpha-bank"), organizations.getBySlug("gamma-telecom"));
        launched.announceOn(PartialDate.ofYear(2021).inferred("from the annual report"));
        launched.stemFrom(agreement);
        launched.describe(Bilingual.of("지갑", "A wallet, \"quoted\", with a comma"));
        Initiative internal = initiatives.save(new Initiative(Bilingual.of("내부 교육", null), com.partnershiptracker.initiative.InitiativeKind.TRAINING,
                com.partnershiptracker.initiative.InitiativeStatus.IN_PROGRESS));
        internal.involve(organizations.getBySlug("alpha-bank"), InitiativeRole.LEAD);
        internal.startOn(PartialDate.ofMonth(2020, 11));
        records.flushAndClear();
        String exported = export();

        String same = importing.upload("initiatives", exported);
        assertThat(importing.totals(same)).isEqualTo(new ImportTotals(0, 0, 2, 0));

        initiatives.delete(launched.getId());
        initiatives.delete(internal.getId());
        records.flushAndClear();
        String into = importing.upload("initiatives", exported);
        assertThat(importing.totals(into)).isEqualTo(new ImportTotals(2, 0, 0, 0));
        importing.apply(into);
        records.flushAndClear();

        assertThat(withoutIds(export())).isEqualTo(withoutIds(exported));
    }

    @Test
    void theTemplatesExamplesFillEveryColumn() {
        assertThat(layout.examples()).hasSize(2).allSatisfy(example -> assertThat(example).hasSameSizeAs(layout.columns()));
        assertThat(layout.columns().subList(0, InitiativeCsv.COLUMNS.size())).isEqualTo(InitiativeCsv.COLUMNS);
    }

    @Test
    void aPreviewRunsTheSameNumberOfStatementsForTenRowsAsForAChunk() {
        int ten = statementsToPreview(10);
        int chunk = statementsToPreview(ImportService.CHUNK);
        assertThat(chunk).isEqualTo(ten);
    }

    private int statementsToPreview(int rows) {
        return importing.statementsToPreview("initiatives", HEADER, rows,
                i -> ",Plan " + i + ",service,planned," + agreement.getId() + ",,,,,2021,,,,,,,,,,,,alpha-bank; Gamma Telecom,,,,\n");
    }

    /** The file /initiatives.csv writes, through the same service call and row layout. */
    private String export() {
        StringBuilder text = new StringBuilder();
        Csv csv = Csv.withoutByteOrderMark(text);
        csv.row(InitiativeCsv.COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        initiatives.forEachWithOrganizations(500, new ExportSink<>() {
            @Override
            public void open() {
            }

            @Override
            public void accept(Initiative initiative) {
                rows.add(InitiativeCsv.fields(initiative));
            }
        });
        rows.forEach(csv::row);
        return text.toString();
    }

    private static String withoutIds(String csv) {
        return csv.lines().map(line -> line.replaceFirst("^\\d+,", ",")).sorted().reduce("", (a, b) -> a + b + "\n");
    }

}
