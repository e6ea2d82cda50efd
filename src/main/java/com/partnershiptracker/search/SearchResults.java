package com.partnershiptracker.search;

import java.util.List;
import java.util.Map;

/** Hits grouped by kind; each group holds at most {@link SearchService#PER_KIND} hits. */
public record SearchResults(String query, Map<SearchKind, List<SearchHit>> groups) {

    public boolean isEmpty() {
        return groups.values().stream().allMatch(List::isEmpty);
    }

    public int total() {
        return groups.values().stream().mapToInt(List::size).sum();
    }
}
