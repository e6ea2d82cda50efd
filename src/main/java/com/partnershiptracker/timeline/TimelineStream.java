package com.partnershiptracker.timeline;

import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.export.CursorReader;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.SourceCitation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entry of a timeline filter, in its order, read from one cursor: one statement for the
 * entries, then two per {@value CursorReader#CHUNK} entries for their organizations and sources.
 */
final class TimelineStream {

    private final CursorReader cursor;
    private final TimelineService timeline;
    private final CitationLookup citations;

    TimelineStream(CursorReader cursor, TimelineService timeline, CitationLookup citations) {
        this.cursor = cursor;
        this.timeline = timeline;
        this.citations = citations;
    }

    void forEachMatching(TimelineFilter filter, PartnerSelection partners, int limit, ExportSink<TimelineEntry> sink) {
        sink.open();
        if (partners != null && partners.matchesNothing(filter.match())) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        String direction = filter.order() == TimelineOrder.NEWEST_FIRST ? " desc" : " asc";
        String sql = "select e.* from (" + TimelineService.hits(filter, partners, params) + ") h"
                + " join timeline_entry_rows e on e.entry_kind = h.entry_kind and e.fact_id = h.fact_id"
                + " order by h.entry_date" + direction + ", h.precision_rank" + direction + ", h.entry_kind" + direction
                + ", h.fact_id" + direction;
        if (limit < Integer.MAX_VALUE) {
            sql += " limit :limit";
            params.put("limit", limit);
        }
        cursor.<TimelineEntry>forEachChunk(sql, params, (rs, n) -> TimelineService.entryOf(rs), chunk -> {
            List<FactRef> facts = chunk.stream().map(TimelineEntry::fact).distinct().toList();
            Map<FactRef, TimelineEntry.Involved> involved = timeline.organizationsOf(facts);
            Map<FactRef, List<SourceCitation>> cited = citations.citationsOf(facts);
            for (TimelineEntry entry : chunk) {
                sink.accept(entry.with(involved.getOrDefault(entry.fact(), TimelineEntry.Involved.NONE),
                        cited.getOrDefault(entry.fact(), List.of())));
            }
        });
    }
}
