package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.AgreementCsv;
import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.CitedAgreement;
import com.partnershiptracker.agreement.PartySummary;
import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.export.ExportColumns;
import com.partnershiptracker.source.CitationsColumn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filtered agreement list as a CSV file, in the list's order: every matching agreement, not just
 * one page, streamed from a database cursor as it is read.
 */
@RestController
class AgreementExportController {

    static final List<String> HEADER = AgreementCsv.COLUMNS;

    private final AgreementService agreements;
    private final CsvDownloads downloads;

    AgreementExportController(AgreementService agreements, CsvDownloads downloads) {
        this.agreements = agreements;
        this.downloads = downloads;
    }

    @GetMapping("/agreements.csv")
    void csv(@ModelAttribute AgreementQuery query, HttpServletRequest request, HttpServletResponse response) throws IOException {
        AgreementFilter filter = query.toFilter();
        Locale locale = LocaleContextHolder.getLocale();
        String site = ExportColumns.site();
        downloads.<CitedAgreement>start(request, response, "agreements.csv", HEADER, agreement -> Arrays.asList(
                        String.valueOf(agreement.id()), agreement.title().ko(), agreement.title().en(), agreement.kind().name(),
                        agreement.status().name(), ExportColumns.date(agreement.date()), ExportColumns.precision(agreement.date()),
                        agreement.parties().stream().map(PartySummary::slug).collect(Collectors.joining(";")),
                        agreement.summary().ko(), agreement.summary().en(),
                        site + "/agreements/" + agreement.id(), CitationsColumn.of(agreement.citations()),
                        agreement.date() != null && agreement.date().isInferred() ? "yes" : "",
                        agreement.parties().stream().map(party -> party.role().name()).collect(Collectors.joining(";")),
                        agreement.dateKind(), agreement.date() == null ? null : agreement.date().note(),
                        agreement.date() == null ? null : agreement.date().noteKo()))
                .write(sink -> agreements.forEachMatching(filter, locale, sink));
    }
}
