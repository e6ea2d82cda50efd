package com.partnershiptracker.audit;

/** One audited record by its kind, named as in history URLs ({@code AGREEMENT}), and its id. */
public record RecordKey(String kind, long id) {
}
