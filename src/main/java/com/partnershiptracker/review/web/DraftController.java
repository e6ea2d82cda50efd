package com.partnershiptracker.review.web;

import com.partnershiptracker.review.Draft;
import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.review.DraftNotFoundException;
import com.partnershiptracker.review.DraftService;
import com.partnershiptracker.shared.StaleRecordException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An editor's drafts: the list, one draft with its changes, withdrawing it, and the preview of its public page. */
@Controller
class DraftController {

    static final String LIST_VIEW = "admin/review/drafts";
    static final String DRAFT_VIEW = "admin/review/draft";
    static final String PREVIEW_ATTRIBUTE = "draftPreview";

    private final DraftService drafts;
    private final DraftGate gate;
    private final DraftReviews reviews;

    DraftController(DraftService drafts, DraftGate gate, DraftReviews reviews) {
        this.drafts = drafts;
        this.gate = gate;
        this.reviews = reviews;
    }

    @GetMapping("/admin/drafts")
    String list(Model model) {
        model.addAttribute("drafts", drafts.openDraftsOf(gate.signedInName()));
        return LIST_VIEW;
    }

    @GetMapping("/admin/drafts/{id}")
    String show(@PathVariable long id, Model model) {
        Draft draft = visible(id);
        model.addAttribute("review", reviews.of(draft));
        model.addAttribute("ownDraft", draft.getEditor().equals(gate.signedInName()));
        model.addAttribute("reviewer", gate.isReviewer());
        model.addAttribute("editPath", draft.getStatus().isOpen() ? drafts.editPathOf(draft) : null);
        return DRAFT_VIEW;
    }

    @PostMapping("/admin/drafts/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            drafts.withdraw(id, version, gate.signedInName());
            redirect.addFlashAttribute("flash", "flash.draftWithdrawn");
            return "redirect:/admin/drafts";
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("flash", "flash.draftChanged");
            return "redirect:/admin/drafts/" + id;
        }
    }

    /**
     * The public page as it would be with the draft applied, rendered inside a transaction that is rolled back;
     * the page is forwarded to, so the public page cache (which sees only the first dispatch) never keeps it.
     */
    @GetMapping("/admin/drafts/{id}/preview")
    void preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Draft draft = visible(id);
        if (!draft.getStatus().isOpen()) {
            response.sendRedirect(request.getContextPath() + "/admin/drafts/" + id);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        request.setAttribute(PREVIEW_ATTRIBUTE, draft);
        try {
            drafts.preview(draft, path -> {
                try {
                    request.getRequestDispatcher(path).forward(request, response);
                    return path;
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IllegalArgumentException | StaleRecordException | DataIntegrityViolationException e) {
            // The draft no longer applies (a record it names is gone, a key is taken): nothing was written yet.
            RequestContextUtils.getOutputFlashMap(request).put("flash", "flash.draftRefused");
            RequestContextUtils.saveOutputFlashMap("/admin/drafts/" + id, request, response);
            response.sendRedirect(request.getContextPath() + "/admin/drafts/" + id);
        }
    }

    /** Its editor and reviewers see a draft; to anyone else it does not exist. */
    private Draft visible(long id) {
        Draft draft = drafts.get(id);
        if (!gate.isReviewer() && !draft.getEditor().equals(gate.signedInName())) {
            throw new DraftNotFoundException(id);
        }
        return draft;
    }
}
