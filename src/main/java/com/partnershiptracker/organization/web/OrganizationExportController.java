package com.partnershiptracker.organization.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationCsv;
import com.partnershiptracker.organization.OrganizationService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every organization as a CSV file, parents before their children, in the import's organizations layout. */
@RestController
class OrganizationExportController {

    private final OrganizationService organizations;
    private final CsvDownloads downloads;

    OrganizationExportController(OrganizationService organizations, CsvDownloads downloads) {
        this.organizations = organizations;
        this.downloads = downloads;
    }

    @GetMapping("/organizations.csv")
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<Long, String> slugsById = new HashMap<>();
        downloads.<Organization>start(request, response, "organizations.csv", OrganizationCsv.COLUMNS,
                        organization -> OrganizationCsv.fields(organization, slugsById))
                .write(sink -> {
                    List<Organization> all = organizations.allParentsFirst();
                    sink.open();
                    all.forEach(organization -> slugsById.put(organization.getId(), organization.getSlug()));
                    all.forEach(sink::accept);
                });
    }
}
