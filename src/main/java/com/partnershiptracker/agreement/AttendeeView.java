package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;

/** A signatory, attendee or proposer as the agreement page shows them. */
public record AttendeeView(long personId, String personSlug, Bilingual name, AttendeeRole role, OrganizationRef representing) {
}
