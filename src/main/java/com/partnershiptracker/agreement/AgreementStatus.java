package com.partnershiptracker.agreement;

public enum AgreementStatus {
    PROPOSED,
    ANNOUNCED,
    SIGNED,
    ACTIVE,
    ENDED,
    CANCELLED
}
