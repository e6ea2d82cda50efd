package com.partnershiptracker.shared;

/**
 * A requested page, clamped to sane bounds: a negative page becomes the first, and a size outside
 * 1..{@value #MAX_SIZE} becomes the nearest bound, so a URL asking for a million rows gets a
 * normal page instead of an error or an outage.
 */
public record PageSlice(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageSlice {
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageSlice first() {
        return new PageSlice(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
