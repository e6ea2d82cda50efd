package com.partnershiptracker.person;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

/** A position as lists show it. */
public record PositionView(long personId, Bilingual title, OrganizationRef organization, PartialDate started, PartialDate ended) {
}
