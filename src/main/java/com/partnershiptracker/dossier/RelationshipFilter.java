package com.partnershiptracker.dossier;

import com.partnershiptracker.shared.PageSlice;

import java.time.LocalDate;

/**
 * Which of a partner's relationships to list and how: a kind (a category such as AGREEMENT, or a
 * kind such as STRATEGIC_MOU; null for all), the sort column and direction, the page, the day the
 * record is read as of (null for today), and whether names and titles sort in Korean.
 */
public record RelationshipFilter(String kind, RelationshipSort sort, boolean descending, PageSlice slice,
                                 LocalDate asOf, boolean korean) {

    public RelationshipFilter {
        sort = sort == null ? RelationshipSort.DATE : sort;
        slice = slice == null ? PageSlice.first() : slice;
    }

    /** Newest first, the first page, as of today. */
    public static RelationshipFilter newestFirst(boolean korean) {
        return new RelationshipFilter(null, RelationshipSort.DATE, true, PageSlice.first(), null, korean);
    }
}
