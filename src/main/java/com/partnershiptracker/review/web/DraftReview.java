package com.partnershiptracker.review.web;

import com.partnershiptracker.review.Draft;
import com.partnershiptracker.websupport.ConflictPanel;

/**
 * A draft as a reviewer or its editor sees it: field by field against the published record (published → draft),
 * or, when the record moved since the draft was made, the three-way view (as opened, as published now, draft);
 * or, for a kind that is not a record form (an import), its own {@code details} shown by {@code detailsTemplate}.
 */
public record DraftReview(Draft draft, ConflictPanel changes, boolean stale, boolean gone, Long publishedVersion,
                          Object details, String detailsTemplate) {

    DraftReview(Draft draft, ConflictPanel changes, boolean stale, boolean gone, Long publishedVersion) {
        this(draft, changes, stale, gone, publishedVersion, null, null);
    }

    public String kindKey() {
        return "AuditedKind." + draft.getKind();
    }
}
