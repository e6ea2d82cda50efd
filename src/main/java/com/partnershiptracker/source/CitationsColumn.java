package com.partnershiptracker.source;

import com.partnershiptracker.export.ExportColumns;

import java.util.List;
import java.util.stream.Collectors;

/** The "sources" column of the agreement and timeline exports: each source as "publisher, date: headline", one per line. */
public final class CitationsColumn {

    private CitationsColumn() {
    }

    public static String of(List<SourceCitation> citations) {
        return citations.stream()
                .map(citation -> citation.publisher() + ", " + ExportColumns.date(citation.published()) + ": "
                        + (citation.headline().ko() != null ? citation.headline().ko() : citation.headline().en())
                        + (citation.url() != null ? " <" + citation.url() + ">" : ""))
                .distinct()
                .collect(Collectors.joining("\n"));
    }
}
