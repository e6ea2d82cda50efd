package com.partnershiptracker.duplicate.web;

import com.partnershiptracker.audit.RestoreRefusedException;
import com.partnershiptracker.database.LongDatabaseWork;
import com.partnershiptracker.duplicate.DuplicateCursor;
import com.partnershiptracker.duplicate.DuplicateService;
import com.partnershiptracker.duplicate.MergeService;
import com.partnershiptracker.duplicate.RecordKind;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.InvalidQueryException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Likely duplicates (/admin/duplicates, editors: list and dismiss) and merging them (admins: preview, merge,
 * the list of merges and unmerge).
 */
@Controller
class DuplicatesController {

    static final String LIST_VIEW = "admin/duplicates/list";
    static final String PREVIEW_VIEW = "admin/duplicates/preview";
    static final String MERGES_VIEW = "admin/duplicates/merges";
    static final int PAGE_SIZE = 20;
    static final int MERGES_SHOWN = 100;

    private final DuplicateService duplicates;
    private final MergeService merges;

    DuplicatesController(DuplicateService duplicates, MergeService merges) {
        this.duplicates = duplicates;
        this.merges = merges;
    }

    @GetMapping("/admin/duplicates")
    String list(@RequestParam(defaultValue = "organization") String kind, @RequestParam(required = false) Long upto,
                @RequestParam(required = false) Long below, Model model) {
        RecordKind recordKind = kindOf(kind);
        DuplicateCursor cursor = DuplicateCursor.of(upto, below);
        model.addAttribute("kind", recordKind);
        model.addAttribute("kindParameter", parameterOf(recordKind));
        model.addAttribute("cursor", cursor);
        model.addAttribute("pairs", duplicates.list(recordKind, cursor, PAGE_SIZE));
        return LIST_VIEW;
    }

    @PostMapping("/admin/duplicates/dismiss")
    String processDismiss(@RequestParam String kind, @RequestParam long first, @RequestParam long second,
                          @RequestParam(required = false) Long upto, @RequestParam(required = false) Long below,
                          RedirectAttributes redirect) {
        RecordKind recordKind = kindOf(kind);
        if (first == second) {
            throw new InvalidQueryException("error.badParameter");
        }
        duplicates.dismiss(recordKind, first, second);
        redirect.addFlashAttribute("flash", "flash.duplicate.dismissed");
        DuplicateCursor cursor = DuplicateCursor.of(upto, below);
        return "redirect:/admin/duplicates?kind=" + parameterOf(recordKind)
                + (cursor.isFirst() ? "" : "&upto=" + cursor.upTo() + "&below=" + cursor.below());
    }

    @GetMapping("/admin/duplicates/merge")
    String preview(@RequestParam String kind, @RequestParam long kept, @RequestParam long merged, Model model) {
        RecordKind recordKind = kindOf(kind);
        if (kept == merged) {
            throw new InvalidQueryException("error.badParameter");
        }
        model.addAttribute("preview", merges.preview(recordKind, kept, merged));
        return PREVIEW_VIEW;
    }

    @PostMapping("/admin/duplicates/merge")
    String processMerge(@RequestParam String kind, @RequestParam long kept, @RequestParam long keptVersion,
                        @RequestParam long merged, @RequestParam long mergedVersion, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        RecordKind recordKind = kindOf(kind);
        if (kept == merged) {
            throw new InvalidQueryException("error.badParameter");
        }
        try {
            // A merge of a record party to hundreds of agreements rewrites their network summaries in statements longer than a page's wait.
            LongDatabaseWork.run(() -> merges.merge(recordKind, kept, keptVersion, merged, mergedVersion));
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", "merge.stale");
            model.addAttribute("preview", merges.preview(recordKind, kept, merged));
            return PREVIEW_VIEW;
        }
        redirect.addFlashAttribute("flash", "flash.duplicate.merged");
        return "redirect:/admin/duplicates/merges";
    }

    @GetMapping("/admin/duplicates/merges")
    String listMerges(Model model) {
        model.addAttribute("merges", merges.merges(MERGES_SHOWN));
        return MERGES_VIEW;
    }

    @PostMapping("/admin/duplicates/merges/{id}/unmerge")
    String processUnmerge(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            LongDatabaseWork.run(() -> {
                merges.unmerge(id);
                return id;
            });
        } catch (IllegalStateException | RestoreRefusedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", "merge.unmergeRefused");
            model.addAttribute("merges", merges.merges(MERGES_SHOWN));
            return MERGES_VIEW;
        }
        redirect.addFlashAttribute("flash", "flash.duplicate.unmerged");
        return "redirect:/admin/duplicates/merges";
    }

    private static RecordKind kindOf(String parameter) {
        return RecordKind.fromParameter(parameter).orElseThrow(() -> new InvalidQueryException("error.badParameter"));
    }

    private static String parameterOf(RecordKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
