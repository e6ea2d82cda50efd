package com.partnershiptracker.initiative;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

import java.util.List;

/** An initiative as lists show it, with its description, its milestones (with their notes) and the organizations involved. */
public record InitiativeSummary(long id, Bilingual title, Bilingual description, InitiativeKind kind, InitiativeStatus status, Long agreementId,
                                PartialDate announced, PartialDate started, PartialDate launched, PartialDate ended,
                                List<OrganizationRef> organizations) {

    /** The first milestone known, for listing. */
    public PartialDate keyDate() {
        return launched != null ? launched : started != null ? started : announced != null ? announced : ended;
    }
}
