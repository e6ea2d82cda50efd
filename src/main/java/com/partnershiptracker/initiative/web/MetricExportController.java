package com.partnershiptracker.initiative.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricCsv;
import com.partnershiptracker.initiative.InitiativeService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** Every figure (target or actual) as a CSV file, targets first, then by id, in the import's metrics layout. */
@RestController
class MetricExportController {

    private static final int BATCH = 500;

    private final InitiativeService initiatives;
    private final CsvDownloads downloads;

    MetricExportController(InitiativeService initiatives, CsvDownloads downloads) {
        this.initiatives = initiatives;
        this.downloads = downloads;
    }

    @GetMapping("/metrics.csv")
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.<Metric>start(request, response, "metrics.csv", MetricCsv.COLUMNS, MetricCsv::fields)
                .write(sink -> initiatives.forEachMetricWithSubjects(BATCH, sink));
    }
}
