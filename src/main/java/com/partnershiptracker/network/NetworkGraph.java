package com.partnershiptracker.network;

import com.partnershiptracker.organization.OrganizationRef;

import java.util.List;

/**
 * The most connected organizations and who made agreements with whom. Each edge joins two
 * organizations (or two groups) that were parties to one or more of the same agreements, weighed
 * by how many. The graph is bounded: {@link #organizationsInRange()} tells how many organizations
 * the filter matched, {@link #connectionsAmongNodes()} how many edges join the nodes kept, of
 * which at most {@link NetworkService#maxEdges} are given, the heaviest first.
 */
public record NetworkGraph(List<Node> nodes, List<Edge> edges, long organizationsInRange, long connectionsAmongNodes) {

    public static NetworkGraph empty() {
        return new NetworkGraph(List.of(), List.of(), 0, 0);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean isTruncated() {
        return organizationsInRange > nodes.size();
    }

    /** Organizations matched by the filter but left out by the limit. */
    public long hiddenOrganizations() {
        return Math.max(0, organizationsInRange - nodes.size());
    }

    public boolean isEdgesTruncated() {
        return connectionsAmongNodes > edges.size();
    }

    /**
     * An organization (or a group, collapsed into its topmost organization), the number of
     * agreements it is a party to within the filter, and its connections: for each of those
     * agreements, the number of other parties to it, added up (the sum of its edges' weights). As of
     * a day, how many of its agreements the record cannot place surely in force then.
     */
    public record Node(OrganizationRef organization, long agreements, long connections, long uncertainAgreements) {

        public Node(OrganizationRef organization, long agreements, long connections) {
            this(organization, agreements, connections, 0);
        }
    }

    /**
     * Two organizations, first the one with the lower id, and how many agreements they are both
     * parties to; as of a day, how many of those were only possibly in force then.
     */
    public record Edge(OrganizationRef first, OrganizationRef second, long agreementCount, long uncertainAgreements) {

        public Edge(OrganizationRef first, OrganizationRef second, long agreementCount) {
            this(first, second, agreementCount, 0);
        }
    }
}
