package com.partnershiptracker.shared;

/**
 * A requested page, clamped to sane bounds: a negative page becomes the first, a size outside
 * 1..{@value #MAX_SIZE} becomes the nearest bound, and a page beyond {@link #MAX_PAGE} (empty
 * for any real list) becomes that one, so a URL asking for a million rows or page 10^20 gets a
 * normal page instead of an error or an outage.
 */
public record PageSlice(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The deepest page: its offset still fits the int that JPA's first result takes. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    public PageSlice {
        page = Math.min(Math.max(0, page), MAX_PAGE);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageSlice first() {
        return new PageSlice(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
