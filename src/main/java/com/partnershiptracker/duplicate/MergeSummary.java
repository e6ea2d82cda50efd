package com.partnershiptracker.duplicate;

import java.time.Instant;

/** A merge as the list of merges shows it; {@code unmerged} once it has been undone. */
public record MergeSummary(long id, RecordKind kind, long keptId, String keptSlug, long mergedId, String mergedSlug,
                           String mergedBy, Instant mergedAt, boolean unmerged) {
}
