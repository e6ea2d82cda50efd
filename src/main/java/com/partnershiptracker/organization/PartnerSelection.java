package com.partnershiptracker.organization;

import java.util.List;
import java.util.Set;

/**
 * The organization ids a partner filter resolves to, and the slugs it could not resolve.
 * An empty selection from a non-empty filter means "matches nothing", never "matches everything".
 */
public record PartnerSelection(Set<Long> organizationIds, List<String> unknownSlugs) {

    public boolean matchesNothing() {
        return organizationIds.isEmpty();
    }
}
