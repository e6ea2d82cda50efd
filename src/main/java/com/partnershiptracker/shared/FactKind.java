package com.partnershiptracker.shared;

/** The kinds of record that state a fact and can be cited; the names match the read views' fact_kind column. */
public enum FactKind {
    ORGANIZATION,
    RELATION,
    PERSON,
    POSITION,
    AGREEMENT,
    INITIATIVE,
    METRIC,
    STATEMENT
}
