package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkGraph;
import com.partnershiptracker.network.NetworkService;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.websupport.UnknownRecordInQueryException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The alliance network as JSON nodes and edges, with the same filters as the network page. */
@RestController
@Tag(name = "Network", description = "The most connected organizations as nodes and the number of agreements between them as edges, filtered like the network page.")
class NetworkApiController {

    private final NetworkService network;

    NetworkApiController(NetworkService network) {
        this.network = network;
    }

    /**
     * The graph as the network page draws it: at most {@code limit} organizations (50 unless asked,
     * 200 at most) and the heaviest edges among them; {@code centre} (a slug or name) that names no
     * organization is a 404.
     */
    @GetMapping("/api/v1/network")
    @Operation(operationId = "getNetwork", summary = "The alliance network", description = "The most connected organizations as nodes and the number of "
            + "agreements between them as edges, filtered like the network page.")
    NetworkJson show(@ParameterObject @ModelAttribute NetworkQuery query) {
        query.rejectWhatTheApiDoesNotAllow();
        CentredGraph result = CentredGraph.of(query, network);
        if (result.centreUnknown()) {
            throw new UnknownRecordInQueryException("network.centre.unknown", query.centreText());
        }
        LocalDate asOf = query.asOfDay();
        return NetworkJson.of(result.graph(), asOf);
    }

    record NetworkJson(List<NodeJson> nodes, List<EdgeJson> edges, long organizationsInRange, long hiddenOrganizations,
                       long connectionsAmongNodes, boolean truncated,
                       @Schema(description = "The day the network is read as of (YYYY-MM-DD), or null for today.", nullable = true)
                       LocalDate asOf) {

        static NetworkJson of(NetworkGraph graph, LocalDate asOf) {
            return new NetworkJson(graph.nodes().stream().map(NodeJson::of).toList(),
                    graph.edges().stream().map(EdgeJson::of).toList(), graph.organizationsInRange(),
                    graph.hiddenOrganizations(), graph.connectionsAmongNodes(), graph.isTruncated(), asOf);
        }
    }

    record NodeJson(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                    OrganizationKind kind, long agreements, long connections,
                    @Schema(description = "As of a day: how many of the node's agreements the record cannot place surely in force then"
                            + " (a month or year that holds the day, or no date); 0 without asOf.")
                    long uncertainAgreements,
                    String url) {

        static NodeJson of(NetworkGraph.Node node) {
            OrganizationRef organization = node.organization();
            return new NodeJson(organization.slug(), organization.name().ko(), organization.name().en(),
                    organization.kind(), node.agreements(), node.connections(), node.uncertainAgreements(),
                    "/organizations/" + organization.slug());
        }
    }

    record EdgeJson(String source, String target, long agreementCount,
                    @Schema(description = "As of a day: how many of the edge's agreements were only possibly in force then; 0 without asOf.")
                    long uncertainAgreements) {

        static EdgeJson of(NetworkGraph.Edge edge) {
            return new EdgeJson(edge.first().slug(), edge.second().slug(), edge.agreementCount(), edge.uncertainAgreements());
        }
    }
}
