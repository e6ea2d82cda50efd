package com.partnershiptracker.importing;

import java.util.List;
import java.util.Set;

/** One record type's CSV layout: its columns (the export's), its template and how its rows are planned. See package-info. */
public interface ImportLayout {

    /** The layout's key in URLs and message keys ({@code import.layout.<name>}). */
    String name();

    /** The columns, in the export's order. */
    List<String> columns();

    /** Columns a file may leave out (an older export's layout, or ones only the import reads). */
    default Set<String> optionalColumns() {
        return Set.of();
    }

    /** Two example rows for the template, one value per column. */
    List<List<String>> examples();

    /** Where the export in this layout is downloaded. */
    String exportPath();

    /** A fresh planning run for one pass over one file: it remembers the keys it has seen and the records it will create. */
    ImportRun start();
}
