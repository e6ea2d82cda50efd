package com.partnershiptracker.review.web;

import com.partnershiptracker.database.LongDatabaseWork;
import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.review.DraftService;
import com.partnershiptracker.shared.StaleRecordException;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** /admin/review, for reviewers: the pending drafts with their changes; publish, send back, publish several. */
@Controller
class ReviewController {

    static final String REVIEW_VIEW = "admin/review/list";
    private static final int MAX_BULK = 200;

    private final DraftService drafts;
    private final DraftGate gate;
    private final DraftReviews reviews;

    ReviewController(DraftService drafts, DraftGate gate, DraftReviews reviews) {
        this.drafts = drafts;
        this.gate = gate;
        this.reviews = reviews;
    }

    @GetMapping("/admin/review")
    String list(Model model) {
        model.addAttribute("reviews", drafts.pending().stream().map(reviews::of).toList());
        return REVIEW_VIEW;
    }

    /**
     * Publishes one draft. A stale draft is published only with {@code resolvedAgainst}, the published version the
     * reviewer resolved it against in the three-way view, taking the published value of the {@code takeTheirs} fields.
     */
    @PostMapping("/admin/review/{id}/publish")
    String publish(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long resolvedAgainst,
                   @RequestParam(required = false) List<String> takeTheirs, RedirectAttributes redirect) {
        Outcome outcome = publishOne(id, version, resolvedAgainst, takeTheirs == null ? List.of() : takeTheirs);
        redirect.addFlashAttribute("flash", outcome.flash);
        return outcome == Outcome.PUBLISHED ? "redirect:/admin/review" : "redirect:/admin/drafts/" + id;
    }

    @PostMapping("/admin/review/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam long version,
                    @RequestParam(defaultValue = "") @Size(max = 2000) String comment, RedirectAttributes redirect) {
        try {
            drafts.sendBack(id, version, gate.signedInName(), comment.strip());
            redirect.addFlashAttribute("flash", "flash.draftSentBack");
            return "redirect:/admin/review";
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flash", "flash.draftChanged");
            return "redirect:/admin/drafts/" + id;
        }
    }

    /**
     * Publishes every selected draft, each {@code id:version}, each in its own transaction and revision; a
     * stale or refused one stays pending, and the flash says how many were published.
     */
    @PostMapping("/admin/review/publish")
    String publishSelected(@RequestParam(name = "selected", required = false) List<String> selected, RedirectAttributes redirect) {
        List<String> chosen = selected == null ? List.of() : selected.stream().limit(MAX_BULK).toList();
        int published = 0;
        for (String choice : chosen) {
            String[] idAndVersion = choice.split(":", 2);
            if (idAndVersion.length == 2 && idAndVersion[0].matches("[0-9]{1,18}") && idAndVersion[1].matches("[0-9]{1,18}")
                    && publishOne(Long.parseLong(idAndVersion[0]), Long.parseLong(idAndVersion[1]), null, List.of()) == Outcome.PUBLISHED) {
                published++;
            }
        }
        redirect.addFlashAttribute("flash", published == chosen.size() ? "flash.draftsPublished" : "flash.draftsPartlyPublished");
        return "redirect:/admin/review";
    }

    private Outcome publishOne(long id, long version, Long resolvedAgainst, List<String> takeTheirs) {
        try {
            // A draft can be a whole imported file, whose save rewrites many summary rows: a page's 2 s wait is too short.
            LongDatabaseWork.run(() -> drafts.publish(id, version, gate.signedInName(), resolvedAgainst, takeTheirs));
            return Outcome.PUBLISHED;
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            return Outcome.STALE;
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            return Outcome.REFUSED;
        }
    }

    private enum Outcome {
        PUBLISHED("flash.draftPublished"), STALE("flash.draftStale"), REFUSED("flash.draftRefused");

        private final String flash;

        Outcome(String flash) {
            this.flash = flash;
        }
    }
}
