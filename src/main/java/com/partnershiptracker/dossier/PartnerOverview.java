package com.partnershiptracker.dossier;

import com.partnershiptracker.agreement.AgreementSummary;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.source.SourceCitation;
import org.springframework.data.domain.Page;

import java.util.List;
import java.util.Set;

/**
 * The first page about an organization: who it is, where it sits, its newest agreements and how
 * much else the record holds. The affiliates' agreements and facts count as its own. The lists
 * themselves are {@link PartnerSection}s of their own, paged.
 */
public record PartnerOverview(Organization organization, Set<Long> coveredOrganizationIds,
                              List<OrganizationNode> affiliates, List<OrganizationRelation> relations,
                              Page<AgreementSummary> agreements, PartnerSummary summary) {

    /** How many agreements the overview shows before it links to the agreement list. */
    public static final int AGREEMENTS_SHOWN = 20;

    /** The sources of the organization's own facts: its names, kind, dates and place in the group. */
    public List<SourceCitation> organizationCitations() {
        FactRef fact = new FactRef(FactKind.ORGANIZATION, organization.getId());
        return SourceCitation.of(fact, organization);
    }

    public List<SourceCitation> citationsOf(OrganizationRelation relation) {
        FactRef fact = new FactRef(FactKind.RELATION, relation.getId());
        return SourceCitation.of(fact, relation);
    }
}
