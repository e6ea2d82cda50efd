package com.partnershiptracker.timeline.web;

import com.partnershiptracker.timeline.TimelineYear;

import java.util.ArrayList;
import java.util.List;

/** An entry of the timeline's year index: the year, its count, and the link to the page (and heading) where it starts. */
record YearLink(int year, long entries, String url) {

    /** The index of these years, given in the list's order, for pages of pageSize entries. */
    static List<YearLink> index(List<TimelineYear> years, int pageSize, TimelineQuery query, String path) {
        List<YearLink> links = new ArrayList<>();
        long before = 0;
        for (TimelineYear year : years) {
            int page = (int) (before / pageSize) + 1;
            links.add(new YearLink(year.year(), year.entries(), query.pageUrl(path, page) + "#" + anchor(year.year())));
            before += year.entries();
        }
        return links;
    }

    /** The id of the first heading of a year on a page. */
    static String anchor(int year) {
        return "year-" + year;
    }
}
