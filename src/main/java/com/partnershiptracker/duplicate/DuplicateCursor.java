package com.partnershiptracker.duplicate;

/**
 * Where a page of duplicates starts: pairs are listed newest record first (the one with the higher id, then
 * the older record it may duplicate, also by id descending), and a page holds the pairs below
 * {@code (upTo, below)}: newer record id at most {@code upTo}, and when it is {@code upTo}, the older one below {@code below}.
 */
public record DuplicateCursor(long upTo, long below) {

    public static final DuplicateCursor FIRST = new DuplicateCursor(Long.MAX_VALUE, Long.MAX_VALUE);

    /** The cursor a page's links carry; absent or nonsensical values start at the first page. */
    public static DuplicateCursor of(Long upTo, Long below) {
        if (upTo == null || upTo < 1) {
            return FIRST;
        }
        return new DuplicateCursor(upTo, below == null || below < 1 ? Long.MAX_VALUE : below);
    }

    public boolean isFirst() {
        return upTo == Long.MAX_VALUE;
    }

    boolean admits(long newer, long older) {
        return newer < upTo || (newer == upTo && older < below);
    }
}
