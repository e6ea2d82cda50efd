package com.partnershiptracker.dossier;

import com.partnershiptracker.shared.PageSlice;

import java.time.LocalDate;

/**
 * Which of a partner's relationships to list and how: a kind (a category such as AGREEMENT, or a
 * kind such as STRATEGIC_MOU; null for all), the sort column and direction, the page, the day the
 * record is read as of (null for today), whether names and titles sort in Korean, and one counterpart
 * (its slug; null for all) whose relationships with the partner alone are listed.
 */
public record RelationshipFilter(String kind, RelationshipSort sort, boolean descending, PageSlice slice,
                                 LocalDate asOf, boolean korean, String counterpart) {

    public RelationshipFilter {
        sort = sort == null ? RelationshipSort.DATE : sort;
        slice = slice == null ? PageSlice.first() : slice;
    }

    /** Every counterpart's relationships. */
    public RelationshipFilter(String kind, RelationshipSort sort, boolean descending, PageSlice slice,
                              LocalDate asOf, boolean korean) {
        this(kind, sort, descending, slice, asOf, korean, null);
    }

    /** Newest first, the first page, as of today. */
    public static RelationshipFilter newestFirst(boolean korean) {
        return new RelationshipFilter(null, RelationshipSort.DATE, true, PageSlice.first(), null, korean);
    }
}
