package com.partnershiptracker.initiative;

public enum MetricKind {
    /** A figure reached, as of a date. */
    ACTUAL,
    /** A figure aimed for, by a target date. Never shown as an achievement. */
    TARGET
}
