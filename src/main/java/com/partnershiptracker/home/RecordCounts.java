package com.partnershiptracker.home;

/** How much the record holds. Partners are organizations other than internal units. */
public record RecordCounts(long partners, long agreements, long initiatives, long people, long sources) {
}
