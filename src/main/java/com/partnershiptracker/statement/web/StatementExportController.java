package com.partnershiptracker.statement.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementCsv;
import com.partnershiptracker.statement.StatementService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

/** Every statement as a CSV file, in the import's statements layout. */
@RestController
class StatementExportController {

    private final StatementService statements;
    private final CsvDownloads downloads;

    StatementExportController(StatementService statements, CsvDownloads downloads) {
        this.statements = statements;
        this.downloads = downloads;
    }

    @GetMapping("/statements.csv")
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.<Statement>start(request, response, "statements.csv", StatementCsv.COLUMNS, StatementCsv::fields)
                .write(sink -> {
                    List<Statement> all = statements.allWithSpeakers();
                    sink.open();
                    all.forEach(sink::accept);
                });
    }
}
