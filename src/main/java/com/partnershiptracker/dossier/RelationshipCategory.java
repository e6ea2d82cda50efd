package com.partnershiptracker.dossier;

/** What a row of a partner's relationships table is: an agreement, a joint initiative, or a stake or other standing relation. */
public enum RelationshipCategory {
    AGREEMENT,
    INITIATIVE,
    RELATION
}
