/**
 * Drafts and review. When {@code app.review.required} is on, a save by an editor without the REVIEWER role
 * becomes a {@link com.partnershiptracker.review.Draft}, kept outside the published tables, until a reviewer
 * publishes it in one revision signed by both.
 *
 * <p>A kind of draft is pluggable: a feature registers a {@link com.partnershiptracker.review.DraftKind} bean
 * (a form class, how to apply the form through the feature's own service, the published record as a form for
 * diffs, and where the public page is). The admin controllers ask {@link com.partnershiptracker.review.DraftGate}
 * whether to draft instead of save. A kind whose payload is not an edit form (a CSV import, say) implements the
 * same interface with its own payload class and a {@code currentForm} that answers a blank payload.
 */
package com.partnershiptracker.review;
