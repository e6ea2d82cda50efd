package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A citation as pages show it: the fact it supports, its source's essentials, the quote and any
 * conflicting claim; and, for the form that removes it, its position among the fact's citations
 * and the fact's version when the page was made.
 */
public record SourceCitation(FactRef fact, long sourceId, String publisher, Bilingual headline, PartialDate published,
                             String url, String quote, String claimAttribute, String claimValue, String note,
                             List<CitedAttribute> attributes, int position, long factVersion, String noteKo) {

    public SourceCitation {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** A citation whose note is in English alone. */
    public SourceCitation(FactRef fact, long sourceId, String publisher, Bilingual headline, PartialDate published,
                          String url, String quote, String claimAttribute, String claimValue, String note,
                          List<CitedAttribute> attributes, int position, long factVersion) {
        this(fact, sourceId, publisher, headline, published, url, quote, claimAttribute, claimValue, note,
                attributes, position, factVersion, null);
    }

    /** The note in both languages (English is {@code note}), for pages to show in theirs. */
    public Bilingual notes() {
        return Bilingual.of(noteKo, note);
    }

    /** True when the citation carries a note in either language. */
    public boolean hasNote() {
        return note != null || noteKo != null;
    }

    /** The citations of an entity already loaded with its sources, as pages show them. */
    public static <T extends com.partnershiptracker.shared.BaseEntity & Cited> java.util.List<SourceCitation> of(FactRef fact, T cited) {
        java.util.List<Citation> citations = cited.getCitations();
        return java.util.stream.IntStream.range(0, citations.size())
                .mapToObj(position -> of(fact, citations.get(position), position, cited.getVersion()))
                .toList();
    }

    private static SourceCitation of(FactRef fact, Citation citation, int position, long factVersion) {
        Source source = citation.getSource();
        return new SourceCitation(fact, source.getId(), source.getPublisher(), source.getHeadline(), source.getPublished(),
                source.getUrl(), citation.getQuote(), citation.getClaimAttribute(), citation.getClaimValue(),
                citation.getNote(), citation.getAttributes(), position, factVersion, citation.getNoteKo());
    }

    public boolean isConflicting() {
        return claimAttribute != null;
    }

    /** The footnote's number on the fact's page: its position in the fact's list, counted from one. */
    public int number() {
        return position + 1;
    }

    /** The footnote's id on the fact's page, which a mark beside an attribute links to. */
    public String anchor() {
        return "cite-" + fact.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + fact.id() + "-" + number();
    }

    /** Whether the citation names no attribute and so supports the fact as a whole. */
    public boolean isWholeRecord() {
        return attributes.isEmpty() && !isConflicting();
    }

    /** Whether the source supports that attribute of the fact as recorded. */
    public boolean supports(CitedAttribute attribute) {
        return attributes.contains(attribute);
    }

    /** The attribute a conflicting citation disputes, when it is one of the attributes of the list. */
    public Optional<CitedAttribute> disputed() {
        return CitedAttribute.parse(claimAttribute);
    }

    /** Whether the source gives another value for that attribute. */
    public boolean disputes(CitedAttribute attribute) {
        return isConflicting() && disputed().filter(attribute::equals).isPresent();
    }
}
