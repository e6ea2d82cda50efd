package com.partnershiptracker.timeline.web;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.export.ExportColumns;
import com.partnershiptracker.source.CitationsColumn;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The filtered timeline as a CSV file: every matching entry, not just one page, streamed from a database cursor as it is read. */
@RestController
class TimelineExportController {

    static final List<String> HEADER = List.of("date", "date_precision", "kind", "title_ko", "title_en", "detail_ko",
            "detail_en", "organizations", "url", "sources", "agreement_date");

    private final TimelineService timeline;
    private final CsvDownloads downloads;

    TimelineExportController(TimelineService timeline, CsvDownloads downloads) {
        this.timeline = timeline;
        this.downloads = downloads;
    }

    @GetMapping("/timeline.csv")
    void csv(@ModelAttribute TimelineQuery query, HttpServletRequest request, HttpServletResponse response) throws IOException {
        TimelineFilter filter = query.toFilter();
        String site = ExportColumns.site();
        downloads.<TimelineEntry>start(request, response, "timeline.csv", HEADER, entry -> Arrays.asList(
                        ExportColumns.date(entry.date()), ExportColumns.precision(entry.date()), entry.kind().name(),
                        entry.title().ko(), entry.title().en(), entry.detail().ko(), entry.detail().en(),
                        entry.organizations().stream().map(OrganizationRef::slug).collect(Collectors.joining(";")),
                        site + entry.link().path(), CitationsColumn.of(entry.citations()),
                        entry.agreementDate() == null ? "" : entry.agreementDate().name().toLowerCase(Locale.ROOT)))
                .write(sink -> timeline.forEachMatching(filter, Integer.MAX_VALUE, sink));
    }
}
