package com.partnershiptracker.agreement;

public enum AgreementKind {
    MOU,
    STRATEGIC_MOU,
    /** A service tie-up, often without a formal title. */
    SERVICE_PARTNERSHIP,
    /** A promise made in words, for example between two chairmen, before any signed document. */
    VERBAL_PLEDGE,
    CAPITAL_INVESTMENT,
    JOINT_VENTURE,
    OTHER
}
