package com.partnershiptracker.admin.web;

import com.partnershiptracker.audit.AuditedKind;
import com.partnershiptracker.audit.HistoryService;
import com.partnershiptracker.audit.RecentChanges;
import com.partnershiptracker.audit.RecordHistory;
import com.partnershiptracker.audit.RestoreBlocker;
import com.partnershiptracker.audit.RestoreRefusedException;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.InvalidQueryException;
import com.partnershiptracker.websupport.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;

@Controller
class HistoryController {

    static final String HISTORY_VIEW = "admin/history";
    static final String CHANGES_VIEW = "admin/changes";

    private final HistoryService history;
    private final RecentChanges recentChanges;
    private final OrganizationService organizations;
    private final HistoryText text;

    HistoryController(HistoryService history, RecentChanges recentChanges, OrganizationService organizations, HistoryText text) {
        this.history = history;
        this.recentChanges = recentChanges;
        this.organizations = organizations;
        this.text = text;
    }

    @GetMapping("/admin/history/{kind}/{id}")
    String show(@PathVariable AuditedKind kind, @PathVariable long id, Model model) {
        RecordHistory recordHistory = history.recordHistory(kind.type(), id);
        model.addAttribute("kind", kind);
        model.addAttribute("recordId", id);
        model.addAttribute("recordTitle", text.title(recordHistory));
        model.addAttribute("revisions", text.revisions(recordHistory));
        model.addAttribute("currentVersion", history.currentVersion(kind.type(), id).orElse(null));
        return HISTORY_VIEW;
    }

    /**
     * Restores the version the page showed, if the record is still as the page showed it (its
     * version). A version that cannot be put back gets the history page again, with a 409 and the
     * reasons, each linking to the record in the way.
     */
    @PostMapping("/admin/history/{kind}/{id}/{revision}/restore")
    String restore(@PathVariable AuditedKind kind, @PathVariable long id, @PathVariable long revision,
                   @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (revision < 1 || id < 1) {
            throw new InvalidQueryException("error.badParameter");
        }
        try {
            history.restore(kind.type(), id, revision, version);
        } catch (RestoreRefusedException e) {
            model.addAttribute("blockers", e.getBlockers().stream().map(HistoryController::shown).toList());
            return refused(kind, id, model, response);
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("stale", true);
            return refused(kind, id, model, response);
        }
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

    private String refused(AuditedKind kind, long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return show(kind, id, model);
    }

    /** A reason as the page shows it: the message, and a link to the history of the record in the way. */
    record ShownBlocker(String messageKey, String value, String link) {
    }

    private static ShownBlocker shown(RestoreBlocker blocker) {
        String link = blocker.recordType() == null || blocker.recordId() == null ? null
                : Arrays.stream(AuditedKind.values()).filter(kind -> kind.type().equals(blocker.recordType())).findFirst()
                        .map(kind -> "/admin/history/" + kind + "/" + blocker.recordId()).orElse(null);
        return new ShownBlocker(blocker.messageKey(), blocker.value(), link);
    }
}
