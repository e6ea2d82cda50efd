package com.partnershiptracker.agreement;

/**
 * Where a page of a list of known length is read from: counted from the start, or, when the page
 * lies nearer the end, counted from the end in the reverse order. Either way no more than half the
 * list is skipped, so the last page costs what the first does.
 *
 * @param fromTheEnd whether the rows are read in the reverse order (and must be turned back)
 * @param offset     the rows to skip in the order read
 * @param limit      the rows to read
 */
record ListingWindow(boolean fromTheEnd, long offset, int limit) {

    static ListingWindow of(long offset, int size, long total) {
        long rowsAfterPage = total - offset - size;
        if (offset <= rowsAfterPage) {
            return new ListingWindow(false, offset, size);
        }
        return new ListingWindow(true, Math.max(0, rowsAfterPage), (int) Math.min(size, total - offset));
    }
}
