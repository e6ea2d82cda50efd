package com.partnershiptracker.importing;

import com.partnershiptracker.export.Csv;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The initiatives and figures layouts against the seed: its own exports over HTTP, and the templates' examples. */
@SeededPostgresTest
class InitiativesSeedImportTests {

    @Autowired
    MetricsLayout metricsLayout;

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    InitiativesLayout layout;

    @Test
    void theSeedsInitiativesExportReimportsEveryRowUnchanged() {
        assertReimportsUnchanged("/initiatives.csv", "initiatives");
    }

    @Test
    void theSeedsFiguresExportReimportsEveryRowUnchanged() {
        assertReimportsUnchanged("/metrics.csv", "metrics");
    }

    @Test
    void theFiguresTemplatesExamplesPlanAsNewFiguresOfTheSeedsOrganizations() {
        StringBuilder file = new StringBuilder();
        Csv csv = Csv.withoutByteOrderMark(file);
        csv.row(metricsLayout.columns());
        metricsLayout.examples().forEach(csv::row);
        String id = imports.upload("metrics", "template.csv", file.toString().getBytes(StandardCharsets.UTF_8), "editor");

        assertThat(imports.preview(id, "editor", 0, 50).orElseThrow().rows()).extracting(RowPlan::outcome)
                .containsExactly(Outcome.CREATE, Outcome.CREATE);
    }

    private void assertReimportsUnchanged(String path, String layoutName) {
        HttpResponse<String> export = Http.get(port, path, "en");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String text = export.body();
        long rows = text.lines().skip(1).filter(line -> !line.startsWith("# complete")).count();
        assertThat(rows).isGreaterThan(5);

        String id = imports.upload(layoutName, "export.csv", text.getBytes(StandardCharsets.UTF_8), "editor");
        ImportPreview preview = imports.preview(id, "editor", 0, 50).orElseThrow();

        assertThat(preview.rows()).filteredOn(row -> row.outcome() != Outcome.UNCHANGED).isEmpty();
        assertThat(preview.totals().unchanged()).isEqualTo(preview.totals().create() + preview.totals().update()
                + preview.totals().unchanged() + preview.totals().error());
    }

    @Test
    void theTemplatesExamplesPlanAsNewInitiativesOfTheSeedsOrganizations() {
        StringBuilder file = new StringBuilder();
        Csv csv = Csv.withoutByteOrderMark(file);
        csv.row(layout.columns());
        layout.examples().forEach(csv::row);
        String id = imports.upload("initiatives", "template.csv", file.toString().getBytes(StandardCharsets.UTF_8), "editor");

        List<RowPlan> rows = imports.preview(id, "editor", 0, 50).orElseThrow().rows();

        assertThat(rows).extracting(RowPlan::outcome).containsExactly(Outcome.CREATE, Outcome.CREATE);
        assertThat(rows.get(1).changes()).containsExactly(new FieldChange("create_if_missing", "", "example-pay"));
    }
}
