package com.partnershiptracker.importing;

import com.partnershiptracker.export.Csv;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementCsv;
import com.partnershiptracker.statement.StatementService;
import com.partnershiptracker.support.ImportSteps;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The statements layout, planned and applied against PostgreSQL; each test's transaction is rolled back. */
@PostgresTest
class StatementsImportTests {

    static final String HEADER = "person,organization,text_ko,text_en,stated,stated_precision,stated_inferred,stated_note\n";

    @Autowired
    ImportSteps importing;

    @Autowired
    OrganizationService organizations;

    @Autowired
    PersonService people;

    @Autowired
    StatementService statements;

    @Autowired
    TestRecords records;

    long said;

    @BeforeEach
    void aBankATelecomAPersonAndOneStatement() {
        Organization alpha = organizations.create(new Organization("alpha-bank", Bilingual.of("알파 은행", "Alpha Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("Shared"));
        organizations.create(new Organization("gamma-telecom", Bilingual.of("감마텔레콤", "Gamma Telecom"), OrganizationKind.TELECOM),
                (organization, bySlug) -> organization.addAlias("Shared"));
        Person hong = people.save(new Person("hong-gildong", Bilingual.of("홍길동", "Hong Gil-dong")));
        Statement statement = Statement.by(hong, alpha, Bilingual.of("협업이 답이다", null));
        statement.dateStated(PartialDate.ofMonth(2020, 8));
        said = statements.save(statement).getId();
        records.flush();
    }

    @Test
    void previewsUnchangedNewAndBadRowsWithTheirColumns() {
        String id = importing.upload("statements", HEADER
                + "hong-gildong,Alpha Bank,협업이 답이다,,2020-08,month,,\n"
                + ",감마 텔레콤,,We will grow together,2021,,,\n"
                + "nobody,alpha-bank,말,,,,,\n"
                + "hong-gildong,shared,말,,,,,\n"
                + ",,말,,,,,\n"
                + "hong-gildong,,,,,,,\n");

        ImportPreview preview = importing.preview(id);

        assertThat(preview.rows()).extracting(RowPlan::outcome).containsExactly(
                Outcome.UNCHANGED, Outcome.CREATE, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR);
        assertThat(preview.rows().get(2).error().messageKey()).isEqualTo("import.error.unknownPerson");
        RowError ambiguous = preview.rows().get(3).error();
        assertThat(ambiguous.column()).isEqualTo("organization");
        assertThat(ambiguous.arguments()).containsExactly("shared", "alpha-bank, gamma-telecom");
        assertThat(preview.rows().get(4).error().messageKey()).isEqualTo("import.error.speakerRequired");
        assertThat(preview.rows().get(5).error().messageKey()).isEqualTo("import.error.statementTextRequired");
    }

    @Test
    void anUpdateByIdShowsEachChangedFieldAndSavesTheDateWithItsInferredFlagAndNote() {
        String id = importing.upload("statements", "id," + HEADER + said + ",hong-gildong,alpha-bank,협업이 답이다,Partnering is the answer,2020-08-31,,yes,from the event date,\n"
                .replace(",\n", "\n"));

        RowPlan plan = importing.rows(id).get(0);

        assertThat(plan.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(plan.changes()).containsExactly(
                new FieldChange("text_en", "", "Partnering is the answer"),
                new FieldChange("stated", "2020-08", "2020-08-31 (inferred: from the event date)"));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();
        Statement saved = statements.getWithSpeaker(said);
        assertThat(saved.getText()).isEqualTo(Bilingual.of("협업이 답이다", "Partnering is the answer"));
        assertThat(saved.getStated()).isEqualTo(PartialDate.of(LocalDate.of(2020, 8, 31), DatePrecision.DAY, true, "from the event date"));
    }

    @Test
    void theExportReimportsUnchangedAndWithoutTheStatementsCreatesThemWithTheSameValues() {
        organizations.findBySlug("gamma-telecom").ifPresent(gamma -> {
            Statement spokesperson = Statement.bySpokespersonOf(gamma, Bilingual.of(null, "We will grow together"));
            spokesperson.glossInEnglish("gloss");
            spokesperson.placeInContext(Bilingual.of("간담회", "Press meeting"));
            spokesperson.dateStated(PartialDate.ofYear(2021).inferred("year of the report"));
            statements.save(spokesperson);
        });
        records.flushAndClear();
        String exported = export();

        assertThat(importing.totals(importing.upload("statements", exported))).isEqualTo(new ImportTotals(0, 0, 2, 0));

        statements.allWithSpeakers().forEach(statement -> statements.delete(statement.getId()));
        records.flushAndClear();
        String id = importing.upload("statements", exported);
        assertThat(importing.totals(id)).isEqualTo(new ImportTotals(2, 0, 0, 0));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();

        assertThat(withoutIds(export())).isEqualTo(withoutIds(exported));
    }

    @Test
    void aPreviewRunsTheSameNumberOfStatementsForTenRowsAsForAThousand() {
        importing.assertPreviewStatementsDoNotGrowWithRows("statements", HEADER,
                i -> (i % 2 == 0 ? "hong-gildong,alpha-bank" : ",Gamma Telecom") + ",말 " + i + ",,2021,,,\n");
    }

    private String export() {
        Csv csv = Csv.withoutByteOrderMark(new StringBuilder());
        csv.row(StatementCsv.COLUMNS);
        statements.allWithSpeakers().forEach(statement -> csv.row(StatementCsv.fields(statement)));
        return csv.toString();
    }

    private static List<String> withoutIds(String csv) {
        return csv.lines().map(line -> line.substring(line.indexOf(','))).toList();
    }

}
