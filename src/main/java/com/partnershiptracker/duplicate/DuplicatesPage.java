package com.partnershiptracker.duplicate;

import java.util.List;

/**
 * One page of likely duplicates, and where the next starts (null at the end). A page looks at a bounded
 * window of records ({@link DuplicateFinder#RECORDS_PER_PAGE}, newest first) for their older duplicates, so
 * it can hold fewer pairs than it could and still have a next page; {@code checkedDownTo} is the oldest
 * record it looked at.
 */
public record DuplicatesPage(List<DuplicatePair> pairs, DuplicateCursor next, Long checkedDownTo) {

    public boolean hasNext() {
        return next != null;
    }
}
