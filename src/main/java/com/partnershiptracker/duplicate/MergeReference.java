package com.partnershiptracker.duplicate;

/** A kind of reference to a merged record that a merge moves to the kept one (and an unmerge moves back). */
public enum MergeReference {
    AGREEMENT_PARTY,
    ATTENDEE_REPRESENTING,
    AGREEMENT_ATTENDEE,
    INITIATIVE_ORGANIZATION,
    RELATION_SUBJECT,
    RELATION_OBJECT,
    RELATION_BETWEEN,
    CHILD_ORGANIZATION,
    KEPT_PARENT,
    POSITION,
    STATEMENT,
    METRIC,
    SAME_RELATION,
    SAME_POSITION
}
