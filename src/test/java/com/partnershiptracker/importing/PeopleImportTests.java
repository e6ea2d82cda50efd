package com.partnershiptracker.importing;

import com.partnershiptracker.export.Csv;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonChange;
import com.partnershiptracker.person.PersonCsv;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.person.PositionChange;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.CsvReader;
import com.partnershiptracker.support.ImportSteps;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The people layout, planned and applied against PostgreSQL; each test's transaction is rolled back. */
@PostgresTest
class PeopleImportTests {

    static final String HEADER = String.join(",", PersonCsv.COLUMNS) + "\n";

    @Autowired
    ImportSteps importing;

    @Autowired
    OrganizationService organizations;

    @Autowired
    PersonService people;

    @Autowired
    TestRecords records;

    long hong;
    long ceo;

    @BeforeEach
    void threeOrganizationsAndAPersonWithOnePosition() {
        organizations.create(new Organization("alpha-bank", Bilingual.of("알파 은행", "Alpha Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("AB"));
        organizations.create(new Organization("beta-bank", Bilingual.of("베타은행", "Beta Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("Shared"));
        organizations.create(new Organization("gamma-telecom", Bilingual.of("감마텔레콤", "Gamma Telecom"), OrganizationKind.TELECOM),
                (organization, bySlug) -> organization.addAlias("Shared"));
        hong = people.create(person("hong-gildong", Bilingual.of("홍길동", "Hong Gil-dong"), List.of("Gildong"), 1960, "Q1001")).getId();
        ceo = people.createPosition(hong, position("alpha-bank", Bilingual.of("행장", "CEO"), PartialDate.ofMonth(2020, 3), null)).getId();
        records.flush();
    }

    @Test
    void previewsAnUnchangedRowNewPeopleAndPositionsAndEachKindOfBadRowWithItsColumn() {
        String id = importing.upload("people", HEADER
                + line("", "hong-gildong", "홍길동", "Hong Gil-dong", "Gildong", "1960", "Q1001", "", "Alpha Bank", "행장", "CEO", "2020-03", "month")
                + line("", "kim-cheolsu", "김철수", "Kim Cheol-su", "", "", "", "", "Beta Bank", "부행장", "", "2021")
                + line("", "kim-cheolsu", "", "", "", "", "", "", "감마 텔레콤", "사외이사", "", "2022")
                + line("", "nobody-here", "", "", "", "", "", "", "alpha-bank", "행장")
                + line("", "hong-gildong", "", "", "", "", "", "", "shared", "고문")
                + line("", "hong-gildong", "", "", "", "", "", "", "Nobody Corp", "고문")
                + line("", "hong-gildong", "홍길동", "Hong Gil-dong", "Gildong", "1960", "Q1001", "", "AB", "행장", "CEO", "2020-03", "month")
                + line("", "kim-cheolsu", "김철수", "Kim Chul-soo", "", "", "", "", "Beta Bank", "이사")
                + line("", "lee-younghee", "이영희", "", "", "", "Q1001")
                + line("", "park-minsu", "박민수", "", "", "1820"));

        ImportPreview preview = importing.preview(id);

        assertThat(preview.rows()).extracting(RowPlan::outcome).containsExactly(
                Outcome.UNCHANGED, Outcome.CREATE, Outcome.CREATE, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR,
                Outcome.ERROR, Outcome.ERROR, Outcome.ERROR);
        assertThat(preview.totals()).isEqualTo(new ImportTotals(2, 0, 1, 7));
        assertThat(preview.rows().get(3).error()).isEqualTo(RowError.in("slug", "import.error.unknownPerson", "nobody-here"));
        RowError ambiguous = preview.rows().get(4).error();
        assertThat(ambiguous.column()).isEqualTo("organization");
        assertThat(ambiguous.messageKey()).isEqualTo("import.error.ambiguousOrganization");
        assertThat(ambiguous.arguments()).containsExactly("shared", "beta-bank, gamma-telecom");
        assertThat(preview.rows().get(5).error().messageKey()).isEqualTo("import.error.unknownOrganization");
        assertThat(preview.rows().get(6).error().messageKey()).isEqualTo("import.error.duplicateInFile");
        assertThat(preview.rows().get(6).error().arguments()).containsExactly(1L);
        assertThat(preview.rows().get(7).error().column()).isEqualTo("name_en");
        assertThat(preview.rows().get(7).error().messageKey()).isEqualTo("import.error.personDiffers");
        assertThat(preview.rows().get(7).error().arguments()).containsExactly(2L);
        assertThat(preview.rows().get(8).error().messageKey()).isEqualTo("import.error.wikidataTaken");
        assertThat(preview.rows().get(9).error().column()).isEqualTo("birth_year");
    }

    @Test
    void aPersonsNewValuesOnARowInErrorAreTakenFromTheirNextRow() {
        String id = importing.upload("people", HEADER
                + line("", "hong-gildong", "홍길동", "Hong Gildong", "Gildong", "1960", "Q1001", "", "Nobody Corp", "고문")
                + line("", "hong-gildong", "홍길동", "Hong Gildong", "Gildong", "1960", "Q1001", "", "beta-bank", "고문"));

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.ERROR, Outcome.CREATE);
        assertThat(rows.get(1).changes()).containsExactly(new FieldChange("name_en", "Hong Gil-dong", "Hong Gildong"));
        assertThat(importing.applySkippingErrors(id).applied()).isTrue();
        records.flushAndClear();
        assertThat(people.getById(hong).getName().en()).isEqualTo("Hong Gildong");
        assertThat(people.positionsOf(people.getById(hong))).hasSize(2);
    }

    @Test
    void appliesNewPeopleWithTheirPositionsAndAPersonWithoutOne() {
        String id = importing.upload("people", HEADER
                + line("", "kim-cheolsu", "김철수", "Kim Cheol-su", "Cheolsu Kim; 김 부행장", "1971", "", "", "Beta Bank", "부행장", "", "2021")
                + line("", "kim-cheolsu", "", "", "", "", "", "", "감마 텔레콤", "사외이사", "Outside director", "2022-04-01", "month", "yes", "month of the AGM")
                + line("", "lee-younghee", "이영희"));

        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();

        Person kim = people.getBySlug("kim-cheolsu");
        assertThat(kim.getName()).isEqualTo(Bilingual.of("김철수", "Kim Cheol-su"));
        assertThat(kim.getAliases()).containsExactly("Cheolsu Kim", "김 부행장");
        assertThat(kim.getBirthYear()).isEqualTo(1971);
        List<Position> held = people.positionsOf(kim);
        assertThat(held).extracting(position -> position.getOrganization().getSlug()).containsExactly("beta-bank", "gamma-telecom");
        assertThat(held.get(1).getStarted()).isEqualTo(PartialDate.of(LocalDate.of(2022, 4, 1), DatePrecision.MONTH, true, "month of the AGM"));
        assertThat(people.positionsOf(people.getBySlug("lee-younghee"))).isEmpty();
    }

    @Test
    void createsAnUnknownOrganizationOnlyWhereTheRowAsksAndLaterRowsMayNameIt() {
        String id = importing.upload("people", HEADER.strip() + ",create_if_missing\n"
                + line("", "hong-gildong", "", "", "", "", "", "", "Delta Pay", "고문", "", "2022", "", "", "", "", "", "", "", "yes")
                + line("", "hong-gildong", "", "", "", "", "", "", "delta pay", "이사", "", "2023", "", "", "", "", "", "", "", "")
                + line("", "hong-gildong", "", "", "", "", "", "", "Epsilon Card", "이사", "", "2023", "", "", "", "", "", "", "", ""));

        List<RowPlan> rows = importing.rows(id);
        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.CREATE, Outcome.CREATE, Outcome.ERROR);
        assertThat(rows.get(0).changes()).containsExactly(new FieldChange("create_if_missing", "", "delta-pay"));
        assertThat(rows.get(2).error().messageKey()).isEqualTo("import.error.unknownOrganization");

        assertThat(importing.applySkippingErrors(id).applied()).isTrue();
        records.flushAndClear();
        assertThat(organizations.getBySlug("delta-pay").getKind()).isEqualTo(OrganizationKind.OTHER);
        assertThat(people.positionsOf(people.getById(hong))).extracting(position -> position.getOrganization().getSlug())
                .containsExactly("alpha-bank", "delta-pay", "delta-pay");
        assertThat(organizations.findBySlug("epsilon-card")).isEmpty();
    }

    @Test
    void anUpdateShowsEachChangedFieldOfThePersonAndThePositionAndSavesThem() {
        String id = importing.upload("people", HEADER + line(String.valueOf(hong), "hong-gildong", "홍길동", "Hong Gildong", "Gildong; GD Hong", "1960", "Q1001",
                String.valueOf(ceo), "alpha-bank", "행장", "Chief Executive", "2020-03", "month", "", "", "2023-12-31", "", "yes", "from the successor's start"));

        RowPlan plan = importing.rows(id).get(0);

        assertThat(plan.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(plan.changes()).containsExactly(
                new FieldChange("name_en", "Hong Gil-dong", "Hong Gildong"),
                new FieldChange("aliases", "Gildong", "Gildong; GD Hong"),
                new FieldChange("title_en", "CEO", "Chief Executive"),
                new FieldChange("ended", "", "2023-12-31 (inferred: from the successor's start)"));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();
        Person saved = people.getById(hong);
        assertThat(saved.getName().en()).isEqualTo("Hong Gildong");
        assertThat(saved.getAliases()).containsExactly("Gildong", "GD Hong");
        Position position = people.getPositionWithParties(ceo);
        assertThat(position.getTitle()).isEqualTo(Bilingual.of("행장", "Chief Executive"));
        assertThat(position.getEnded()).isEqualTo(PartialDate.of(LocalDate.of(2023, 12, 31), DatePrecision.DAY, true, "from the successor's start"));
    }

    @Test
    void aPositionWithoutItsIdIsFoundByOrganizationTitleAndStartAndAnotherStartIsANewPosition() {
        String id = importing.upload("people", HEADER
                + line("", "hong-gildong", "", "", "", "", "", "", "알파은행", "행장", "CEO", "2020-03", "month", "", "", "2024")
                + line("", "hong-gildong", "", "", "", "", "", "", "alpha-bank", "행장", "CEO", "2017"));

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.UPDATE, Outcome.CREATE);
        assertThat(rows.get(0).changes()).containsExactly(new FieldChange("ended", "", "2024"));
    }

    @Test
    void theExportReimportsUnchangedAndIntoARecordWithoutThePeopleCreatesThemWithTheSameValues() {
        long kim = people.create(person("kim-cheolsu", Bilingual.of("김철수", null), List.of(), null, null)).getId();
        people.createPosition(hong, position("gamma-telecom", Bilingual.of(null, "Outside director"),
                PartialDate.ofYear(2011).inferred("year of the annual report"), PartialDate.ofDay(2019, 3, 5)));
        people.create(person("lee-younghee", Bilingual.of("이영희", "Lee Young-hee"), List.of("YH Lee"), 1975, "Q2002"));
        people.createPosition(kim, position("beta-bank", Bilingual.of("부행장", null), null, null));
        records.flushAndClear();
        String exported = export();
        assertThat(CsvReader.read(exported)).hasSize(5);

        ImportPreview again = importing.preview(importing.upload("people", exported));
        assertThat(again.totals()).isEqualTo(new ImportTotals(0, 0, 4, 0));

        people.allPositions().forEach(position -> people.deletePosition(position.getId()));
        records.flushAndClear();
        people.allWithAliases().forEach(people::delete);
        records.flushAndClear();
        String id = importing.upload("people", exported);
        assertThat(importing.totals(id)).isEqualTo(new ImportTotals(4, 0, 0, 0));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();

        assertThat(withoutIds(export())).isEqualTo(withoutIds(exported));
    }

    @Test
    void aPreviewRunsTheSameNumberOfStatementsForTenRowsAsForAThousand() {
        importing.assertPreviewStatementsDoNotGrowWithRows("people", HEADER,
                i -> line("", "person-" + i, "인물 " + i, "", "", "", "", "", i % 2 == 0 ? "alpha-bank" : "Beta Bank", "이사", "", "2021"));
    }

    private String export() {
        Csv csv = Csv.withoutByteOrderMark(new StringBuilder());
        csv.row(PersonCsv.COLUMNS);
        PersonCsv.rows(people.allWithAliases(), people.allPositions().stream()
                .collect(Collectors.groupingBy(position -> position.getPerson().getId()))).forEach(csv::row);
        return csv.toString();
    }

    /** The rows with the person's and the position's ids left out, which differ between instances. */
    private static List<List<String>> withoutIds(String csv) {
        return CsvReader.read(csv).stream().map(row -> {
            List<String> fields = new ArrayList<>(row);
            fields.set(PersonCsv.COLUMNS.indexOf("id"), "");
            fields.set(PersonCsv.COLUMNS.indexOf("position_id"), "");
            return fields;
        }).toList();
    }

    /** A data line with the given leading fields, the rest blank. */
    private static String line(String... fields) {
        List<String> all = new ArrayList<>(Arrays.asList(fields));
        while (all.size() < PersonCsv.COLUMNS.size()) {
            all.add("");
        }
        return String.join(",", all) + "\n";
    }

    private static PersonChange person(String slug, Bilingual name, List<String> aliases, Integer birthYear, String wikidataId) {
        return new PersonChange() {
            @Override
            public Person newPerson() {
                return new Person(slug, name);
            }

            @Override
            public void applyTo(Person person) {
                person.replaceAliases(aliases);
                person.recordBirthYear(birthYear);
                person.identifyAsWikidataItem(wikidataId);
            }
        };
    }

    private static PositionChange position(String organization, Bilingual title, PartialDate started, PartialDate ended) {
        return new PositionChange() {
            @Override
            public Position newPosition(Person person, Lookups lookups) {
                return new Position(person, lookups.organization(organization).orElseThrow(), title);
            }

            @Override
            public void applyTo(Position position, Lookups lookups) {
                position.heldDuring(started, ended);
            }
        };
    }
}
