package com.partnershiptracker.timeline.web;

import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Entries under one heading: a month, or a year for entries known only to the year. Headings
 * follow the entries' order, so newest-first pages group newest-first too. The first heading of
 * each year on a page carries the year's anchor, which the year index links to.
 */
public record TimelineGroup(PartialDate period, List<TimelineEntry> entries, String yearAnchor) {

    static List<TimelineGroup> of(List<TimelineEntry> entries) {
        List<TimelineGroup> groups = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            PartialDate period = periodOf(entry.date());
            TimelineGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || !last.period().equals(period)) {
                int year = period.start().getYear();
                boolean newYear = last == null || last.period().start().getYear() != year;
                last = new TimelineGroup(period, new ArrayList<>(), newYear ? YearLink.anchor(year) : null);
                groups.add(last);
            }
            last.entries().add(entry);
        }
        return groups;
    }

    private static PartialDate periodOf(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> PartialDate.ofYear(date.start().getYear());
            case MONTH, DAY -> PartialDate.ofMonth(date.start().getYear(), date.start().getMonthValue());
        };
    }
}
