package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.PartnerMatch;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.TextQuery;

import java.util.List;
import java.util.Set;

/**
 * What the agreement list shows: partners (with or without their affiliates), kinds, statuses,
 * a date range, free text, the order and the page. Every part is optional; an empty filter lists
 * everything, newest first. With several partners, {@code match} keeps agreements with any of them
 * or only those to which all of them are parties.
 */
public record AgreementFilter(List<String> partners, boolean includeAffiliates, Set<AgreementKind> kinds,
                              Set<AgreementStatus> statuses, PartialDate from, PartialDate to, String text,
                              AgreementSort sort, PageSlice slice, PartnerMatch match) {

    public AgreementFilter {
        partners = partners == null ? List.of() : partners.stream().distinct().toList();
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = TextQuery.normalize(text);
        sort = sort == null ? AgreementSort.NEWEST : sort;
        slice = slice == null ? PageSlice.first() : slice;
        match = match == null ? PartnerMatch.ANY : match;
    }

    /** A filter matching agreements with any of the partners. */
    public AgreementFilter(List<String> partners, boolean includeAffiliates, Set<AgreementKind> kinds,
                           Set<AgreementStatus> statuses, PartialDate from, PartialDate to, String text,
                           AgreementSort sort, PageSlice slice) {
        this(partners, includeAffiliates, kinds, statuses, from, to, text, sort, slice, PartnerMatch.ANY);
    }

    public static AgreementFilter everything() {
        return new AgreementFilter(List.of(), false, Set.of(), Set.of(), null, null, null, null, null);
    }

    /** True when nothing narrows the list: every agreement is in it, whatever its order and page. */
    public boolean selectsEverything() {
        return partners.isEmpty() && !narrowsBeyondPartners();
    }

    /** True when something other than the partners narrows the list. */
    public boolean narrowsBeyondPartners() {
        return !kinds.isEmpty() || !statuses.isEmpty() || from != null || to != null || text != null;
    }

    public AgreementFilter withPartners(List<String> slugs, boolean affiliates) {
        return new AgreementFilter(slugs, affiliates, kinds, statuses, from, to, text, sort, slice, match);
    }

    public AgreementFilter withKinds(Set<AgreementKind> newKinds) {
        return new AgreementFilter(partners, includeAffiliates, newKinds, statuses, from, to, text, sort, slice, match);
    }

    public AgreementFilter withStatuses(Set<AgreementStatus> newStatuses) {
        return new AgreementFilter(partners, includeAffiliates, kinds, newStatuses, from, to, text, sort, slice, match);
    }

    public AgreementFilter between(PartialDate newFrom, PartialDate newTo) {
        return new AgreementFilter(partners, includeAffiliates, kinds, statuses, newFrom, newTo, text, sort, slice, match);
    }

    public AgreementFilter matching(String newText) {
        return new AgreementFilter(partners, includeAffiliates, kinds, statuses, from, to, newText, sort, slice, match);
    }

    public AgreementFilter sortedBy(AgreementSort newSort) {
        return new AgreementFilter(partners, includeAffiliates, kinds, statuses, from, to, text, newSort, slice, match);
    }

    /** The same filter, combining the partners as {@code newMatch} says. */
    public AgreementFilter matchingPartners(PartnerMatch newMatch) {
        return new AgreementFilter(partners, includeAffiliates, kinds, statuses, from, to, text, sort, slice, newMatch);
    }

    public AgreementFilter onPage(PageSlice newSlice) {
        return new AgreementFilter(partners, includeAffiliates, kinds, statuses, from, to, text, sort, newSlice, match);
    }
}
