package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;

/**
 * A citation as pages show it: the fact it supports, its source's essentials, the quote and any
 * conflicting claim; and, for the form that removes it, its position among the fact's citations
 * and the fact's version when the page was made.
 */
public record SourceCitation(FactRef fact, long sourceId, String publisher, Bilingual headline, PartialDate published,
                             String url, String quote, String claimAttribute, String claimValue, String note,
                             int position, long factVersion) {

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
                citation.getNote(), position, factVersion);
    }

    public boolean isConflicting() {
        return claimAttribute != null;
    }
}
