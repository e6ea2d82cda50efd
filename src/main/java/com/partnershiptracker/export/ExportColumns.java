package com.partnershiptracker.export;

import com.partnershiptracker.shared.PartialDate;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** How exports write the values every kind of row shares: dates with their precision, and links. */
public final class ExportColumns {

    private ExportColumns() {
    }

    /** {@code 2020}, {@code 2020-07} or {@code 2020-07-15}: no more precise than the source. */
    public static String date(PartialDate date) {
        return date == null ? "" : date.toIsoString();
    }

    public static String precision(PartialDate date) {
        return date == null ? "" : date.precision().name().toLowerCase();
    }

    /** The page's absolute address on this server, so a spreadsheet row links back to its record. */
    public static String url(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    /** The site's address, to which a page's path is appended: read once per export rather than once per row. */
    public static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

}
