package com.partnershiptracker.review;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.websupport.EditForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;
import java.util.Set;

/**
 * What the admin controllers ask before they save: when review is required and the signed-in user is not a
 * reviewer, {@link #mustDraft()} is true and the validated form goes to {@link #save} instead of the service.
 * Templates use it as {@code @draftGate} to mark records that have a draft.
 */
@Component("draftGate")
public class DraftGate {

    private static final String MARKS = DraftGate.class.getName() + ".marks.";

    private final boolean reviewRequired;
    private final DraftService drafts;

    DraftGate(@Value("${app.review.required:false}") boolean reviewRequired, DraftService drafts) {
        this.reviewRequired = reviewRequired;
        this.drafts = drafts;
    }

    public boolean isReviewRequired() {
        return reviewRequired;
    }

    /** Review is required and the signed-in user cannot publish: a save becomes a draft. */
    public boolean mustDraft() {
        return reviewRequired && !isReviewer();
    }

    /**
     * Keeps the validated form as a draft of the record ({@code recordId} null for a create) and answers the
     * redirect to the draft, with the flash that says it waits for review.
     */
    public String save(String kind, Long recordId, EditForm form, RedirectAttributes redirect) {
        Draft draft = drafts.save(kind, recordId, form, signedInName());
        redirect.addFlashAttribute("flash", "flash.draftSaved");
        return "redirect:/admin/drafts/" + draft.getId();
    }

    /**
     * The signed-in editor's open draft {@code draftId}, as the form to edit it again; empty when there is none
     * (or it is someone else's, or no longer open).
     */
    public <F extends EditForm> Optional<F> reopen(Long draftId, Class<F> formClass) {
        if (draftId == null) {
            return Optional.empty();
        }
        return drafts.findOpen(draftId).filter(draft -> draft.getEditor().equals(signedInName())).map(draft -> {
            EditForm form = drafts.formOf(draft);
            if (!formClass.isInstance(form)) {
                return null;
            }
            form.setDraft(draft.getId());
            return formClass.cast(form);
        });
    }

    /**
     * Whether the record has a draft waiting or sent back; one statement per kind and request, none when
     * review is not required.
     */
    @SuppressWarnings("unchecked")
    public boolean hasDraft(String kind, Long recordId) {
        if (!reviewRequired || recordId == null) {
            return false;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return drafts.recordsWithOpenDrafts(kind).contains(recordId);
        }
        Set<Long> marked = (Set<Long>) request.getAttribute(MARKS + kind, RequestAttributes.SCOPE_REQUEST);
        if (marked == null) {
            marked = drafts.recordsWithOpenDrafts(kind);
            request.setAttribute(MARKS + kind, marked, RequestAttributes.SCOPE_REQUEST);
        }
        return marked.contains(recordId);
    }

    /** The signed-in editor's drafts waiting or sent back, for the dashboard; none, and no query, when review is off. */
    public java.util.List<Draft> ownOpenDrafts() {
        return reviewRequired ? drafts.openDraftsOf(signedInName()) : java.util.List.of();
    }

    /** How many drafts wait for a reviewer; none, and no query, when review is off. */
    public long pendingCount() {
        return reviewRequired ? drafts.pendingCount() : 0;
    }

    public boolean isReviewer() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(authority -> Role.REVIEWER.authority().equals(authority.getAuthority()));
    }

    public String signedInName() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null ? null : signedIn.getName();
    }
}
