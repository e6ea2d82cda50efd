package com.partnershiptracker.review.web;

import com.partnershiptracker.review.Draft;
import com.partnershiptracker.websupport.ConflictPanel;

/**
 * A draft as a reviewer or its editor sees it: field by field against the published record (published → draft),
 * or, when the record moved since the draft was made, the three-way view (as opened, as published now, draft).
 */
public record DraftReview(Draft draft, ConflictPanel changes, boolean stale, boolean gone, Long publishedVersion) {

    public String kindKey() {
        return "AuditedKind." + draft.getKind();
    }
}
