package com.partnershiptracker.organization.web;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Controller
class OrganizationController {

    static final String LIST_VIEW = "organizations/list";

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** Every organization grouped by kind, in the order the kinds are declared; no SQL once the structure is cached. */
    @GetMapping("/organizations")
    String list(Model model) {
        Map<OrganizationKind, List<OrganizationNode>> byKind = organizations.hierarchy().all().stream()
                .collect(Collectors.groupingBy(OrganizationNode::kind, () -> new EnumMap<>(OrganizationKind.class),
                        Collectors.toList()));
        model.addAttribute("groups", byKind);
        return LIST_VIEW;
    }
}
