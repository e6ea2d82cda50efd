package com.partnershiptracker.shared;

import java.util.List;

/** The first items of a list and how many there are in all, for a page that shows a few and links to the rest. */
public record Shortlist<T>(List<T> shown, int total) {

    public static <T> Shortlist<T> of(List<T> items, int limit) {
        return new Shortlist<>(items.size() > limit ? List.copyOf(items.subList(0, limit)) : items, items.size());
    }

    public int hidden() {
        return total - shown.size();
    }
}
