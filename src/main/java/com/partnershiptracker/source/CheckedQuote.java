package com.partnershiptracker.source;

/** A fact a source supports, with whether its quote occurs in the source's text. */
public record CheckedQuote(CitedFact cited, QuoteCheck.Status status) {
}
