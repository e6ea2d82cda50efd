package com.partnershiptracker.importing;

import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.ImportSteps;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Planning and applying files against PostgreSQL; each test's transaction is rolled back. */
@PostgresTest
class ImportServiceTests {

    static final String ORGANIZATION_HEADER = "slug,name_ko,name_en,kind,parent,aliases,website,founded,founded_precision,"
            + "dissolved,dissolved_precision,description_ko,description_en";
    static final String AGREEMENT_HEADER = "title_ko,title_en,kind,status,date,date_precision,parties,summary_ko,summary_en,create_if_missing\n";

    @Autowired
    ImportService imports;

    @Autowired
    ImportSteps importing;

    @Autowired
    OrganizationService organizations;

    @Autowired
    AgreementService agreements;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoBanksAndATelecom() {
        organizations.create(new Organization("alpha-bank", Bilingual.of("알파 은행", "Alpha Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("AB"));
        organizations.create(new Organization("beta-bank", Bilingual.of("베타은행", "Beta Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("Shared"));
        organizations.create(new Organization("gamma-telecom", Bilingual.of("감마텔레콤", "Gamma Telecom"), OrganizationKind.TELECOM),
                (organization, bySlug) -> organization.addAlias("Shared"));
        records.flush();
    }

    @Test
    void previewsEachRowAsCreateOrErrorWithTheColumnAndTheCandidatesOfAnAmbiguousName() {
        String id = importing.upload("agreements", AGREEMENT_HEADER
                + "알파-감마 협약,Alpha-Gamma MOU,mou,signed,2021년 3월,,알파은행; ＧＡＭＭＡ telecom,,,\n"
                + ",Alpha-Shared MOU,mou,signed,2021,,alpha-bank; shared,,,\n"
                + ",Alpha-Nobody MOU,mou,signed,2021,,ab; Nobody Corp,,,\n");

        ImportPreview preview = importing.preview(id);

        assertThat(preview.totals()).isEqualTo(new ImportTotals(1, 0, 0, 2));
        assertThat(preview.rows()).extracting(RowPlan::outcome).containsExactly(Outcome.CREATE, Outcome.ERROR, Outcome.ERROR);
        RowError ambiguous = preview.rows().get(1).error();
        assertThat(ambiguous.column()).isEqualTo("parties");
        assertThat(ambiguous.messageKey()).isEqualTo("import.error.ambiguousOrganization");
        assertThat(ambiguous.arguments()).containsExactly("shared", "beta-bank, gamma-telecom");
        assertThat(preview.rows().get(2).error().messageKey()).isEqualTo("import.error.unknownOrganization");
    }

    @Test
    void organizationIdentifiersImportInTheirCanonicalFormAndAnInvalidOneIsAnErrorInItsColumn() {
        String header = ORGANIZATION_HEADER + ",wikidata_id,lei,kr_corporate_registration_number\n";
        String id = importing.upload("organizations", header
                + "alpha-bank,알파 은행,Alpha Bank,bank,,AB,,,,,,,,https://www.wikidata.org/wiki/Q42,,110111-0000002\n"
                + "delta-bank,,Delta Bank,bank,,,,,,,,,,,NOT-A-LEI,\n");

        ImportPreview preview = importing.preview(id);

        assertThat(preview.rows().get(0).changes()).extracting(FieldChange::column, FieldChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wikidata_id", "Q42"),
                        org.assertj.core.groups.Tuple.tuple("kr_corporate_registration_number", "1101110000002"));
        assertThat(preview.rows().get(1).error().column()).isEqualTo("lei");
        assertThat(importing.applySkippingErrors(id).applied()).isTrue();
        records.flush();
        assertThat(organizations.getBySlug("alpha-bank").getIdentifiers().wikidata()).isEqualTo("Q42");
    }

    @Test
    void aFileWithoutIdentifierColumnsLeavesTheIdentifiersAsTheyAre() {
        String withIdentifiers = importing.upload("organizations", ORGANIZATION_HEADER + ",wikidata_id\n"
                + "alpha-bank,알파 은행,Alpha Bank,bank,,AB,,,,,,,,Q42\n");
        importing.apply(withIdentifiers);
        records.flush();
        String without = importing.upload("organizations", ORGANIZATION_HEADER + "\n"
                + "alpha-bank,알파 은행,Alpha Bank,bank,,AB,,,,,,,\n");

        assertThat(importing.rows(without).get(0).changes())
                .extracting(FieldChange::column).doesNotContain("wikidata_id");
    }

    @Test
    void appliesNothingWhenARowIsInErrorAndOnlyTheValidRowsWhenAskedToSkipTheRest() {
        long before = agreementCount();
        String id = importing.upload("agreements", AGREEMENT_HEADER
                + ",Alpha-Beta MOU,mou,signed,2021-03-05,,alpha-bank; beta-bank,,,\n"
                + ",Alpha-Shared MOU,mou,signed,2021,,alpha-bank; shared,,,\n");

        ImportResult refused = importing.apply(id);
        assertThat(refused.applied()).isFalse();
        assertThat(agreementCount()).isEqualTo(before);

        ImportResult applied = importing.applySkippingErrors(id);
        assertThat(applied.applied()).isTrue();
        assertThat(applied.totals()).isEqualTo(new ImportTotals(1, 0, 0, 1));
        assertThat(agreementCount()).isEqualTo(before + 1);
    }

    @Test
    void aSecondImportOfTheSameFileUpdatesNothingAndAChangedOneShowsEachChangedField() {
        String first = importing.upload("agreements", AGREEMENT_HEADER + ",Alpha-Beta MOU,mou,signed,2021-03,month,alpha-bank; beta-bank,,,\n");
        importing.apply(first);
        records.flushAndClear();

        String again = importing.upload("agreements", AGREEMENT_HEADER + ",Alpha-Beta MOU,mou,signed,2021.3,,Alpha Bank; 베타 은행,,,\n");
        assertThat(importing.totals(again)).isEqualTo(new ImportTotals(0, 0, 1, 0));

        String changed = importing.upload("agreements", AGREEMENT_HEADER + ",Alpha-Beta MOU,mou,active,2021-03,,alpha-bank; gamma-telecom,요약,,\n");
        RowPlan plan = importing.rows(changed).get(0);
        assertThat(plan.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(plan.changes()).containsExactly(
                new FieldChange("status", "SIGNED", "ACTIVE"),
                new FieldChange("parties", "alpha-bank;beta-bank", "alpha-bank;gamma-telecom"),
                new FieldChange("summary_ko", "", "요약"));
        importing.apply(changed);
        records.flushAndClear();
        AgreementDetails saved = agreements.detailsOf(agreements.idsTitled(List.of("alpha-beta mou"))).get(0);
        assertThat(saved.status().name()).isEqualTo("ACTIVE");
        assertThat(saved.signed()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2021, 3, 1), DatePrecision.MONTH));
        assertThat(saved.parties()).extracting(p -> p.slug()).containsExactly("alpha-bank", "gamma-telecom");
    }

    @Test
    void theLaterOfTwoRowsForTheSameRecordIsAnErrorNamingTheEarlier() {
        String id = importing.upload("agreements", AGREEMENT_HEADER
                + ",Alpha-Beta MOU,mou,signed,2021,,alpha-bank; beta-bank,,,\n"
                + ",alpha-beta  mou,mou,signed,2021,,alpha-bank; beta-bank,,,\n");

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows.get(0).outcome()).isEqualTo(Outcome.CREATE);
        assertThat(rows.get(1).error().messageKey()).isEqualTo("import.error.duplicateInFile");
        assertThat(rows.get(1).error().arguments()).containsExactly(1L);
    }

    @Test
    void createsAnUnknownOrganizationOnlyWhereTheRowAsks() {
        String id = importing.upload("agreements", AGREEMENT_HEADER
                + ",Alpha-Delta MOU,mou,signed,2021,,alpha-bank; Delta Pay,,,yes\n"
                + ",Beta-Delta MOU,mou,signed,2021,,beta-bank; delta pay,,,\n");

        ImportResult result = importing.apply(id);

        assertThat(result.totals()).isEqualTo(new ImportTotals(2, 0, 0, 0));
        assertThat(organizations.findBySlug("delta-pay")).hasValueSatisfying(delta -> assertThat(delta.getName().en()).isEqualTo("Delta Pay"));
    }

    @Test
    void refusesARowWithAFormulaCellNamingTheColumn() {
        String id = importing.upload("agreements", AGREEMENT_HEADER + ",Alpha-Beta MOU,mou,signed,2021,,alpha-bank; beta-bank,=HYPERLINK(\"x\"),,\n");

        RowPlan plan = importing.rows(id).get(0);

        assertThat(plan.error()).isEqualTo(RowError.in("summary_ko", "import.error.formula", "summary_ko"));
    }

    @Test
    void importsOrganizationsWithParentsEarlierInTheFileAndUpdatesBySlug() {
        String id = importing.upload("organizations", "slug,name_ko,name_en,kind,parent,aliases,website,founded,founded_precision,dissolved,dissolved_precision,description_ko,description_en\n"
                + "omega-group,오메가금융,Omega Group,financial_group,,OG; 오메가,https://omega.example,1999-03-02,month,,,,\n"
                + "omega-bank,오메가은행,Omega Bank,bank,Omega Group,,,2001,,,,,\n"
                + "alpha-bank,알파 은행,Alpha Bank,bank,omega-group,AB,,,,,,,\n");

        ImportResult result = importing.apply(id);
        records.flushAndClear();

        assertThat(result.totals()).isEqualTo(new ImportTotals(2, 1, 0, 0));
        Organization bank = organizations.getBySlug("omega-bank");
        assertThat(organizations.getBySlug("omega-group").getFounded()).isEqualTo(PartialDate.ofMonth(1999, 3));
        assertThat(organizations.getBySlug("omega-group").getAliases()).containsExactly("OG", "오메가");
        assertThat(organizations.findAllBySlugs(List.of("alpha-bank")).get(0).getParentId())
                .isEqualTo(organizations.getBySlug("omega-group").getId());
        assertThat(bank.getParentId()).isEqualTo(organizations.getBySlug("omega-group").getId());
    }

    @Test
    void anEucKrFileIsReadAndTheEncodingNamed() {
        byte[] file = (AGREEMENT_HEADER + "알파-베타 협약,,mou,signed,2021,,알파은행; 베타은행,,,\n").getBytes(Charset.forName("EUC-KR"));
        String id = imports.upload("agreements", "korean.csv", file, "editor");

        ImportPreview preview = importing.preview(id);

        assertThat(preview.readAs()).isEqualTo("EUC-KR");
        assertThat(preview.rows().get(0).label()).isEqualTo("알파-베타 협약");
        assertThat(preview.totals().create()).isEqualTo(1);
    }

    @Test
    void refusesHostileFilesWholeAndKeepsNothing() {
        long kept = jdbc.sql("select count(*) from import_uploads").query(Long.class).single();
        assertRefused(new byte[0], "import.file.empty");
        assertRefused(new byte[ImportService.MAX_BYTES + 1], "import.file.tooLarge");
        assertRefused(new byte[] {'t', 'i', 't', 0, 1, 2}, "import.file.binary");
        assertRefused("title_ko,title_en,kind\nx,y,mou\n".getBytes(StandardCharsets.UTF_8), "import.file.missingColumns");
        assertRefused((AGREEMENT_HEADER.strip() + ",colour\n").getBytes(StandardCharsets.UTF_8), "import.file.extraColumns");
        assertRefused((AGREEMENT_HEADER + ",\"Alpha,mou\n").getBytes(StandardCharsets.UTF_8), "import.file.unclosedQuote");
        assertThat(jdbc.sql("select count(*) from import_uploads").query(Long.class).single()).isEqualTo(kept);
    }

    @Test
    void aFileWithByteOrderMarkCrlfAndQuotedLineBreaksPreviewsLikeAPlainOne() {
        String rows = ",\"Alpha-Beta\nMOU\",mou,signed,2021,,alpha-bank; beta-bank,\"줄\r\n바꿈\",,\r\n";
        String plain = importing.upload("agreements", AGREEMENT_HEADER + rows);
        String marked = importing.upload("agreements", "\uFEFF" + AGREEMENT_HEADER.replace("\n", "\r\n") + rows);

        ImportPreview a = importing.preview(plain);
        ImportPreview b = importing.preview(marked);

        assertThat(a.totals()).isEqualTo(b.totals()).isEqualTo(new ImportTotals(1, 0, 0, 0));
        assertThat(b.rows().get(0).label()).isEqualTo("Alpha-Beta\nMOU");
    }

    @Test
    void anotherUserCannotSeeTheUpload() {
        String id = importing.upload("agreements", AGREEMENT_HEADER);
        assertThat(imports.preview(id, "someone-else", 0, 50)).isEmpty();
        assertThat(imports.apply(id, "someone-else", true)).isEmpty();
    }

    @Test
    void aPreviewRunsTheSameNumberOfStatementsForTenRowsAsForAThousand() {
        int ten = statementsToPreview(10);
        int thousand = statementsToPreview(ImportService.CHUNK);
        assertThat(thousand).isEqualTo(ten);
        assertThat(statementsToPreview(3 * ImportService.CHUNK)).isLessThanOrEqualTo(ten + 2 * (ten - 2));
    }

    private int statementsToPreview(int rows) {
        return importing.statementsToPreview("agreements", AGREEMENT_HEADER, rows,
                i -> ",Deal " + i + ",mou,signed,2021,,alpha-bank; Beta Bank,,,\n");
    }

    private void assertRefused(byte[] content, String messageKey) {
        assertThatThrownBy(() -> imports.upload("agreements", "hostile.csv", content, "editor"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.reason().messageKey()).isEqualTo(messageKey));
    }


    private long agreementCount() {
        records.flush();
        return jdbc.sql("select count(*) from agreements").query(Long.class).single();
    }
}
