package com.partnershiptracker.organization;

import java.util.List;
import java.util.Set;

/**
 * The organization ids a partner filter resolves to, and the slugs it could not resolve.
 * An empty selection from a non-empty filter means "matches nothing", never "matches everything".
 * {@code eachPartner} holds, for each distinct partner named, its own ids (with its affiliates when
 * they are included), so that a filter can ask for facts to which every partner is a party.
 */
public record PartnerSelection(Set<Long> organizationIds, List<String> unknownSlugs, List<Set<Long>> eachPartner) {

    public PartnerSelection {
        organizationIds = Set.copyOf(organizationIds);
        unknownSlugs = List.copyOf(unknownSlugs);
        eachPartner = eachPartner.stream().map(Set::copyOf).distinct().toList();
    }

    /** A selection whose organizations count as one partner. */
    public PartnerSelection(Set<Long> organizationIds, List<String> unknownSlugs) {
        this(organizationIds, unknownSlugs, organizationIds.isEmpty() ? List.of() : List.of(organizationIds));
    }

    public boolean matchesNothing() {
        return organizationIds.isEmpty();
    }

    /** As {@link #matchesNothing()}; with {@link PartnerMatch#ALL}, an unknown partner cannot be a party, so nothing matches. */
    public boolean matchesNothing(PartnerMatch match) {
        return matchesNothing() || (match == PartnerMatch.ALL && !unknownSlugs.isEmpty());
    }

    /** True when the match asks every partner to be a party and more than one distinct partner is named. */
    public boolean requiresEach(PartnerMatch match) {
        return match == PartnerMatch.ALL && eachPartner.size() > 1;
    }
}
