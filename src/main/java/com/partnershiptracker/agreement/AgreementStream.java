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
        // Which milestone the key date is, and its notes, which the listing does not carry.
        String sql = "select l.*, k.key_kind, k.key_note, k.key_note_ko from agreement_listing l join (select a.id as key_id, "
                + "case when a.signed_date is not null then 'signed' when a.announced_date is not null then 'announced' "
                + "when a.effective_date is not null then 'effective' end as key_kind, "
                + "case when a.signed_date is not null then a.signed_note when a.announced_date is not null then a.announced_note "
                + "else a.effective_note end as key_note, "
                + "case when a.signed_date is not null then a.signed_note_ko when a.announced_date is not null then a.announced_note_ko "
                + "else a.effective_note_ko end as key_note_ko from agreements a) k on k.key_id = l.id"
                + AgreementListing.whereClause(filter, partners, AgreementListing.PartnerRows.PROBED, params)
                + ListingOrder.of(filter.sort(), locale).forward();
        cursor.<CitedAgreement>forEachChunk(sql, params, (rs, n) -> new CitedAgreement(rs.getLong("id"),
                Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")), AgreementKind.valueOf(rs.getString("kind")),
                AgreementStatus.valueOf(rs.getString("status")), PartialDateColumns.readWithNotes(rs, "key"), rs.getString("key_kind"),
                Bilingual.of(rs.getString("summary_ko"), rs.getString("summary_en")), List.of(), List.of()), chunk -> {
            List<Long> ids = chunk.stream().map(CitedAgreement::id).toList();
            Map<Long, List<PartySummary>> parties = listing.partiesOf(ids);
            Map<FactRef, List<SourceCitation>> cited = citations.citationsOf(
                    ids.stream().map(id -> new FactRef(FactKind.AGREEMENT, id)).toList());
            for (CitedAgreement row : chunk) {
                sink.accept(new CitedAgreement(row.id(), row.title(), row.kind(), row.status(), row.date(), row.dateKind(), row.summary(),
                        parties.getOrDefault(row.id(), List.of()),
                        cited.getOrDefault(new FactRef(FactKind.AGREEMENT, row.id()), List.of())));
            }
        });
    }
}
