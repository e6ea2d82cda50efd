package com.partnershiptracker.duplicate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What merging {@code merged} into {@code kept} would do: every reference that moves, the clashes and how each is resolved. */
public record MergePreview(RecordKind kind, Candidate kept, Candidate merged, List<PlannedMove> moves, List<String> newAliases,
                           int citations, List<String> identifiers) {

    /** How many references of each kind move, clashes included. */
    public Map<MergeReference, Long> counts() {
        Map<MergeReference, Long> counts = new EnumMap<>(MergeReference.class);
        moves.forEach(move -> counts.merge(move.reference(), 1L, Long::sum));
        return counts;
    }

    public List<PlannedMove> clashes() {
        return moves.stream().filter(move -> move.resolution().isClash()).toList();
    }

    public List<PlannedMove> plainMoves() {
        return moves.stream().filter(move -> !move.resolution().isClash()).toList();
    }
}
