package com.partnershiptracker.timeline;

/** A year of the timeline and how many of the entries shown fall in it. */
public record TimelineYear(int year, long entries) {
}
