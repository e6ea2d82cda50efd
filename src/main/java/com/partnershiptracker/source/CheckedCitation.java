package com.partnershiptracker.source;

/** A citation of a fact, with whether its quote occurs in its source's text. */
public record CheckedCitation(SourceCitation citation, QuoteCheck.Status status) {
}
