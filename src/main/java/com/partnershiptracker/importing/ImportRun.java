package com.partnershiptracker.importing;

import java.util.List;

/** One pass over a file: plans its rows a chunk at a time, in file order, with a bounded number of look-ups per chunk. */
public interface ImportRun {

    List<RowPlan> plan(List<ImportRow> chunk);
}
