package com.partnershiptracker.timeline;

import com.partnershiptracker.shared.FactKind;

/**
 * What happened on a timeline entry's date; the names match the timeline_entries view. AGREEMENT is
 * an agreement's key date (signed, else announced, else in effect), the one its lists sort by; an
 * announcement or a start in effect on another date is an entry of its own.
 */
public enum TimelineEntryKind {
    AGREEMENT(FactKind.AGREEMENT),
    AGREEMENT_ANNOUNCED(FactKind.AGREEMENT),
    AGREEMENT_EFFECTIVE(FactKind.AGREEMENT),
    AGREEMENT_ENDED(FactKind.AGREEMENT),
    INITIATIVE_ANNOUNCED(FactKind.INITIATIVE),
    INITIATIVE_STARTED(FactKind.INITIATIVE),
    INITIATIVE_LAUNCHED(FactKind.INITIATIVE),
    INITIATIVE_ENDED(FactKind.INITIATIVE),
    POSITION_STARTED(FactKind.POSITION),
    STATEMENT(FactKind.STATEMENT),
    METRIC(FactKind.METRIC),
    METRIC_TARGET(FactKind.METRIC),
    ORGANIZATION_FOUNDED(FactKind.ORGANIZATION),
    ORGANIZATION_DISSOLVED(FactKind.ORGANIZATION),
    RELATION_STARTED(FactKind.RELATION);

    private final FactKind factKind;

    TimelineEntryKind(FactKind factKind) {
        this.factKind = factKind;
    }

    public FactKind factKind() {
        return factKind;
    }
}
