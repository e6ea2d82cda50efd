package com.partnershiptracker.organization;

public enum OrganizationKind {
    FINANCIAL_GROUP,
    BANK,
    CARD_COMPANY,
    INTERNET_BANK,
    TELECOM,
    PLATFORM,
    FINTECH,
    SECURITIES,
    CAPITAL,
    SAVINGS_BANK,
    IT_SERVICES,
    /** A committee, team, task force or department inside a company or group. */
    INTERNAL_UNIT,
    OTHER
}
