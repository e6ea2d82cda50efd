package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkFilter;
import com.partnershiptracker.network.NetworkGraph;
import com.partnershiptracker.network.NetworkService;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.LocalDate;
import java.util.List;

/**
 * The network page: the graph of the most connected organizations, drawn in the browser from the
 * JSON API, and the same data as paged tables that read without JavaScript.
 */
@Controller
class NetworkController {

    static final String VIEW = "network/index";

    private final NetworkService network;

    NetworkController(NetworkService network) {
        this.network = network;
    }

    @GetMapping("/network")
    String show(@ModelAttribute("query") NetworkQuery query, Model model) {
        LocalDate asOf = query.asOfDay();
        CentredGraph result = CentredGraph.of(query, network);
        NetworkGraph graph = result.graph();
        model.addAttribute("graph", graph);
        model.addAttribute("centre", result.centre().orElse(null));
        model.addAttribute("centreUnknown", result.centreUnknown());
        model.addAttribute("graphFocus", result.centreNodeSlug().orElse(null));
        model.addAttribute("organizationsPage", pageOf(graph.nodes(), query.organizationsSlice()));
        model.addAttribute("connectionsPage", pageOf(graph.edges(), query.connectionsSlice()));
        model.addAttribute("limit", query.toFilter().limit());
        model.addAttribute("maxLimit", NetworkFilter.MAX_LIMIT);
        model.addAttribute("graphDataUrl", query.urlAt("/api/v1/network"));
        model.addAttribute("organizationKinds", OrganizationKind.values());
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfDate", asOf == null ? null : PartialDate.of(asOf, DatePrecision.DAY));
        model.addAttribute("years", network.yearsWithData().orElse(null));
        return VIEW;
    }

    /** One table page of rows already bounded by the graph's limit; a page past the end shows the last. */
    private static <T> Page<T> pageOf(List<T> rows, PageSlice slice) {
        int lastPage = Math.max(0, (rows.size() - 1) / slice.size());
        int number = Math.min(slice.page(), lastPage);
        int start = number * slice.size();
        return new PageImpl<>(rows.subList(start, Math.min(rows.size(), start + slice.size())),
                PageRequest.of(number, slice.size()), rows.size());
    }
}
