package com.partnershiptracker.initiative.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeCsv;
import com.partnershiptracker.initiative.InitiativeService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** Every initiative with its organizations as a CSV file, by id, in the import's initiatives layout. */
@RestController
class InitiativeExportController {

    private static final int BATCH = 500;

    private final InitiativeService initiatives;
    private final CsvDownloads downloads;

    InitiativeExportController(InitiativeService initiatives, CsvDownloads downloads) {
        this.initiatives = initiatives;
        this.downloads = downloads;
    }

    @GetMapping("/initiatives.csv")
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.<Initiative>start(request, response, "initiatives.csv", InitiativeCsv.COLUMNS, InitiativeCsv::fields)
                .write(sink -> initiatives.forEachWithOrganizations(BATCH, sink));
    }
}
