package com.partnershiptracker.source.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.source.SourceCsv;
import com.partnershiptracker.source.SourceCsvReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

/** Every source with its citations as a CSV file, in the import's sources layout: one row per citation, by source id. */
@RestController
class SourceExportController {

    private final SourceCsvReader reader;
    private final CsvDownloads downloads;

    SourceExportController(SourceCsvReader reader, CsvDownloads downloads) {
        this.reader = reader;
        this.downloads = downloads;
    }

    @GetMapping("/sources.csv")
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.<List<String>>start(request, response, "sources.csv", SourceCsv.COLUMNS, row -> row).write(sink -> {
            List<List<String>> rows = reader.rows();
            sink.open();
            rows.forEach(sink::accept);
        });
    }
}
