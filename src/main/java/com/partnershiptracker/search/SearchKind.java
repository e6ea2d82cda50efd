package com.partnershiptracker.search;

/** The groups search results come in, in the order the page shows them. */
public enum SearchKind {
    ORGANIZATION,
    AGREEMENT,
    INITIATIVE,
    PERSON,
    STATEMENT,
    SOURCE
}
