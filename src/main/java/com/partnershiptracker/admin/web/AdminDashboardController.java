package com.partnershiptracker.admin.web;

import com.partnershiptracker.admin.UncitedRecords;
import com.partnershiptracker.home.RecordCountsQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminDashboardController {

    static final String VIEW = "admin/dashboard";

    private final RecordCountsQuery counts;
    private final UncitedRecords uncited;

    AdminDashboardController(RecordCountsQuery counts, UncitedRecords uncited) {
        this.counts = counts;
        this.uncited = uncited;
    }

    @GetMapping("/admin")
    String show(Model model) {
        model.addAttribute("counts", counts.counts());
        model.addAttribute("uncited", uncited.list());
        return VIEW;
    }
}
