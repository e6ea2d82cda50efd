package com.partnershiptracker.home;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineOrder;
import com.partnershiptracker.timeline.TimelineService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String VIEW = "home/index";
    static final int LATEST_ENTRIES = 5;

    private final RecordCountsQuery counts;
    private final TimelineService timeline;
    private final OrganizationService organizations;

    HomeController(RecordCountsQuery counts, TimelineService timeline, OrganizationService organizations) {
        this.counts = counts;
        this.timeline = timeline;
        this.organizations = organizations;
    }

    @GetMapping("/")
    String show(Model model) {
        model.addAttribute("counts", counts.counts());
        model.addAttribute("latest", timeline.entries(TimelineFilter.everything()
                .ordered(TimelineOrder.NEWEST_FIRST).onPage(new PageSlice(0, LATEST_ENTRIES))).getContent());
        model.addAttribute("partners", organizations.hierarchy().all().stream()
                .filter(node -> node.kind() != OrganizationKind.INTERNAL_UNIT).toList());
        return VIEW;
    }
}
