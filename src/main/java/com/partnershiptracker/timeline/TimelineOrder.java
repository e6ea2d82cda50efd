package com.partnershiptracker.timeline;

public enum TimelineOrder {
    OLDEST_FIRST,
    NEWEST_FIRST
}
