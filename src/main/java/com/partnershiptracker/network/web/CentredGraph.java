package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkFilter;
import com.partnershiptracker.network.NetworkGraph;
import com.partnershiptracker.network.NetworkService;
import com.partnershiptracker.organization.OrganizationRef;

import java.util.Optional;

/**
 * The graph a network query asks for, with the centre the reader typed resolved by slug or name.
 * A centre that names no organization gives no graph and says so, rather than the whole network.
 */
record CentredGraph(NetworkGraph graph, Optional<OrganizationRef> centre, boolean centreUnknown) {

    static CentredGraph of(NetworkQuery query, NetworkService network) {
        NetworkFilter filter = query.toFilter();
        if (!query.hasCentre()) {
            return new CentredGraph(network.graph(filter), Optional.empty(), false);
        }
        Optional<OrganizationRef> centre = network.findCentre(query.centreText());
        return centre.map(found -> new CentredGraph(network.graph(filter.centredOn(found.id())), centre, false))
                .orElseGet(() -> new CentredGraph(NetworkGraph.empty(), Optional.empty(), true));
    }

    /** The slug of the centre's node, ranked first: the centre itself, or with groups collapsed its group. */
    Optional<String> centreNodeSlug() {
        return centre.filter(found -> !graph.isEmpty()).map(found -> graph.nodes().get(0).organization().slug());
    }
}
