package com.partnershiptracker.timeline;

import com.partnershiptracker.organization.PartnerMatch;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.TextQuery;

import java.util.List;
import java.util.Set;

/**
 * What the timeline shows: partners (with or without affiliates), kinds of fact, a date range, text,
 * order and page. With several partners, {@code match} keeps entries involving any of them or only
 * those involving all of them; when dates are chosen, those dates of agreements alone (signed, announced...).
 */
public record TimelineFilter(List<String> partners, boolean includeAffiliates, Set<FactKind> kinds,
                             PartialDate from, PartialDate to, String text, TimelineOrder order, PageSlice slice,
                             PartnerMatch match, Set<AgreementDate> dates) {

    public TimelineFilter {
        partners = partners == null ? List.of() : partners.stream().distinct().toList();
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        text = TextQuery.normalize(text);
        order = order == null ? TimelineOrder.OLDEST_FIRST : order;
        slice = slice == null ? PageSlice.first() : slice;
        match = match == null ? PartnerMatch.ANY : match;
        dates = dates == null ? Set.of() : Set.copyOf(dates);
    }

    /** A filter keeping entries that involve any of the partners, on every date of an agreement. */
    public TimelineFilter(List<String> partners, boolean includeAffiliates, Set<FactKind> kinds,
                          PartialDate from, PartialDate to, String text, TimelineOrder order, PageSlice slice) {
        this(partners, includeAffiliates, kinds, from, to, text, order, slice, PartnerMatch.ANY, Set.of());
    }

    /** A filter on every date of an agreement. */
    public TimelineFilter(List<String> partners, boolean includeAffiliates, Set<FactKind> kinds,
                          PartialDate from, PartialDate to, String text, TimelineOrder order, PageSlice slice,
                          PartnerMatch match) {
        this(partners, includeAffiliates, kinds, from, to, text, order, slice, match, Set.of());
    }

    /** A filter keeping entries that involve any of the partners. */
    public TimelineFilter(List<String> partners, boolean includeAffiliates, Set<FactKind> kinds,
                          PartialDate from, PartialDate to, String text, TimelineOrder order, PageSlice slice,
                          Set<AgreementDate> dates) {
        this(partners, includeAffiliates, kinds, from, to, text, order, slice, PartnerMatch.ANY, dates);
    }

    public static TimelineFilter everything() {
        return new TimelineFilter(List.of(), false, Set.of(), null, null, null, null, null);
    }

    public TimelineFilter withPartners(List<String> slugs, boolean affiliates) {
        return new TimelineFilter(slugs, affiliates, kinds, from, to, text, order, slice, match, dates);
    }

    public TimelineFilter withKinds(Set<FactKind> newKinds) {
        return new TimelineFilter(partners, includeAffiliates, newKinds, from, to, text, order, slice, match, dates);
    }

    public TimelineFilter between(PartialDate newFrom, PartialDate newTo) {
        return new TimelineFilter(partners, includeAffiliates, kinds, newFrom, newTo, text, order, slice, match, dates);
    }

    public TimelineFilter matching(String newText) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, newText, order, slice, match, dates);
    }

    public TimelineFilter ordered(TimelineOrder newOrder) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, text, newOrder, slice, match, dates);
    }

    /** The same filter, combining the partners as {@code newMatch} says. */
    public TimelineFilter matchingPartners(PartnerMatch newMatch) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, text, order, slice, newMatch, dates);
    }

    public TimelineFilter onPage(PageSlice newSlice) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, text, order, newSlice, match, dates);
    }

    public TimelineFilter onDates(Set<AgreementDate> newDates) {
        return new TimelineFilter(partners, includeAffiliates, kinds, from, to, text, order, slice, match, newDates);
    }
}
