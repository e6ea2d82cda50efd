package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.PartySummary;
import com.partnershiptracker.shared.export.Csv;
import com.partnershiptracker.shared.export.EveryPage;
import com.partnershiptracker.shared.export.ExportColumns;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filtered agreement list as a CSV file, in the list's order: every matching agreement, not just
 * one page, written out a page at a time as it is read.
 */
@RestController
class AgreementExportController {

    static final List<String> HEADER = List.of("id", "title_ko", "title_en", "kind", "status", "date", "date_precision",
            "parties", "summary_ko", "summary_en", "url", "sources");

    private final AgreementService agreements;

    AgreementExportController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/agreements.csv")
    void csv(@ModelAttribute AgreementQuery query, HttpServletResponse response) throws IOException {
        AgreementFilter filter = query.toFilter();
        Locale locale = LocaleContextHolder.getLocale();
        Csv csv = Csv.download(response, "agreements.csv").row(HEADER);
        EveryPage.<AgreementDetails>forEach(slice -> agreements.searchDetailed(filter.onPage(slice), locale), agreement ->
            csv.row(String.valueOf(agreement.id()), agreement.title().ko(), agreement.title().en(), agreement.kind().name(),
                    agreement.status().name(), ExportColumns.date(agreement.keyDate()),
                    ExportColumns.precision(agreement.keyDate()),
                    agreement.parties().stream().map(PartySummary::slug).collect(Collectors.joining(";")),
                    agreement.summary() == null ? null : agreement.summary().ko(),
                    agreement.summary() == null ? null : agreement.summary().en(),
                    ExportColumns.url("/agreements/" + agreement.id()), ExportColumns.sources(agreement.citations())));
    }
}
