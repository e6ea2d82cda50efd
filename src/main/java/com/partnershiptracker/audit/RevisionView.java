package com.partnershiptracker.audit;

import org.hibernate.envers.RevisionType;

import java.time.Instant;
import java.util.List;

/** One revision of one record: who, when, what kind of change, and each field that changed. */
public record RevisionView(long revision, String username, Instant madeAt, RevisionType type, List<FieldChange> changes,
                           boolean firstRecorded, String note, String reviewer) {

    public RevisionView(long revision, String username, Instant madeAt, RevisionType type, List<FieldChange> changes,
                        boolean firstRecorded) {
        this(revision, username, madeAt, type, changes, firstRecorded, null, null);
    }

    /** The oldest revision of a record that existed before history was kept (seed data): its "before" is unknown. */
    public boolean isFirstRecordedChange() {
        return firstRecorded && type == RevisionType.MOD;
    }
}
