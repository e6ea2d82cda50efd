package com.partnershiptracker.network;

import com.partnershiptracker.shared.PartialDate;

import java.util.List;

/**
 * Which part of the network to draw: agreements dated within a range, with or without internal
 * units, and optionally only those of some partners (with their affiliates when asked), which
 * gives one partner's own network of counterparts.
 */
public record NetworkFilter(PartialDate from, PartialDate to, boolean hideInternalUnits, List<String> partners,
                            boolean includeAffiliates) {

    public NetworkFilter {
        partners = partners == null ? List.of() : partners.stream().distinct().toList();
    }

    public static NetworkFilter everything() {
        return new NetworkFilter(null, null, false, List.of(), false);
    }

    public NetworkFilter around(String partner, boolean affiliates) {
        return new NetworkFilter(from, to, hideInternalUnits, List.of(partner), affiliates);
    }
}
