package com.partnershiptracker.importing;

import com.partnershiptracker.export.Csv;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationChange;
import com.partnershiptracker.organization.RelationCsv;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.ImportSteps;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The relations layout, planned and applied against PostgreSQL; each test's transaction is rolled back. */
@PostgresTest
class RelationsImportTests {

    static final String HEADER = "subject,kind,object,detail_ko,detail_en,started,started_precision,started_inferred,started_note,create_if_missing\n";

    @Autowired
    ImportSteps importing;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestRecords records;

    long stake;

    @BeforeEach
    void twoBanksATelecomAndOneStake() {
        organizations.create(new Organization("alpha-bank", Bilingual.of("알파 은행", "Alpha Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("AB"));
        organizations.create(new Organization("beta-bank", Bilingual.of("베타은행", "Beta Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("Shared"));
        organizations.create(new Organization("gamma-telecom", Bilingual.of("감마텔레콤", "Gamma Telecom"), OrganizationKind.TELECOM),
                (organization, bySlug) -> organization.addAlias("Shared"));
        stake = organizations.createRelation(relation("alpha-bank", RelationKind.MAJOR_SHAREHOLDER_OF, "beta-bank",
                Bilingual.of("지분 보유", null), PartialDate.ofMonth(2016, 12), null)).getId();
        records.flush();
    }

    @Test
    void previewsAnUnchangedRowANewRelationAndEachKindOfBadReferenceWithItsColumn() {
        String id = importing.upload("relations", HEADER
                + "알파은행,major_shareholder_of,Beta Bank,지분 보유,,2016-12,month,,,\n"
                + "AB,shareholder_of,gamma-telecom,,,2020,,,,\n"
                + "alpha-bank,alliance_partner_of,shared,,,,,,,\n"
                + "alpha-bank,other,Nobody Corp,,,,,,,\n"
                + "alpha-bank,other,Alpha Bank,,,,,,,\n"
                + "alpha-bank,owner_of,beta-bank,,,,,,,\n");

        ImportPreview preview = importing.preview(id);

        assertThat(preview.rows()).extracting(RowPlan::outcome).containsExactly(
                Outcome.UNCHANGED, Outcome.CREATE, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR);
        assertThat(preview.totals()).isEqualTo(new ImportTotals(1, 0, 1, 4));
        RowError ambiguous = preview.rows().get(2).error();
        assertThat(ambiguous.column()).isEqualTo("object");
        assertThat(ambiguous.messageKey()).isEqualTo("import.error.ambiguousOrganization");
        assertThat(ambiguous.arguments()).containsExactly("shared", "beta-bank, gamma-telecom");
        assertThat(preview.rows().get(3).error().messageKey()).isEqualTo("import.error.unknownOrganization");
        assertThat(preview.rows().get(4).error().messageKey()).isEqualTo("import.error.relationToItself");
        assertThat(preview.rows().get(5).error().column()).isEqualTo("kind");
    }

    @Test
    void anUpdateShowsEachChangedFieldAndSavesThePartialDateWithItsInferredFlagAndNote() {
        String id = importing.upload("relations", "id," + HEADER + stake
                + ",alpha-bank,major_shareholder_of,beta-bank,지분 보유,Stake,2016-12-20,,yes,from the filing date,\n");

        RowPlan plan = importing.rows(id).get(0);

        assertThat(plan.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(plan.changes()).containsExactly(
                new FieldChange("detail_en", "", "Stake"),
                new FieldChange("started", "2016-12", "2016-12-20 (inferred: from the filing date)"));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();
        OrganizationRelation saved = organizations.getRelation(stake);
        assertThat(saved.getDetail()).isEqualTo(Bilingual.of("지분 보유", "Stake"));
        assertThat(saved.getStarted()).isEqualTo(PartialDate.of(LocalDate.of(2016, 12, 20), DatePrecision.DAY, true, "from the filing date"));
    }

    @Test
    void anEndBeforeTheStartIsAnErrorOnTheEndColumn() {
        String id = importing.upload("relations", "subject,kind,object,started,ended\nalpha-bank,other,gamma-telecom,2020-05,2019\n");

        RowError error = importing.rows(id).get(0).error();

        assertThat(error.column()).isEqualTo("ended");
        assertThat(error.messageKey()).isEqualTo("import.error.endsBeforeStarted");
    }

    @Test
    void createsAnUnknownOrganizationOnlyWhereTheRowAsksAndLaterRowsMayNameIt() {
        String id = importing.upload("relations", HEADER
                + "Delta Pay,joint_venture_of,alpha-bank,,,,,,,yes\n"
                + "delta pay,alliance_partner_of,beta-bank,,,,,,,\n"
                + "Epsilon Card,alliance_partner_of,beta-bank,,,,,,,\n");

        List<RowPlan> rows = importing.rows(id);
        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.CREATE, Outcome.CREATE, Outcome.ERROR);
        assertThat(rows.get(0).changes()).containsExactly(new FieldChange("create_if_missing", "", "delta-pay"));

        assertThat(importing.applySkippingErrors(id).applied()).isTrue();
        records.flushAndClear();
        Organization delta = organizations.getBySlug("delta-pay");
        assertThat(delta.getKind()).isEqualTo(OrganizationKind.OTHER);
        assertThat(organizations.relationsOf(delta)).extracting(OrganizationRelation::getKind)
                .containsExactlyInAnyOrder(RelationKind.JOINT_VENTURE_OF, RelationKind.ALLIANCE_PARTNER_OF);
        assertThat(organizations.findBySlug("epsilon-card")).isEmpty();
    }

    @Test
    void theLaterOfTwoRowsForTheSameRelationIsAnErrorNamingTheEarlier() {
        String id = importing.upload("relations", HEADER
                + "alpha-bank,other,gamma-telecom,,,,,,,\n"
                + "Alpha Bank,OTHER,감마 텔레콤,,,,,,,\n");

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows.get(1).error().messageKey()).isEqualTo("import.error.duplicateInFile");
        assertThat(rows.get(1).error().arguments()).containsExactly(1L);
    }

    @Test
    void theExportReimportsUnchangedAndIntoARecordWithoutTheRelationsCreatesThemWithTheSameValues() {
        organizations.createRelation(relation("gamma-telecom", RelationKind.SUBSIDIARY_OF, "alpha-bank", Bilingual.of("자회사", "Subsidiary"),
                PartialDate.ofYear(2011).inferred("year of the share purchase"), PartialDate.ofDay(2019, 3, 5)));
        records.flushAndClear();
        String exported = export();

        ImportPreview again = importing.preview(importing.upload("relations", exported));
        assertThat(again.totals()).isEqualTo(new ImportTotals(0, 0, 2, 0));

        organizations.allRelations().forEach(relation -> organizations.deleteRelation(relation.getId()));
        records.flushAndClear();
        String id = importing.upload("relations", exported);
        assertThat(importing.totals(id)).isEqualTo(new ImportTotals(2, 0, 0, 0));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();

        assertThat(withoutIds(export())).isEqualTo(withoutIds(exported));
    }

    @Test
    void aPreviewRunsTheSameNumberOfStatementsForTenRowsAsForAThousand() {
        importing.assertPreviewStatementsDoNotGrowWithRows("relations", HEADER,
                i -> (i % 2 == 0 ? "alpha-bank" : "Beta Bank") + ",other,Partner " + i + ",,,2021,,,,yes\n");
    }

    private String export() {
        Csv csv = Csv.withoutByteOrderMark(new StringBuilder());
        csv.row(RelationCsv.COLUMNS);
        organizations.allRelations().forEach(relation -> csv.row(RelationCsv.fields(relation)));
        return csv.toString();
    }

    private static List<String> withoutIds(String csv) {
        return csv.lines().map(line -> line.substring(line.indexOf(','))).toList();
    }

    private static RelationChange relation(String subject, RelationKind kind, String object, Bilingual detail, PartialDate started, PartialDate ended) {
        return new RelationChange() {
            @Override
            public OrganizationRelation newRelation(Function<String, Optional<Organization>> bySlug) {
                return new OrganizationRelation(bySlug.apply(subject).orElseThrow(), kind, bySlug.apply(object).orElseThrow());
            }

            @Override
            public void applyTo(OrganizationRelation relation, Function<String, Optional<Organization>> bySlug) {
                relation.describe(detail);
                relation.holdsDuring(started, ended);
            }
        };
    }
}
