package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.export.CursorReader;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.SourceCitation;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every agreement of a filter, in the list's order, read from one cursor: one statement for the
 * rows, then two per {@value CursorReader#CHUNK} rows for their parties and their sources.
 */
@Component
class AgreementStream {

    private final CursorReader cursor;
    private final AgreementListing listing;
    private final CitationLookup citations;

    AgreementStream(CursorReader cursor, AgreementListing listing, CitationLookup citations) {
        this.cursor = cursor;
        this.listing = listing;
        this.citations = citations;
    }

    void forEachMatching(AgreementFilter filter, PartnerSelection partners, Locale locale, ExportSink<CitedAgreement> sink) {
        sink.open();
        if (partners != null && partners.matchesNothing(filter.match())) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        String sql = "select l.* from agreement_listing l" + AgreementListing.whereClause(filter, partners, AgreementListing.PartnerRows.PROBED, params)
                + ListingOrder.of(filter.sort(), locale).forward();
        cursor.<CitedAgreement>forEachChunk(sql, params, (rs, n) -> new CitedAgreement(rs.getLong("id"),
                Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")), AgreementKind.valueOf(rs.getString("kind")),
                AgreementStatus.valueOf(rs.getString("status")), PartialDateColumns.read(rs, "key"),
                Bilingual.of(rs.getString("summary_ko"), rs.getString("summary_en")), List.of(), List.of()), chunk -> {
            List<Long> ids = chunk.stream().map(CitedAgreement::id).toList();
            Map<Long, List<PartySummary>> parties = listing.partiesOf(ids);
            Map<FactRef, List<SourceCitation>> cited = citations.citationsOf(
                    ids.stream().map(id -> new FactRef(FactKind.AGREEMENT, id)).toList());
            for (CitedAgreement row : chunk) {
                sink.accept(new CitedAgreement(row.id(), row.title(), row.kind(), row.status(), row.date(), row.summary(),
                        parties.getOrDefault(row.id(), List.of()),
                        cited.getOrDefault(new FactRef(FactKind.AGREEMENT, row.id()), List.of())));
            }
        });
    }
}
