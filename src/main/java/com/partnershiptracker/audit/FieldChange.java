package com.partnershiptracker.audit;

/** One field of a record from its value before a revision to its value after. */
public record FieldChange(String field, HistoryValue before, HistoryValue after) {
}
