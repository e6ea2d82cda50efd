package com.partnershiptracker.organization.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationCsv;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

/** Every relation between organizations as a CSV file, in the import's relations layout. */
@RestController
class RelationExportController {

    private final OrganizationService organizations;
    private final CsvDownloads downloads;

    RelationExportController(OrganizationService organizations, CsvDownloads downloads) {
        this.organizations = organizations;
        this.downloads = downloads;
    }

    @GetMapping("/relations.csv")
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.<OrganizationRelation>start(request, response, "relations.csv", RelationCsv.COLUMNS, RelationCsv::fields)
                .write(sink -> {
                    List<OrganizationRelation> all = organizations.allRelations();
                    sink.open();
                    all.forEach(sink::accept);
                });
    }
}
