package com.partnershiptracker.importing;

import com.partnershiptracker.export.Csv;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricCsv;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.ImportSteps;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures layout, planning and applying against PostgreSQL; each test's transaction is rolled back. */
@PostgresTest
class MetricsImportTests {

    static final String HEADER = String.join(",", MetricCsv.COLUMNS) + ",create_if_missing\n";

    @Autowired
    ImportSteps importing;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestRecords records;

    @Autowired
    MetricsLayout layout;

    Initiative wallet;

    @BeforeEach
    void aBankATelecomAndAnInitiative() {
        organizations.create(new Organization("alpha-bank", Bilingual.of("알파 은행", "Alpha Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("Shared"));
        organizations.create(new Organization("gamma-telecom", Bilingual.of("감마텔레콤", "Gamma Telecom"), OrganizationKind.TELECOM),
                (organization, bySlug) -> organization.addAlias("Shared"));
        wallet = records.initiative("Alpha wallet", PartialDate.ofMonth(2021, 9), records.source("wallet"), organizations.getBySlug("alpha-bank"));
        records.flush();
    }

    @Test
    void createsATargetAndAnActualCountingTowardItFromTheTargetsRowEarlierInTheFile() {
        String id = importing.upload("metrics", HEADER
                + "901,target,알파은행,,고객 수,Customers,15000000,people,1500만 명,2021-07,,,,2023,year,,,,,\n"
                + ",actual,alpha-bank,,고객 수,Customers,\"7,190,000\",people,,2021.10,,yes,from a chart,,,,,901,,\n");

        assertThat(importing.totals(id)).isEqualTo(new ImportTotals(2, 0, 0, 0));
        importing.apply(id);
        records.flushAndClear();

        List<Metric> saved = initiatives.metricsWithSubjects(initiatives.metricIdsMeasuring(List.of("customers")));
        Metric target = saved.stream().filter(metric -> metric.getKind() == MetricKind.TARGET).findFirst().orElseThrow();
        Metric actual = saved.stream().filter(metric -> metric.getKind() == MetricKind.ACTUAL).findFirst().orElseThrow();
        assertThat(target.getTarget()).isEqualTo(PartialDate.ofYear(2023));
        assertThat(target.getRawText()).isEqualTo("1500만 명");
        assertThat(actual.getValue()).isEqualByComparingTo(new BigDecimal("7190000"));
        assertThat(actual.getAsOf()).isEqualTo(PartialDate.ofMonth(2021, 10).inferred("from a chart"));
        assertThat(actual.getProgressToward().getId()).isEqualTo(target.getId());
        assertThat(actual.getOrganization().getSlug()).isEqualTo("alpha-bank");
    }

    @Test
    void theSameFileAgainIsUnchangedAndAChangedOneShowsEachChangedField() {
        String first = importing.upload("metrics", HEADER + ",actual,,#" + wallet.getId() + ",,Wallet users,1000,people,,2022-01,,,,,,,,,,\n");
        importing.apply(first);
        records.flushAndClear();

        String again = importing.upload("metrics", HEADER + ",ACTUAL,,\"Alpha wallet (#" + wallet.getId() + ")\",,wallet users,1000.00,people,,2022.1,,,,,,,,,,\n");
        assertThat(importing.rows(again)).extracting(RowPlan::outcome).containsExactly(Outcome.UPDATE);

        String same = importing.upload("metrics", HEADER + ",actual,,#" + wallet.getId() + ",,Wallet users,1000.00,people,,2022.1,,,,,,,,,,\n");
        assertThat(importing.totals(same)).isEqualTo(new ImportTotals(0, 0, 1, 0));

        String changed = importing.upload("metrics", HEADER + ",actual,alpha-bank,#" + wallet.getId() + ",,Wallet users,1200,people,천이백 명,2022-01,,,,,,,,,,\n");
        RowPlan plan = importing.rows(changed).get(0);
        assertThat(plan.outcome()).isEqualTo(Outcome.CREATE);

        String changedValue = importing.upload("metrics", HEADER + ",actual,,#" + wallet.getId() + ",,Wallet users,1200,people,천이백 명,2022-01,,,,,,,,,,\n");
        assertThat(importing.rows(changedValue).get(0).changes()).containsExactly(
                new FieldChange("value", "1000.0000", "1200"),
                new FieldChange("printed_as", "", "천이백 명"));
    }

    @Test
    void eachBadRowIsAnErrorNamingItsColumn() {
        Metric target = Metric.target(organizations.getBySlug("alpha-bank"), null, Bilingual.of(null, "Accounts"));
        target.record(new BigDecimal("100"), "accounts", null);
        target.targetFor(PartialDate.ofYear(2025));
        target = initiatives.save(target);
        records.flush();
        String id = importing.upload("metrics", HEADER
                + ",actual,shared,,,Users,1,people,,2022,,,,,,,,,,\n"
                + ",actual,Nobody Corp,,,Users,1,people,,2022,,,,,,,,,,\n"
                + ",actual,alpha-bank,,,Users,1,people,,2022,,,,,,,,77777777,,\n"
                + ",actual,alpha-bank,,,Accounts,1,people,,2022,,,,,,,," + target.getId() + ",,\n"
                + ",actual,gamma-telecom,,,Accounts,1,accounts,,2022,,,,,,,," + target.getId() + ",,\n"
                + ",actual,alpha-bank,,,Users,1,people,,2022,,,,2025,,,,,,\n"
                + ",actual,,,,Users,1,people,,2022,,,,,,,,,,\n"
                + ",actual,alpha-bank,,,Users,,people,,2022,,,,,,,,,,\n"
                + ",actual,alpha-bank,,,Users,lots,people,,2022,,,,,,,,,,\n"
                + ",actual,alpha-bank,,,Accounts,50,accounts,,2023,,,,,,,," + target.getId() + ",,\n");

        List<RowPlan> rows = importing.rows(id);

        assertThat(rows.get(0).error()).isEqualTo(RowError.in("organization", "import.error.ambiguousOrganization", "shared", "alpha-bank, gamma-telecom"));
        assertThat(rows.get(1).error()).isEqualTo(RowError.in("organization", "import.error.unknownOrganization", "Nobody Corp"));
        assertThat(rows.get(2).error()).isEqualTo(RowError.in("progress_toward", "import.error.unknownTarget", 77777777L));
        assertThat(rows.get(3).error()).isEqualTo(RowError.in("progress_toward", "import.error.targetMismatch", target.getId()));
        assertThat(rows.get(4).error()).isEqualTo(RowError.in("progress_toward", "import.error.targetMismatch", target.getId()));
        assertThat(rows.get(5).error()).isEqualTo(RowError.in("target_date", "import.error.targetDateOfActual"));
        assertThat(rows.get(6).error()).isEqualTo(RowError.in("organization", "import.error.metricSubject"));
        assertThat(rows.get(7).error()).isEqualTo(RowError.in("value", "import.error.valueOrPrinted"));
        assertThat(rows.get(8).error()).isEqualTo(RowError.in("value", "import.error.number", "lots"));
        assertThat(rows.get(9).outcome()).isEqualTo(Outcome.CREATE);
    }

    @Test
    void theExportReimportsUnchangedAndIntoARecordWithoutItsFiguresCreatesThemWithTheSameValues() {
        String created = importing.upload("metrics", HEADER
                + "1,target,alpha-bank,#" + wallet.getId() + ",지갑 사용자,Wallet users,2000000,people,200만 명,2021-07,,,,2023-12,,yes,a guess,,,\n"
                + ",actual,alpha-bank,#" + wallet.getId() + ",지갑 사용자,Wallet users,\"1,234,567.5\",people,,2022-03-31,,,,,,,,1,,\n"
                + ",actual,gamma-telecom,,,Subscribers,,,\"about a million, \"\"say\"\"\",2022,,,,,,,,,,\n");
        importing.apply(created);
        records.flushAndClear();
        String exported = export();

        assertThat(importing.totals(importing.upload("metrics", exported))).isEqualTo(new ImportTotals(0, 0, 3, 0));

        List<Metric> all = new ArrayList<>();
        initiatives.forEachMetricWithSubjects(500, sink(all));
        all.stream().filter(metric -> metric.getKind() == MetricKind.ACTUAL).forEach(metric -> initiatives.deleteMetric(metric.getId()));
        all.stream().filter(metric -> metric.getKind() == MetricKind.TARGET).forEach(metric -> initiatives.deleteMetric(metric.getId()));
        records.flushAndClear();
        String into = importing.upload("metrics", exported);
        assertThat(importing.totals(into)).isEqualTo(new ImportTotals(3, 0, 0, 0));
        importing.apply(into);
        records.flushAndClear();

        assertThat(withoutIds(export())).isEqualTo(withoutIds(exported));
    }

    @Test
    void theTemplatesExamplesFillEveryColumn() {
        assertThat(layout.examples()).hasSize(2).allSatisfy(example -> assertThat(example).hasSameSizeAs(layout.columns()));
    }

    @Test
    void aPreviewRunsTheSameNumberOfStatementsForTenRowsAsForAChunk() {
        assertThat(statementsToPreview(ImportService.CHUNK)).isEqualTo(statementsToPreview(10));
    }

    private int statementsToPreview(int rows) {
        return importing.statementsToPreview("metrics", HEADER, rows,
                i -> ",actual,Alpha Bank,#" + wallet.getId() + ",,Measure " + i + "," + i + ",people,,2022,,,,,,,,,,\n");
    }

    private String export() {
        StringBuilder text = new StringBuilder();
        Csv csv = Csv.withoutByteOrderMark(text);
        csv.row(MetricCsv.COLUMNS);
        List<Metric> rows = new ArrayList<>();
        initiatives.forEachMetricWithSubjects(500, sink(rows));
        rows.forEach(metric -> csv.row(MetricCsv.fields(metric)));
        return text.toString();
    }

    private static ExportSink<Metric> sink(List<Metric> into) {
        return new ExportSink<>() {
            @Override
            public void open() {
            }

            @Override
            public void accept(Metric metric) {
                into.add(metric);
            }
        };
    }

    /** The file without the figures' own ids, which a new record gives anew (an actual's target id too). */
    private static String withoutIds(String csv) {
        return csv.lines().map(line -> line.replaceFirst("^\\d+,", ",").replaceAll(",\\d+,(yes)?$", ",#,$1")).sorted()
                .reduce("", (a, b) -> a + b + "\n");
    }

}
