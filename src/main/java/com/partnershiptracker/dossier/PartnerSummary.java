package com.partnershiptracker.dossier;

import com.partnershiptracker.shared.PartialDate;

/** How much the record holds about a partner, and the span of its timeline. */
public record PartnerSummary(long initiatives, long positions, long metrics, long statements,
                             PartialDate firstActivity, PartialDate latestActivity, long agreements) {

    /** The counts without the agreements, which the overview counts from its own list of them. */
    public PartnerSummary(long initiatives, long positions, long metrics, long statements,
                          PartialDate firstActivity, PartialDate latestActivity) {
        this(initiatives, positions, metrics, statements, firstActivity, latestActivity, 0);
    }
}
