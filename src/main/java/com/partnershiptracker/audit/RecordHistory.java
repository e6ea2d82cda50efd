package com.partnershiptracker.audit;

import com.partnershiptracker.shared.Bilingual;

import java.util.List;
import java.util.Map;

/**
 * One record's history as its page shows it: the record, its name (null when it has none, not even as
 * last stored), its revisions newest first, and the names of the records they refer to.
 */
public record RecordHistory(RecordKey record, Bilingual title, List<RevisionView> revisions, Map<RecordKey, Bilingual> names) {

    /** The name of a record referred to; null when it has none. */
    public Bilingual nameOf(RecordKey other) {
        return names.get(other);
    }
}
