package com.partnershiptracker.admin.web;

import com.partnershiptracker.admin.AuditedKind;
import com.partnershiptracker.audit.HistoryService;
import com.partnershiptracker.audit.RecentChanges;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class HistoryController {

    static final String HISTORY_VIEW = "admin/history";
    static final String CHANGES_VIEW = "admin/changes";

    private final HistoryService history;
    private final RecentChanges recentChanges;
    private final OrganizationService organizations;

    HistoryController(HistoryService history, RecentChanges recentChanges, OrganizationService organizations) {
        this.history = history;
        this.recentChanges = recentChanges;
        this.organizations = organizations;
    }

    @GetMapping("/admin/history/{kind}/{id}")
    String show(@PathVariable AuditedKind kind, @PathVariable long id, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("recordId", id);
        model.addAttribute("revisions", history.historyOf(kind.type(), id));
        return HISTORY_VIEW;
    }

    @PostMapping("/admin/history/{kind}/{id}/{revision}/restore")
    String restore(@PathVariable AuditedKind kind, @PathVariable long id, @PathVariable long revision,
                   RedirectAttributes redirect) {
        history.restore(kind.type(), id, revision);
        if (kind == AuditedKind.ORGANIZATION) {
            organizations.organizationsChangedElsewhere();
        }
        redirect.addFlashAttribute("flash", "flash.restored");
        return "redirect:/admin/history/" + kind + "/" + id;
    }

    @GetMapping("/admin/changes")
    String recent(@ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("page", recentChanges.page(query.toSlice()));
        return CHANGES_VIEW;
    }
}
