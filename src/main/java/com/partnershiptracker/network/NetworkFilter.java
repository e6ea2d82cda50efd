package com.partnershiptracker.network;

import com.partnershiptracker.shared.PartialDate;

import java.time.LocalDate;

import java.util.List;

/**
 * Which part of the network to draw: agreements dated within a range, with or without internal
 * units, optionally only those of some partners (with their affiliates when asked) or of one
 * organization put at the centre; organizations either one by one or collapsed into their groups;
 * how many organizations the graph holds, the most connected first; and the day the record is read as
 * of (null for today): only the agreements in force then, surely or possibly.
 */
public record NetworkFilter(PartialDate from, PartialDate to, boolean hideInternalUnits, List<String> partners,
                            boolean includeAffiliates, Long centreId, boolean groups, int limit, LocalDate asOf) {

    public static final int DEFAULT_LIMIT = 50;
    /** The most organizations a graph holds; past it neither the picture nor the tables read well. */
    public static final int MAX_LIMIT = 200;
    /** The limits a reader is offered; any number from 1 to {@value #MAX_LIMIT} is accepted. */
    public static final List<Integer> LIMIT_CHOICES = List.of(25, DEFAULT_LIMIT, 100, MAX_LIMIT);

    public NetworkFilter {
        partners = partners == null ? List.of() : partners.stream().distinct().toList();
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    public NetworkFilter(PartialDate from, PartialDate to, boolean hideInternalUnits, List<String> partners,
                         boolean includeAffiliates, Long centreId, boolean groups, int limit) {
        this(from, to, hideInternalUnits, partners, includeAffiliates, centreId, groups, limit, null);
    }

    public NetworkFilter(PartialDate from, PartialDate to, boolean hideInternalUnits, List<String> partners,
                         boolean includeAffiliates) {
        this(from, to, hideInternalUnits, partners, includeAffiliates, null, false, DEFAULT_LIMIT);
    }

    /** The network as the record says it stood on the day (null for today). */
    public NetworkFilter readAsOf(LocalDate day) {
        return new NetworkFilter(from, to, hideInternalUnits, partners, includeAffiliates, centreId, groups, limit, day);
    }

    public static NetworkFilter everything() {
        return new NetworkFilter(null, null, false, List.of(), false);
    }

    public NetworkFilter around(String partner, boolean affiliates) {
        return new NetworkFilter(from, to, hideInternalUnits, List.of(partner), affiliates, centreId, groups, limit, asOf);
    }

    /** The organization (or, with groups collapsed, its group) and those that made agreements with it. */
    public NetworkFilter centredOn(long organizationId) {
        return new NetworkFilter(from, to, hideInternalUnits, partners, includeAffiliates, organizationId, groups, limit, asOf);
    }

    public NetworkFilter collapsingGroups() {
        return new NetworkFilter(from, to, hideInternalUnits, partners, includeAffiliates, centreId, true, limit, asOf);
    }

    public NetworkFilter limitedTo(int newLimit) {
        return new NetworkFilter(from, to, hideInternalUnits, partners, includeAffiliates, centreId, groups, newLimit, asOf);
    }
}
