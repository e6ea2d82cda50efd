package com.partnershiptracker.admin.web;

import com.partnershiptracker.source.UncitedRecords;
import com.partnershiptracker.audit.RecentChanges;
import com.partnershiptracker.home.RecordCountsQuery;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.source.UnfoundQuotes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminDashboardController {

    static final String VIEW = "admin/dashboard";
    static final int RECENT_CHANGES_SHOWN = 10;

    private final RecordCountsQuery counts;
    private final UncitedRecords uncited;
    private final RecentChanges recentChanges;
    private final UnfoundQuotes unfoundQuotes;

    AdminDashboardController(RecordCountsQuery counts, UncitedRecords uncited, RecentChanges recentChanges,
                             UnfoundQuotes unfoundQuotes) {
        this.counts = counts;
        this.uncited = uncited;
        this.recentChanges = recentChanges;
        this.unfoundQuotes = unfoundQuotes;
    }

    @GetMapping("/admin")
    String show(Model model) {
        model.addAttribute("counts", counts.counts());
        model.addAttribute("uncited", uncited.list());
        model.addAttribute("unfoundQuotes", unfoundQuotes.find());
        model.addAttribute("recent", recentChanges.page(new PageSlice(0, RECENT_CHANGES_SHOWN)).getContent());
        return VIEW;
    }
}
