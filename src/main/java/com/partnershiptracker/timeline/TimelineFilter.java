package com.partnershiptracker.timeline;

import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.TextQuery;

import java.util.List;
import java.util.Set;

/**
 * What the timeline shows: partners (with or without affiliates), kinds of fact, a date range, text,
 * order and page; and, when dates are chosen, those dates of agreements alone (signed, announced...).
 */
public record TimelineFilter(List<String> partners, boolean includeAffiliates, Set<FactKind> kinds,
                             PartialDate from, PartialDate to, String text, TimelineOrder order, PageSlice slice,
                             Set<AgreementDate> dates) {

    public TimelineFilter(List<String> partners, boolean includeAffiliates, Set<FactKind> kinds,
                          PartialDate from, PartialDate to, String text, TimelineOrder order, PageSlice slice) {
        this(partners, includeAffiliates, kinds, from, to, text, order, slice, Set.of());
    }

    public TimelineFilter {
        partners = partners == null ? List.of() : partners.stream().distinct().toList();
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        text = TextQuery.normalize(text);
        order = order == null ? TimelineOrder.OLDEST_FIRST : order;
        slice = slice == null ? PageSlice.first() : slice;
        dates = dates == null ? Set.of() : Set.copyOf(dates);
    }

    public static TimelineFilter everything() {
        return new TimelineFilter(List.of(), false, Set.of(), null, null, null, null, null);
    }

    public TimelineFilter withPartners(List<String> slugs, boolean affiliates) {
        return new TimelineFilter(slugs, affiliates, kinds, from, to, text, order, slice, dates);
    }

    public TimelineFilter withKinds(Set<FactKind> newKinds) {
        return new TimelineFilter(partners, includeAffiliates, newKinds, from, to, text, order, slice, dates);
    }

    public TimelineFilter between(PartialDate newFrom, PartialDate newTo) {
        return new TimelineFilter(partners, includeAffiliates, kinds, newFrom, newTo, text, order, slice, dates);
    }

    public TimelineFilter matching(String newText) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, newText, order, slice, dates);
    }

    public TimelineFilter ordered(TimelineOrder newOrder) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, text, newOrder, slice, dates);
    }

    public TimelineFilter onPage(PageSlice newSlice) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, text, order, newSlice, dates);
    }

    public TimelineFilter onDates(Set<AgreementDate> newDates) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, text, order, slice, newDates);
    }
}
