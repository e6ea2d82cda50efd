package com.partnershiptracker.importing;

import com.partnershiptracker.export.Csv;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources layout against the seed: its own /sources.csv over HTTP, and the template's examples. */
@SeededPostgresTest
class SourcesSeedImportTests {

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    SourcesLayout layout;

    @Test
    void theSeedsSourcesExportReimportsEveryRowUnchanged() {
        HttpResponse<String> export = Http.get(port, "/sources.csv", "en");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String text = export.body();
        assertThat(text.lines().skip(1).filter(line -> !line.startsWith("# complete")).count()).isGreaterThan(5);

        String id = imports.upload("sources", "export.csv", text.getBytes(StandardCharsets.UTF_8), "editor");
        ImportPreview preview = imports.preview(id, "editor", 0, 50).orElseThrow();

        assertThat(preview.rows()).filteredOn(row -> row.outcome() != Outcome.UNCHANGED).isEmpty();
        assertThat(preview.totals().unchanged()).isEqualTo(preview.totals().create() + preview.totals().update()
                + preview.totals().unchanged() + preview.totals().error());
    }

    @Test
    void theTemplatesExamplesPlanAsNewSourcesCitingTheSeedsRecords() {
        StringBuilder file = new StringBuilder();
        Csv csv = Csv.withoutByteOrderMark(file);
        csv.row(layout.columns());
        layout.examples().forEach(csv::row);
        String id = imports.upload("sources", "template.csv", file.toString().getBytes(StandardCharsets.UTF_8), "editor");

        assertThat(imports.preview(id, "editor", 0, 50).orElseThrow().rows()).extracting(RowPlan::outcome)
                .containsExactly(Outcome.CREATE, Outcome.CREATE);
    }
}
