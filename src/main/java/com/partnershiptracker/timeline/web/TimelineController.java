package com.partnershiptracker.timeline.web;

import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerPicker;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.timeline.AgreementDate;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineService;
import org.springframework.data.domain.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

@Controller
class TimelineController {

    static final String VIEW = "timeline/index";
    private static final String PATH = "/timeline";

    private final TimelineService timeline;
    private final OrganizationService organizations;
    private final int partnerListLimit;

    TimelineController(TimelineService timeline, OrganizationService organizations,
                       @Value("${app.partner-filter.list-limit}") int partnerListLimit) {
        this.timeline = timeline;
        this.organizations = organizations;
        this.partnerListLimit = partnerListLimit;
    }

    @GetMapping(PATH)
    String list(@ModelAttribute("query") TimelineQuery query, Model model) {
        model.addAttribute("refusedPageSize", TimelinePageSize.isAcceptable(query.getSize()) ? null : TimelinePageSize.shown(query.getSize()));
        int pageSize = TimelinePageSize.of(query.getSize());
        query.setSize(pageSize == TimelinePageSize.DEFAULT ? null : Integer.toString(pageSize));
        TimelineFilter filter = query.toFilter();
        filter = filter.onPage(new PageSlice(filter.slice().page(), pageSize));
        Page<TimelineEntry> page = timeline.entries(filter);
        model.addAttribute("page", page);
        model.addAttribute("groups", TimelineGroup.of(page.getContent()));
        model.addAttribute("pageSizes", TimelinePageSize.OFFERED);
        model.addAttribute("pageSize", pageSize);
        model.addAttribute("years", query.isChartView() ? List.of() : YearLink.index(timeline.years(filter), pageSize, query, PATH));
        model.addAttribute("partnerPicker", PartnerPicker.of(organizations.hierarchy(), filter.partners(), partnerListLimit));
        model.addAttribute("unknownPartners", organizations.selectPartners(filter.partners(), false).unknownSlugs());
        model.addAttribute("kindOptions", FactKind.values());
        model.addAttribute("dateOptions", AgreementDate.values());
        return VIEW;
    }
}
