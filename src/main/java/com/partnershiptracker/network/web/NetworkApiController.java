package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkGraph;
import com.partnershiptracker.network.NetworkService;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.web.PartialDateJson;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The alliance network as JSON nodes and edges, with the same filters as the network page. */
@RestController
@Tag(name = "Network", description = "Organizations as nodes and the agreements between them as edges, filtered like the network page.")
class NetworkApiController {

    private final NetworkService network;

    NetworkApiController(NetworkService network) {
        this.network = network;
    }

    @GetMapping("/api/v1/network")
    NetworkJson show(@ParameterObject @ModelAttribute NetworkQuery query) {
        return NetworkJson.of(network.graph(query.toFilter()));
    }

    record NetworkJson(List<NodeJson> nodes, List<EdgeJson> edges, long organizationsInRange, boolean truncated) {

        static NetworkJson of(NetworkGraph graph) {
            return new NetworkJson(graph.nodes().stream().map(NodeJson::of).toList(),
                    graph.edges().stream().map(EdgeJson::of).toList(), graph.organizationsInRange(), graph.isTruncated());
        }
    }

    record NodeJson(String slug, String nameKo, String nameEn, OrganizationKind kind, long agreements, String url) {

        static NodeJson of(NetworkGraph.Node node) {
            OrganizationRef organization = node.organization();
            return new NodeJson(organization.slug(), organization.name().ko(), organization.name().en(),
                    organization.kind(), node.agreements(), "/organizations/" + organization.slug());
        }
    }

    record EdgeJson(String source, String target, long agreementCount, List<AgreementJson> agreements) {

        static EdgeJson of(NetworkGraph.Edge edge) {
            return new EdgeJson(edge.first().slug(), edge.second().slug(), edge.agreementCount(),
                    edge.agreements().stream().map(AgreementJson::of).toList());
        }
    }

    record AgreementJson(long id, String titleKo, String titleEn, PartialDateJson date, String url) {

        static AgreementJson of(NetworkGraph.AgreementRef agreement) {
            return new AgreementJson(agreement.id(), agreement.title().ko(), agreement.title().en(),
                    PartialDateJson.of(agreement.date()), "/agreements/" + agreement.id());
        }
    }
}
