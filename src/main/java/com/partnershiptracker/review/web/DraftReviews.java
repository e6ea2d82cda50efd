package com.partnershiptracker.review.web;

import com.partnershiptracker.review.Draft;
import com.partnershiptracker.review.DraftService;
import com.partnershiptracker.shared.RecordNotFoundException;
import com.partnershiptracker.websupport.ConflictPanel;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FormValues;
import org.springframework.stereotype.Component;

import java.util.Objects;

/** Builds the {@link DraftReview} of a draft from its payload and the published record. */
@Component
class DraftReviews {

    private final DraftService drafts;
    private final Display display;

    DraftReviews(DraftService drafts, Display display) {
        this.drafts = drafts;
        this.display = display;
    }

    DraftReview of(Draft draft) {
        Object details = drafts.reviewDetailsOf(draft);
        if (details != null) {
            return new DraftReview(draft, null, false, false, null, details, drafts.reviewTemplateOf(draft));
        }
        EditForm proposed = drafts.formOf(draft);
        EditForm published;
        try {
            published = drafts.publishedFormOf(draft);
        } catch (RecordNotFoundException e) {
            return new DraftReview(draft, null, false, true, null);
        }
        boolean stale = !draft.isCreate() && !Objects.equals(published.getVersion(), draft.getBaseVersion());
        if (!stale) {
            // Compared with the published record as if the editor had opened it just now: only the draft's changes show.
            proposed.setOpened(FormValues.of(published).encode());
        }
        return new DraftReview(draft, ConflictPanel.of(proposed, published, display), stale, false, published.getVersion());
    }
}
