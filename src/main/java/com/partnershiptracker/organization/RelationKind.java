package com.partnershiptracker.organization;

/** Typed links between organizations beyond the parent. Read as "subject KIND object". */
public enum RelationKind {
    MAJOR_SHAREHOLDER_OF,
    SHAREHOLDER_OF,
    SUBSIDIARY_OF,
    JOINT_VENTURE_OF,
    ALLIANCE_PARTNER_OF,
    OTHER
}
