package com.partnershiptracker.review;

import com.partnershiptracker.websupport.EditForm;

/**
 * One kind of draft, implemented once per admin form in the feature's web package (a Spring bean), so that the
 * review package applies a draft through the same service calls the feature's admin controller makes.
 *
 * @param <F> the payload: the submitted form, stored as JSON. A kind that is not a record form (an import) uses
 *            its own payload class, an {@link EditForm} so that it carries a version and can be diffed.
 */
public interface DraftKind<F extends EditForm> {

    /** The name drafts of this kind are stored under: for a record, its {@code AuditedKind} name (ORGANIZATION). */
    String name();

    Class<F> formClass();

    /**
     * The published record as a form, with its version, for diffs and for the three-way view of a stale draft;
     * a blank form when {@code recordId} is null (a create).
     *
     * @throws com.partnershiptracker.shared.RecordNotFoundException when the record is gone
     */
    F currentForm(Long recordId);

    /**
     * Saves the form as the feature's admin controller would (create when {@code recordId} is null, else update
     * at the form's version) and answers the path of the public page that shows the result.
     *
     * @throws com.partnershiptracker.shared.StaleRecordException when the record moved past the form's version
     * @throws IllegalArgumentException when the feature's service refuses the change (a reference gone, say)
     */
    String apply(F form, Long recordId);

    /** What the draft is about in a few words, for lists: the name or title the form gives. */
    String label(F form);

    /** The admin form where the draft's editor can change it again; {@code ?draft=<id>} is appended. */
    String editPath(Long recordId, F form);

    /**
     * What a reviewer and the editor see of the draft instead of its field-by-field diff, rendered by the
     * {@code details} fragment of the template {@link #reviewTemplate()}; null (the default) for the diff.
     */
    default Object reviewDetails(F form) {
        return null;
    }

    /** The template whose {@code details} fragment shows {@link #reviewDetails}. */
    default String reviewTemplate() {
        return null;
    }
}
