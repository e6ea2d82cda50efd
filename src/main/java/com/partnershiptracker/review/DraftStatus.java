package com.partnershiptracker.review;

/** Where a draft is: waiting for a reviewer, sent back to its editor, published, or withdrawn by its editor. */
public enum DraftStatus {
    PENDING,
    SENT_BACK,
    PUBLISHED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == PENDING || this == SENT_BACK;
    }
}
