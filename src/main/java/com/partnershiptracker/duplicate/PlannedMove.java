package com.partnershiptracker.duplicate;

import com.partnershiptracker.shared.Bilingual;

/**
 * One reference a merge moves: the record that holds it (an agreement, a relation, a position…), its place in
 * that record's list where it is one row of several, what happens to it, and the record's name for the preview.
 */
public record PlannedMove(MergeReference reference, long recordId, Integer slot, MergeResolution resolution, String role,
                          Bilingual label) {
}
