package com.partnershiptracker.network;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

import java.util.List;

/**
 * The organizations that made agreements and who made them with whom. Each edge joins two
 * organizations that were parties to one or more of the same agreements; an agreement of three
 * parties gives three edges. When there are more organizations than can be drawn, the most
 * active are kept and {@link #organizationsInRange()} tells how many there were.
 */
public record NetworkGraph(List<Node> nodes, List<Edge> edges, long organizationsInRange) {

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean isTruncated() {
        return organizationsInRange > nodes.size();
    }

    /** An organization and the number of agreements it is a party to within the filter. */
    public record Node(OrganizationRef organization, long agreements) {
    }

    /**
     * Two organizations, how many agreements they are both parties to, and the newest of those
     * agreements (at most {@link NetworkService#AGREEMENTS_PER_EDGE}), newest first.
     */
    public record Edge(OrganizationRef first, OrganizationRef second, long agreementCount, List<AgreementRef> agreements) {
    }

    /** Enough of an agreement to name, date and link it. */
    public record AgreementRef(long id, Bilingual title, PartialDate date) {
    }
}
