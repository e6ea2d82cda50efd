package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.LaunchRecordService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The agreements that produced no launch within N months of signing: {@code /agreements?dormant=12}. */
@Controller
class DormantAgreementController {

    static final String VIEW = "agreements/dormant";

    private final LaunchRecordService launches;

    DormantAgreementController(LaunchRecordService launches) {
        this.launches = launches;
    }

    @GetMapping(value = "/agreements", params = "dormant")
    String list(@ModelAttribute("query") DormantQuery query, Model model) {
        DormantQuery.Months months = query.months();
        model.addAttribute("months", months);
        model.addAttribute("page", launches.dormant(months.value(), query.toSlice()));
        return VIEW;
    }
}
