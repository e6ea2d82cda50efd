package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.Bilingual;

/** A party as list pages show it: enough to name and link the organization. */
public record PartySummary(long organizationId, String slug, Bilingual name, OrganizationKind kind, PartyRole role) {
}
