package com.partnershiptracker.importing;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.export.Csv;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.CitationService;
import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceCsv;
import com.partnershiptracker.source.SourceCsvReader;
import com.partnershiptracker.source.SourceService;
import com.partnershiptracker.support.ImportSteps;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources-with-citations layout, planned and applied against PostgreSQL; each test's transaction is rolled back. */
@PostgresTest
class SourcesImportTests {

    static final String HEADER = String.join(",", SourceCsv.COLUMNS) + "\n";

    @Autowired
    ImportSteps importing;

    @Autowired
    SourceService sources;

    @Autowired
    CitationService citations;

    @Autowired
    SourceCsvReader reader;

    @Autowired
    TestRecords records;

    Organization alpha;
    Agreement mou;
    Source daily;

    @BeforeEach
    void aBankAnAgreementAndASourceCitingBoth() {
        alpha = records.organization("alpha-bank", OrganizationKind.BANK);
        Organization beta = records.organization("beta-bank", OrganizationKind.BANK);
        daily = records.source("알파은행 협약");
        daily.locateAt("https://www.daily.example/news/1");
        mou = records.agreement("Alpha Beta MOU", PartialDate.ofDay(2020, 9, 1), daily, alpha, beta);
        records.flush();
        citations.cite(Organization.class, alpha.getId(), daily.getId(), new Citation.Draft("알파은행은", null, null, "named in the lead"));
        records.flush();
    }

    private String dailyColumns(String id) {
        return id + ",news_article,Test Daily,,알파은행 협약,,https://www.daily.example/news/1,ko,2020-09-14,day,,,,";
    }

    @Test
    void previewsUnchangedRowsANewCitationANewSourceAndEachKindOfBadRow() {
        String id = importing.upload("sources", HEADER
                + dailyColumns(String.valueOf(daily.getId())) + ",organization,alpha-bank,,,,알파은행은,named in the lead,\n"
                + dailyColumns("") + ",agreement,#" + mou.getId() + ",,,,quote for Alpha Beta MOU,,\n"
                + dailyColumns("") + ",organization,beta-bank,,,name,,,\n"
                + ",press_release,Beta Bank,,,Beta news,http://beta.example/press,en,2021,,,,,,organization,beta-bank,,,,,,\n"
                + ",report,Nobody,,,Lost,,en,,,,,,,organization,no-such-bank,,,,,,\n"
                + ",report,Nobody,,,Lost,,en,,,,,,,company,alpha-bank,,,,,,\n"
                + ",report,Nobody,,,Lost,,en,,,,,,,organization,alpha-bank,signed,2020,,,,\n"
                + ",report,Nobody,,,Lost,,en,,,,,,,agreement,#999999999,,,,,,\n");

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.CREATE,
                Outcome.CREATE, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR);
        assertThat(rows.get(4).error()).isEqualTo(RowError.in("cited", "import.error.unknownCited", "organization", "no-such-bank"));
        assertThat(rows.get(5).error().column()).isEqualTo("cited_kind");
        assertThat(rows.get(6).error()).isEqualTo(RowError.in("claim_attribute", "import.error.attributeNotOf", "signed", "organization"));
        assertThat(rows.get(7).error().messageKey()).isEqualTo("import.error.unknownCited");
    }

    @Test
    void anUpdateShowsTheSourcesAndTheCitationsChangedFieldsAndSavesThemInPlace() {
        String id = importing.upload("sources", HEADER + daily.getId()
                + ",news_article,Test Daily Times,Kim,알파은행 협약,Alpha signs,https://www.daily.example/news/1,ko,2020-09,month,,,,"
                + ",organization,alpha-bank,,,name,알파은행은 밝혔다,named in the lead,리드에 나옴\n");

        RowPlan plan = importing.rows(id).get(0);

        assertThat(plan.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(plan.changes()).containsExactly(
                new FieldChange("publisher", "Test Daily", "Test Daily Times"),
                new FieldChange("author", "", "Kim"),
                new FieldChange("headline_en", "", "Alpha signs"),
                new FieldChange("published", "2020-09-14", "2020-09"),
                new FieldChange("attributes", "", "name"),
                new FieldChange("quote", "알파은행은", "알파은행은 밝혔다"),
                new FieldChange("citation_note_ko", "", "리드에 나옴"));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();
        Source saved = sources.getById(daily.getId());
        assertThat(saved.getPublisher()).isEqualTo("Test Daily Times");
        assertThat(saved.getPublished()).isEqualTo(PartialDate.ofMonth(2020, 9));
        SourceCsv.CitationRow citation = reader.citations().stream()
                .filter(row -> row.sourceId() == daily.getId() && row.cited().equals("alpha-bank")).findFirst().orElseThrow();
        assertThat(citation.quote()).isEqualTo("알파은행은 밝혔다");
        assertThat(citation.attributes()).containsExactly(CitedAttribute.NAME);
        assertThat(citation.noteKo()).isEqualTo("리드에 나옴");
        assertThat(citation.position()).isZero();
    }

    @Test
    void aSourceCitingARecordTwiceMatchesItsRowsByQuoteThenInOrderAndAnUpdateKeepsTheCitationsPlace() {
        citations.cite(Agreement.class, mou.getId(), daily.getId(), new Citation.Draft("second", null, null, null));
        Source other = records.source("다른 기사");
        records.flush();
        citations.cite(Agreement.class, mou.getId(), other.getId(), new Citation.Draft("elsewhere", null, null, null));
        records.flush();
        String id = importing.upload("sources", HEADER
                + dailyColumns("") + ",agreement," + mou.getId() + ",,,,second,,\n"
                + dailyColumns("") + ",agreement," + mou.getId() + ",,,,new words,,\n");

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.UNCHANGED, Outcome.UPDATE);
        assertThat(rows.get(1).changes()).containsExactly(new FieldChange("quote", "quote for Alpha Beta MOU", "new words"));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();
        assertThat(reader.citations()).filteredOn(row -> row.citedKind() == com.partnershiptracker.shared.FactKind.AGREEMENT
                        && row.citedId() == mou.getId())
                .extracting(SourceCsv.CitationRow::position, SourceCsv.CitationRow::quote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "new words"), org.assertj.core.groups.Tuple.tuple(1, "second"),
                        org.assertj.core.groups.Tuple.tuple(2, "elsewhere"));
    }

    @Test
    void aNewSourceCitedOnTwoRowsIsCreatedOnceAndTheRowsOfOneSourceMustAgree() {
        String source = ",press_release,Beta Bank,,,Beta news,https://beta.example/press/7,en,2021-02,month,,,,";
        String id = importing.upload("sources", HEADER
                + source + ",organization,alpha-bank,,,,,,\n"
                + source + ",agreement," + mou.getId() + ",signed,2020-08-30,,,,\n"
                + source + ",agreement," + mou.getId() + ",signed,2020-08-30,,,,\n"
                + source.replace("Beta news", "Beta News") + ",organization,beta-bank,,,,,,\n");

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.CREATE, Outcome.CREATE, Outcome.ERROR, Outcome.ERROR);
        assertThat(rows.get(2).error()).isEqualTo(RowError.in("cited", "import.error.duplicateInFile", 2L));
        assertThat(rows.get(3).error()).isEqualTo(RowError.in("publisher", "import.error.sourceRepeatedDifferently", 1L));
        assertThat(importing.applySkippingErrors(id).applied()).isTrue();
        records.flushAndClear();
        List<SourceCsv.SourceRow> created = reader.sources().stream().filter(row -> "Beta Bank".equals(row.publisher())).toList();
        assertThat(created).hasSize(1);
        assertThat(reader.citations()).filteredOn(row -> row.sourceId() == created.get(0).id())
                .extracting(SourceCsv.CitationRow::cited, SourceCsv.CitationRow::claimValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("alpha-bank", null),
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(mou.getId()), "2020-08-30"));
    }

    @Test
    void twoSourcesWithTheSameHeadlineDateAndPublisherAreAmbiguousWithoutAnIdOrUrl() {
        records.source("알파은행 협약");
        records.flush();

        RowPlan plan = importing.rows(importing.upload("sources",
                HEADER + ",news_article,Test Daily,,알파은행 협약,,,ko,2020-09-14,day,,,,,,,,,,,,\n")).get(0);

        assertThat(plan.error().messageKey()).isEqualTo("import.error.ambiguousSource");
    }

    @Test
    void aFileOfSourcesAloneNeedsNoCitationColumnsAndFindsASourceByItsUrl() {
        String id = importing.upload("sources", "kind,publisher,headline_en,url\n"
                + "news_article,Test Daily,Alpha signs,http://Daily.example/news/1/\n"
                + "report,KT,Annual report 2021,https://kt.example/ir/2021\n");

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.UPDATE, Outcome.CREATE);
        assertThat(rows.get(0).changes()).contains(new FieldChange("headline_ko", "알파은행 협약", ""),
                new FieldChange("url", "https://www.daily.example/news/1", "http://Daily.example/news/1/"));
    }

    @Test
    void aUrlMatchesWhateverItsSchemeHostCaseAndTrailingSlash() {
        assertThat(SourcesLayout.normalizedUrl("http://WWW.Daily.example/news/1/"))
                .isEqualTo(SourcesLayout.normalizedUrl("https://www.daily.example/news/1"));
        assertThat(SourcesLayout.normalizedUrl("https://daily.example/News/1")).isNotEqualTo(SourcesLayout.normalizedUrl("https://daily.example/news/1"));
    }

    @Test
    void theExportReimportsUnchangedAndIntoARecordWithoutTheSourcesCreatesThemWithTheSameValues() {
        citations.cite(Agreement.class, mou.getId(), daily.getId(), new Citation.Draft("서명", CitedAttribute.SIGNED, "2020-08-31",
                "an earlier date", List.of(CitedAttribute.PARTIES), "더 이른 날짜"));
        Source lonely = records.source("인용 없는 기사");
        records.flushAndClear();
        String exported = export();

        ImportPreview again = importing.preview(importing.upload("sources", exported));
        assertThat(again.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.outcome()).isEqualTo(Outcome.UNCHANGED));

        citations.remove(Agreement.class, mou.getId(), 1, daily.getId(), citations.versionOf(Agreement.class, mou.getId()));
        citations.remove(Agreement.class, mou.getId(), 0, daily.getId(), citations.versionOf(Agreement.class, mou.getId()));
        citations.remove(Organization.class, alpha.getId(), 0, daily.getId(), citations.versionOf(Organization.class, alpha.getId()));
        records.flush();
        sources.delete(daily.getId());
        sources.delete(lonely.getId());
        records.flushAndClear();
        String id = importing.upload("sources", exported);
        assertThat(importing.rows(id))
                .allSatisfy(row -> assertThat(row.outcome()).isEqualTo(Outcome.CREATE));
        assertThat(importing.apply(id).applied()).isTrue();
        records.flushAndClear();

        assertThat(withoutIds(export())).containsExactlyInAnyOrderElementsOf(withoutIds(exported));
    }

    @Test
    void aPreviewRunsTheSameNumberOfStatementsForTenRowsAsForAThousand() {
        importing.assertPreviewStatementsDoNotGrowWithRows("sources", HEADER,
                i -> ",news_article,Daily " + i + ",,기사 " + i + ",,https://n.example/" + i + ",ko,2021,,,,,,"
                        + (i % 2 == 0 ? "organization,alpha-bank" : "agreement," + mou.getId()) + ",,,,,,\n");
    }

    private String export() {
        Csv csv = Csv.withoutByteOrderMark(new StringBuilder());
        csv.row(SourceCsv.COLUMNS);
        reader.rows().forEach(csv::row);
        return csv.toString();
    }

    private static List<String> withoutIds(String csv) {
        return csv.lines().map(line -> line.substring(line.indexOf(','))).toList();
    }

}
