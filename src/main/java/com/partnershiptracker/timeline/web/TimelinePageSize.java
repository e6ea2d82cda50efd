package com.partnershiptracker.timeline.web;

import java.util.List;

/**
 * The page sizes the timeline page offers. Any other size= (a typo, 37, a million) shows the
 * default, and the page says so, rather than a page size nobody chose from the menu.
 */
final class TimelinePageSize {

    static final int DEFAULT = 25;
    static final List<Integer> OFFERED = List.of(DEFAULT, 50, 100);

    private TimelinePageSize() {
    }

    /** The offered size a size= value names, or the default. */
    static int of(String size) {
        return isOffered(size) ? Integer.parseInt(size.strip()) : DEFAULT;
    }

    /** True for a blank size= (the default) or one of the offered sizes. */
    static boolean isAcceptable(String size) {
        return size == null || size.isBlank() || isOffered(size);
    }

    /** A refused size= as the page quotes it back: a hand-edited URL may hold anything, at any length. */
    static String shown(String size) {
        String stripped = size.strip();
        return stripped.length() > 12 ? stripped.substring(0, 12) + "…" : stripped;
    }

    private static boolean isOffered(String size) {
        return size != null && OFFERED.stream().anyMatch(offered -> offered.toString().equals(size.strip()));
    }
}
