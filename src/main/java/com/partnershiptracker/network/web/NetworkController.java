package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkService;
import com.partnershiptracker.organization.OrganizationKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The network page: the graph, drawn in the browser from the JSON API, and the same data as tables. */
@Controller
class NetworkController {

    static final String VIEW = "network/index";

    private final NetworkService network;

    NetworkController(NetworkService network) {
        this.network = network;
    }

    @GetMapping("/network")
    String show(@ModelAttribute("query") NetworkQuery query, Model model) {
        model.addAttribute("graph", network.graph(query.toFilter()));
        model.addAttribute("graphDataUrl", query.urlAt("/api/v1/network"));
        model.addAttribute("organizationKinds", OrganizationKind.values());
        return VIEW;
    }
}
