package com.partnershiptracker.dossier;

import com.partnershiptracker.organization.OrganizationNode;

/** One section of a partner's pages: the partner, as the group structure knows it, and the section's content. */
public record PartnerSectionPage<T>(OrganizationNode partner, PartnerSection section, T content) {
}
