package com.partnershiptracker.source;

import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sources-with-citations CSV layout, shared by the export (/sources.csv) and the import: one row per citation with
 * its source's columns repeated; a source nothing cites is one row with the citation columns blank. The pasted article
 * text stays out (it is long and copyrighted).
 */
public final class SourceCsv {

    public static final List<String> SOURCE_COLUMNS = List.of("id", "kind", "publisher", "author", "headline_ko", "headline_en",
            "url", "language", "published", "published_precision", "published_inferred", "published_note", "note", "archive_url");

    public static final List<String> CITATION_COLUMNS = List.of("cited_kind", "cited", "claim_attribute", "claim_value",
            "attributes", "quote", "citation_note", "citation_note_ko");

    public static final List<String> COLUMNS = concat(SOURCE_COLUMNS, CITATION_COLUMNS);

    private SourceCsv() {
    }

    /** A source as the file carries it. */
    public record SourceRow(long id, long version, String kind, String publisher, String author, String headlineKo, String headlineEn,
                            String url, String language, PartialDate published, String note, String archiveUrl) {
    }

    /**
     * One citation as the file carries it: the cited record by its natural key (slug for organizations and people, id
     * for the rest), and its position among the record's citations.
     */
    public record CitationRow(long sourceId, FactKind citedKind, long citedId, String cited, int position, String claimAttribute,
                              String claimValue, List<CitedAttribute> attributes, String quote, String note, String noteKo) {
    }

    /** The row of a source with one of its citations, or with none. */
    public static List<String> fields(SourceRow source, CitationRow citation) {
        List<String> fields = new ArrayList<>(List.of(String.valueOf(source.id()), source.kind().toLowerCase(Locale.ROOT),
                text(source.publisher()), text(source.author()), text(source.headlineKo()), text(source.headlineEn()),
                text(source.url()), text(source.language())));
        fields.addAll(date(source.published()));
        fields.add(text(source.note()));
        fields.add(text(source.archiveUrl()));
        if (citation == null) {
            CITATION_COLUMNS.forEach(column -> fields.add(""));
        } else {
            fields.addAll(List.of(citation.citedKind().name().toLowerCase(Locale.ROOT), citation.cited(),
                    citation.claimAttribute() == null ? "" : citation.claimAttribute().toLowerCase(Locale.ROOT), text(citation.claimValue()),
                    attributes(citation.attributes()), text(citation.quote()), text(citation.note()), text(citation.noteKo())));
        }
        return fields;
    }

    /** The supported attributes as the file writes them: lower case, separated by "; ". */
    public static String attributes(List<CitedAttribute> attributes) {
        return attributes.stream().map(attribute -> attribute.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("; "));
    }

    private static List<String> date(PartialDate date) {
        if (date == null) {
            return List.of("", "", "", "");
        }
        return List.of(date.toIsoString(), date.precision().name().toLowerCase(Locale.ROOT), date.isInferred() ? "yes" : "", text(date.note()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
