package com.partnershiptracker.organization;

import com.partnershiptracker.shared.Bilingual;

/** Enough of an organization to name and link it. */
public record OrganizationRef(long id, String slug, Bilingual name, OrganizationKind kind) {
}
